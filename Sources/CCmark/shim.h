#ifndef PRLINT_CCMARK_SHIM_H
#define PRLINT_CCMARK_SHIM_H
#include <cmark.h>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

/// Hands the memory a freed cmark tree held back to the system. glibc keeps what a thread frees in that
/// thread's arena, so audit workers that each parsed one huge body would each keep its ~200 MB.
static inline void prlint_release_freed_memory(void) {
#if defined(__GLIBC__)
  malloc_trim(0);
#endif
}
#endif
