/* The floor prlint's audit is measured against: read each body, parse it with libcmark and walk
 * the tree once, nothing else. Usage: floor BODIES_DIR (files named 00001.md, 00002.md, ...). */
#include <cmark.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_body(const struct dirent *entry) {
  size_t length = strlen(entry->d_name);
  return length > 3 && strcmp(entry->d_name + length - 3, ".md") == 0;
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: floor BODIES_DIR\n");
    return 2;
  }
  struct dirent **entries;
  int count = scandir(argv[1], &entries, is_body, alphasort);
  if (count < 0) {
    perror(argv[1]);
    return 2;
  }
  size_t nodes = 0, bytes = 0;
  char path[4096];
  for (int i = 0; i < count; i++) {
    snprintf(path, sizeof path, "%s/%s", argv[1], entries[i]->d_name);
    FILE *file = fopen(path, "rb");
    if (!file) {
      perror(path);
      return 2;
    }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    char *text = malloc(size + 1);
    size_t read = fread(text, 1, size, file);
    fclose(file);
    cmark_node *root = cmark_parse_document(text, read, CMARK_OPT_SOURCEPOS | CMARK_OPT_VALIDATE_UTF8);
    cmark_iter *iter = cmark_iter_new(root);
    while (cmark_iter_next(iter) != CMARK_EVENT_DONE) nodes++;
    cmark_iter_free(iter);
    cmark_node_free(root);
    free(text);
    free(entries[i]);
    bytes += read;
  }
  free(entries);
  printf("%d bodies, %zu bytes, %zu nodes\n", count, bytes, nodes);
  return 0;
}
