// Lists the model's animation clips with play, pause, loop, speed and a time slider.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawAnimationPanel(ViewerState& state);
}
