#ifndef GRADLAB_CEDITLINE_SHIM_H
#define GRADLAB_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
