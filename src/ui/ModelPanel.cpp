#include "ui/ModelPanel.h"

#include <imgui.h>

namespace pe {
void drawModelContents(ViewerState& state) {
  const PosedModel& doc = state.document;
  if (doc.empty()) {
    ImGui::TextWrapped(
        "No model loaded. Open a glTF file with File > Open (Ctrl+O) or drop one "
        "on the window.");
    return;
  }
  const SceneSummary& s = doc.summary();
  ImGui::TextWrapped("%s", state.documentPath.c_str());
  ImGui::Separator();
  ImGui::Text("Nodes %zu   Meshes %zu   Primitives %zu", s.nodes, s.meshes, s.primitives);
  ImGui::Text("Triangles %zu   Vertices %zu", s.triangles, s.vertices);
  ImGui::Text("Materials %zu   Textures %zu", s.materials, s.textures);
  ImGui::Text("Skins %zu   Morph targets %zu   Clips %zu", s.skins, s.morphTargets, s.clips);
  if (s.bounds.valid()) {
    glm::vec3 size = s.bounds.size();
    ImGui::Text("Size %.3g x %.3g x %.3g", size.x, size.y, size.z);
  }
  const auto& scenes = doc.model()->scenes;
  if (scenes.size() > 1) {
    int scene = doc.scene();
    std::string label =
        scenes[scene].name.empty() ? "scene " + std::to_string(scene) : scenes[scene].name;
    if (ImGui::BeginCombo("Scene", label.c_str())) {
      for (int i = 0; i < static_cast<int>(scenes.size()); ++i) {
        std::string item = scenes[i].name.empty() ? "scene " + std::to_string(i) : scenes[i].name;
        ImGui::PushID(i);
        if (ImGui::Selectable(item.c_str(), i == scene)) {
          state.document.setScene(i);
          state.requests.frameAll = true;
        }
        ImGui::PopID();
      }
      ImGui::EndCombo();
    }
  }
  if (!doc.model()->warnings.empty() && ImGui::CollapsingHeader("Warnings")) {
    for (const std::string& w : doc.model()->warnings) ImGui::BulletText("%s", w.c_str());
  }
  ImGui::Separator();
  ImGui::TextDisabled("Frame %.1f ms", state.frameMilliseconds);
}
}  // namespace pe
