// The Muscle lengths panel: for the chosen side, each measured muscle's length now, its change
// from standing and its hip flexion moment arm, and plots of both against hip angle over the
// whole range with a cursor at the current angle; clicking or dragging in a plot sets the pose.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawMuscleContents(ViewerState& state);
// A chart of these muscles' change in length from standing (%) against hip flexion, with a
// legend, the cursor at `degrees` (the Palpation tab's lift and release).
void drawLengthChart(const ViewerState& state, const std::vector<std::string>& muscles,
                     float degrees);
}  // namespace pe
