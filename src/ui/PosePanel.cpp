#include "ui/PosePanel.h"

#include <imgui.h>

#include <cstdio>

#include "core/Log.h"

namespace pe {
namespace {
const char* kSideNames[] = {"Left", "Right", "Both"};

bool appliesTo(int sides, int side) { return sides == 2 || sides == side; }
}  // namespace

const std::vector<PosePreset>& posePresets() {
  static const std::vector<PosePreset> presets = {
      {"Standing", 0.0f, "Anatomical position: the lengths the others are compared with."},
      {"Lift the foot", 10.0f,
       "A small active flexion: the psoas contracts under the fingers when palpating medial to the ASIS."},
      {"Knees bent, lying on the back", 45.0f,
       "Hook lying: the hip flexors slacken and the abdominal wall relaxes for deep palpation."},
      {"Knee to chest", 120.0f, "Full flexion: the iliopsoas at its shortest."},
      {"Lunge stretch", -15.0f, "The back leg of a lunge: the hip extended, the iliopsoas lengthened."},
  };
  return presets;
}

void setHipByHand(ViewerState& state, int side, float degrees) {
  state.poseControls.cyclePlaying = false;
  state.settings.animation.playing = false;
  state.document.setHipFlexion(side, degrees);
  char text[64];
  std::snprintf(text, sizeof text, "%s hip flexion set to %.1f degrees", side == 0 ? "left" : "right", degrees);
  logDebug(text);
}

void followClip(ViewerState& state) {
  state.poseControls.cyclePlaying = false;
  for (int side = 0; side < 2; ++side)
    if (state.document.hipFlexionSet(side)) state.document.setHipFlexion(side, std::nullopt);
}

void advanceFlexionCycle(ViewerState& state, float dt) {
  PoseControlState& pc = state.poseControls;
  if (!pc.cyclePlaying || !state.document.hasHipRig()) return;
  const PoseSettings& ps = state.settings.pose;
  pc.cycleTime += dt * ps.cycleSpeed;
  const float degrees = flexionCycleDegrees(pc.cycleTime, ps.cycleSeconds);
  for (int side = 0; side < 2; ++side)
    if (appliesTo(ps.cycleSides, side)) state.document.setHipFlexion(side, degrees);
}

void drawPosePanel(ViewerState& state) {
  if (!state.settings.ui.showPosePanel) return;
  ImGui::SetNextWindowPos(ImVec2(10, 540), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(330, 250), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Pose", &state.settings.ui.showPosePanel)) return ImGui::End();
  PosedModel& doc = state.document;
  PoseSettings& ps = state.settings.pose;
  if (doc.empty() || !doc.hasHipRig()) {
    ImGui::TextDisabled("This model has no hip rig (femur_left and\nfemur_right nodes) to pose.");
    return ImGui::End();
  }
  ImGui::TextDisabled("Hip flexion (negative: extension)");
  for (int side = 0; side < 2; ++side) {
    float degrees = doc.hipFlexion(side);
    ImGui::PushID(side);
    if (ImGui::SliderFloat(side == 0 ? "Left hip" : "Right hip", &degrees, kMinHipFlexion, kMaxHipFlexion, "%.0f deg"))
      setHipByHand(state, side, degrees);
    ImGui::PopID();
  }
  ImGui::Text("Apply to");
  for (int k = 0; k < 3; ++k) {
    ImGui::SameLine();
    ImGui::RadioButton(kSideNames[k], &ps.cycleSides, k);
  }
  ImGui::Separator();
  for (const PosePreset& preset : posePresets()) {
    char label[96];
    std::snprintf(label, sizeof label, "%s (%.0f deg)", preset.name, preset.degrees);
    if (ImGui::Button(label, ImVec2(-1, 0)))
      for (int side = 0; side < 2; ++side)
        if (appliesTo(ps.cycleSides, side)) setHipByHand(state, side, preset.degrees);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", preset.use);
  }
  ImGui::Separator();
  PoseControlState& pc = state.poseControls;
  if (ImGui::Button(pc.cyclePlaying ? "Pause cycle" : "Play flexion cycle")) {
    pc.cyclePlaying = !pc.cyclePlaying;
    if (pc.cyclePlaying) state.settings.animation.playing = false;
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("From 20 degrees of extension to 120 of flexion and back.");
  ImGui::SliderFloat("Speed", &ps.cycleSpeed, 0.1f, 4.0f, "%.2fx", ImGuiSliderFlags_Logarithmic);
  ImGui::Checkbox("Drag a thigh to flex its hip", &ps.dragThigh);
  ImGui::Checkbox("Tint muscles by contraction", &ps.contractionTint);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("Grey at standing length, red as a muscle shortens (full at 30%%),\nblue as it lengthens (full at 10%%).");
  ImGui::End();
}
}  // namespace pe
