#include "pose/PoseControls.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/Log.h"

namespace pe {
const std::vector<PosePreset>& posePresets() {
  static const std::vector<PosePreset> presets = {
      {"Standing", 0.0f, "Anatomical position: the lengths the others are compared with."},
      {"Lift the foot", 10.0f,
       "A small active flexion: the psoas contracts under the fingers when palpating medial to the "
       "ASIS."},
      {"Knees bent, lying on the back", 45.0f,
       "Hook lying: the hip flexors slacken and the abdominal wall relaxes for deep palpation."},
      {"Knee to chest", 120.0f, "Full flexion: the iliopsoas at its shortest."},
      {"Lunge stretch", -15.0f,
       "The back leg of a lunge: the hip extended, the iliopsoas lengthened."},
  };
  return presets;
}

void setHipByHand(PosedModel& doc, PoseControls& controls, AnimationSettings& animation, int side,
                  float degrees) {
  controls.cyclePlaying = false;
  animation.playing = false;
  doc.setHipFlexion(side, std::clamp(degrees, kMinHipFlexion, kMaxHipFlexion));
  char text[64];
  std::snprintf(text, sizeof text, "%s hip flexion set to %.1f degrees",
                side == 0 ? "left" : "right", degrees);
  logDebug(text);
}

void followClip(PosedModel& doc, PoseControls& controls) {
  controls.cyclePlaying = false;
  for (int side = 0; side < 2; ++side)
    if (doc.hipFlexionSet(side)) doc.setHipFlexion(side, std::nullopt);
}

void toggleFlexionCycle(PoseControls& controls, AnimationSettings& animation) {
  controls.cyclePlaying = !controls.cyclePlaying;
  if (controls.cyclePlaying) animation.playing = false;
}

void advanceFlexionCycle(PosedModel& doc, PoseControls& controls, const PoseSettings& settings,
                         float dt) {
  if (!controls.cyclePlaying || !doc.hasHipRig()) return;
  controls.cycleTime += dt * settings.cycleSpeed;
  const float degrees = flexionCycleDegrees(controls.cycleTime, settings.cycleSeconds);
  for (int side = 0; side < 2; ++side)
    if (sidesInclude(settings.cycleSides, side)) doc.setHipFlexion(side, degrees);
}

float plotDegreesAt(float x, float x0, float x1) {
  const float f = x1 > x0 ? (x - x0) / (x1 - x0) : 0.0f;
  return std::round(std::clamp(kMinHipFlexion + f * (kMaxHipFlexion - kMinHipFlexion),
                               kMinHipFlexion, kMaxHipFlexion));
}
}  // namespace pe
