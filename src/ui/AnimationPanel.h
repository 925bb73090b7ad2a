// Lists the model's animation clips with play, pause, loop, speed and a time slider.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawAnimationContents(ViewerState& state);
}  // namespace pe
