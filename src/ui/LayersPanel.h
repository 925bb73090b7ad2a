// Layers panel: every structure grouped by layer, with visibility, opacity, search, left/right
// filters, ghost mode, isolate and show all. Selecting here is selecting in the 3D view.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawLayersContents(ViewerState& state);
}  // namespace pe
