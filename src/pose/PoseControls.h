// The rules of posing the hips that the Pose and Muscle lengths panels, thigh dragging, views
// and tests share: setting a hip by hand, letting a clip drive it again, the flexion cycle and
// the presets that palpation and release techniques use. No window, no ImGui.
#pragma once
#include <vector>

#include "core/Settings.h"
#include "pose/PosedModel.h"

namespace pe {
// The flexion cycle's clock.
struct PoseControls {
  bool cyclePlaying = false;
  float cycleTime = 0.0f;
};

// Sets a hip's flexion by hand (slider, preset, plot click, thigh drag, a view): stops the
// flexion cycle and the clip so the pose stays where the user put it.
void setHipByHand(PosedModel& doc, PoseControls& controls, AnimationSettings& animation, int side,
                  float degrees);

// When a clip plays it drives the hips again: poses set by hand are let go.
void followClip(PosedModel& doc, PoseControls& controls);

// Starts or pauses the flexion cycle (a playing clip pauses while it runs).
void toggleFlexionCycle(PoseControls& controls, AnimationSettings& animation);

// Advances the flexion cycle when it plays, on the sides the settings name.
void advanceFlexionCycle(PosedModel& doc, PoseControls& controls, const PoseSettings& settings,
                         float dt);

// Whether a choice of sides (0 left, 1 right, 2 both) includes a side.
inline bool sidesInclude(int sides, int side) {
  return sides == 2 || sides == side;
}

struct PosePreset {
  const char* name;
  float degrees;
  const char* use;  // what the pose is used for
};
// Standing, lift the foot, knees bent lying on the back, knee to chest, lunge stretch.
const std::vector<PosePreset>& posePresets();

// The hip angle under a horizontal position of a plot whose x0..x1 spans the hip's range,
// clamped and rounded to whole degrees.
float plotDegreesAt(float x, float x0, float x1);
}  // namespace pe
