#ifndef GRADLAB_COPENBLAS_SHIM_H
#define GRADLAB_COPENBLAS_SHIM_H
#include <cblas.h>
#endif
