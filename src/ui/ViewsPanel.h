// The Views panel: named bookmarks of views. A click flies to one; each can be renamed, moved
// or deleted; Ctrl+B (or the button) adds the current view. Kept in the settings folder.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawViewsPanel(ViewerState& state);
}  // namespace pe
