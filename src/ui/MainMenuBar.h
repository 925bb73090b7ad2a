// The menu bar: File, View, Window, Help.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawMainMenuBar(ViewerState& state);
}
