#ifndef GRADLAB_CZLIB_SHIM_H
#define GRADLAB_CZLIB_SHIM_H
#include <zlib.h>
#endif
