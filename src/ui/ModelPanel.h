// What is loaded: file, counts, bounds, scenes and load warnings.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawModelPanel(ViewerState& state);
}
