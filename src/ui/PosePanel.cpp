#include "ui/PosePanel.h"

#include <imgui.h>

#include <cstdio>

#include "pose/PoseControls.h"

namespace pe {
namespace {
const char* kSideNames[] = {"Left", "Right", "Both"};
}  // namespace

bool drawBuildSlider(ViewerState& state) {
  const PosedModel& doc = state.document;
  if (doc.empty() || !doc.hasHabitus()) return false;
  float build = doc.habitus();
  if (ImGui::SliderFloat("Build", &build, -1.0f, 1.0f,
                         build < -0.01f  ? "lean %.2f"
                         : build > 0.01f ? "heavy %.2f"
                                         : "average"))
    state.requests.habitus = build;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "The model's lean (-1) and heavy (+1) builds: in the bundled model the fat under the\n"
        "skin, 7.5 mm thinner or 11.2 mm thicker than the average 13.9 mm over the abdomen.");
  return true;
}

void drawPoseContents(ViewerState& state) {
  PosedModel& doc = state.document;
  PoseSettings& ps = state.settings.pose;
  if (drawBuildSlider(state)) ImGui::Separator();
  if (doc.empty() || !doc.hasHipRig()) {
    ImGui::TextDisabled("This model has no hip rig (femur_left and\nfemur_right nodes) to pose.");
    return;
  }
  ImGui::TextDisabled("Hip flexion (negative: extension)");
  for (int side = 0; side < 2; ++side) {
    float degrees = doc.hipFlexion(side);
    ImGui::PushID(side);
    if (ImGui::SliderFloat(side == 0 ? "Left hip" : "Right hip", &degrees, kMinHipFlexion,
                           kMaxHipFlexion, "%.0f deg"))
      state.requests.hipFlexion[side] = degrees;
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
        if (sidesInclude(ps.cycleSides, side)) state.requests.hipFlexion[side] = preset.degrees;
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", preset.use);
  }
  ImGui::Separator();
  if (ImGui::Button(state.poseControls.cyclePlaying ? "Pause cycle" : "Play flexion cycle"))
    state.requests.toggleFlexionCycle = true;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("From 20 degrees of extension to 120 of flexion and back.");
  ImGui::SliderFloat("Speed", &ps.cycleSpeed, 0.1f, 4.0f, "%.2fx", ImGuiSliderFlags_Logarithmic);
  ImGui::Checkbox("Drag a thigh to flex its hip", &ps.dragThigh);
  ImGui::Checkbox("Tint muscles by contraction", &ps.contractionTint);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "Grey at standing length, red as a muscle shortens (full at 30%%),\nblue as it lengthens "
        "(full at 10%%).");
}
}  // namespace pe
