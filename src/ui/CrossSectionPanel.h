// Cross-section panel: a sagittal, coronal, transverse or view-aligned clipping plane, moved
// with a slider; the cut structures are filled solid.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawCrossSectionContents(ViewerState& state);
}  // namespace pe
