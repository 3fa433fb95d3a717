#ifndef PRLINT_CCMARK_SHIM_H
#define PRLINT_CCMARK_SHIM_H
#include <cmark.h>
#endif
