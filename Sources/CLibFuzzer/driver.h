#ifndef PRLINT_LIBFUZZER_DRIVER_H
#define PRLINT_LIBFUZZER_DRIVER_H
// libFuzzer's entry for a program that has its own main (LLVM 12 and later). libFuzzer ships no header
// for it; only builds with -sanitize=fuzzer (make fuzz) call it, and they link libFuzzer.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
