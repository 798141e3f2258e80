#ifndef GRADLAB_COPENBLAS_SHIM_H
#define GRADLAB_COPENBLAS_SHIM_H
#include <cblas.h>

/* The engine's one C helper besides BLAS: a prefetch hint for memory about to be read
   (Swift has no prefetch intrinsic). Used through Autograd's `Memory.prefetch`. */
static inline void gradlab_prefetch(const void *address) { __builtin_prefetch(address, 0, 3); }

#endif
