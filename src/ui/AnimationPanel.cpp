#include "ui/AnimationPanel.h"

#include <imgui.h>

namespace pe {
void drawAnimationContents(ViewerState& state) {
  PosedModel& doc = state.document;
  AnimationSettings& anim = state.settings.animation;
  if (doc.empty() || doc.model()->clips.empty()) {
    ImGui::TextDisabled("This model has no animations.");
    return;
  }
  const auto& clips = doc.model()->clips;
  if (ImGui::BeginListBox("##clips", ImVec2(-1, ImGui::GetTextLineHeightWithSpacing() * 4.5f))) {
    if (ImGui::Selectable("(rest pose)", doc.clip() < 0)) doc.setClip(-1);
    for (int i = 0; i < static_cast<int>(clips.size()); ++i) {
      ImGui::PushID(i);
      if (ImGui::Selectable(clips[i].name.c_str(), doc.clip() == i)) doc.setClip(i);
      ImGui::PopID();
    }
    ImGui::EndListBox();
  }
  if (ImGui::Button(anim.playing ? "Pause" : "Play")) anim.playing = !anim.playing;
  ImGui::SameLine();
  if (ImGui::Button("|<")) doc.setTime(0.0f);
  ImGui::SameLine();
  ImGui::Checkbox("Loop", &anim.loop);
  ImGui::SliderFloat("Speed", &anim.speed, 0.1f, 4.0f, "%.2fx", ImGuiSliderFlags_Logarithmic);
  float t = doc.time();
  if (ImGui::SliderFloat("Time", &t, 0.0f, doc.clipDuration(), "%.3f s")) {
    doc.setTime(t);
    anim.playing = false;  // scrubbing takes over from playback
  }
}
}  // namespace pe
