// A small window asking for the path of a view file to save the view to or open one from.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void openViewFileDialog(ViewerState& state, bool saving);
void drawViewFileDialog(ViewerState& state);
}  // namespace pe
