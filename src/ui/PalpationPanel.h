// The Palpation tab (issue 12, "Find the psoas"): lie the model on its back with the knees bent,
// aim the probe (side, turn toward the spine, tilt) and set the build, and read what it crosses
// from the skin down, the first muscle and the warnings; then the steps, the release techniques,
// the cautions and the popular claims, with numbered sources, from the palpation text file.
// Drawing only: the aim is the tab's own state, poses and builds go through state.requests, and
// app/PalpationController.cpp reads the probe.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawPalpationContents(ViewerState& state);
}  // namespace pe
