// The Pose panel: hip flexion per side by slider, presets that palpation and release
// techniques use, a flexion cycle player, thigh dragging and the contraction tint switch.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawPosePanel(ViewerState& state);

// Sets a hip's flexion by hand (slider, preset, plot click, thigh drag): stops the flexion
// cycle and the clip so the pose stays where the user put it.
void setHipByHand(ViewerState& state, int side, float degrees);

// When a clip plays it drives the hips again: poses set by hand are let go.
void followClip(ViewerState& state);

// Advances the flexion cycle when it plays.
void advanceFlexionCycle(ViewerState& state, float dt);

struct PosePreset {
  const char* name;
  float degrees;
  const char* use;  // what the pose is used for
};
// Standing, lift the foot, knees bent lying on the back, knee to chest, lunge stretch.
const std::vector<PosePreset>& posePresets();
}  // namespace pe
