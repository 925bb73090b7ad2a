// A banner across the top that shows the last error (e.g. a file that could not be opened)
// until dismissed, and the first-run hint when nothing is loaded.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawMessageBanner(ViewerState& state);
void drawHelpWindow(ViewerState& state);
}  // namespace pe
