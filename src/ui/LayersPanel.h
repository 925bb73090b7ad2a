// Layers panel: every structure grouped by layer, with visibility, opacity, search, left/right
// filters, ghost mode, isolate and show all. Selecting here is selecting in the 3D view.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawLayersPanel(ViewerState& state);
}
