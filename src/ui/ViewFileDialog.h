// A small window asking for the path of a view or lesson file to save to or open.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void openViewFileDialog(ViewerState& state, bool saving);
void openLessonDialog(ViewerState& state, bool saving);
void drawViewFileDialog(ViewerState& state);
}  // namespace pe
