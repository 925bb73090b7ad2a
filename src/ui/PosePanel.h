// The Pose panel: hip flexion per side by slider, presets that palpation and release
// techniques use, a flexion cycle player, thigh dragging and the contraction tint switch.
// It reports what the user asked for in state.requests; the rules are in pose/PoseControls.h.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
// The contents, drawn into the current window (a tab of the sidebar).
void drawPoseContents(ViewerState& state);
// The body build's slider (the Pose and Palpation tabs), when the model has builds: whether it
// was drawn.
bool drawBuildSlider(ViewerState& state);
}  // namespace pe
