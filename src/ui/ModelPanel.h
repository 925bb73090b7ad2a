// What is loaded: file, counts, bounds, scenes and load warnings.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawModelContents(ViewerState& state);
}  // namespace pe
