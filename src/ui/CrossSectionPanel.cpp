#include "ui/CrossSectionPanel.h"

#include <cmath>

#include <imgui.h>
#include <glm/geometric.hpp>

namespace pe {
namespace {
struct PlaneChoice {
  const char* label;
  glm::vec3 normal;
};
const PlaneChoice kPlanes[] = {
    {"Sagittal", {1, 0, 0}}, {"Coronal", {0, 0, 1}}, {"Transverse", {0, 1, 0}}};
}  // namespace

void drawCrossSectionContents(ViewerState& state) {
  ClipPlane& clip = state.clip;
  ImGui::Checkbox("Cut", &clip.enabled);
  for (const PlaneChoice& p : kPlanes) {
    ImGui::SameLine();
    const bool current = std::abs(std::abs(glm::dot(clip.normal, p.normal)) - 1.0f) < 1e-4f;
    if (ImGui::RadioButton(p.label, current)) {
      clip.normal = p.normal;
      clip.enabled = true;
    }
  }
  if (ImGui::Button("Align with view")) {
    state.requests.alignClipWithView = true;
    clip.enabled = true;
  }
  ImGui::SameLine();
  if (ImGui::Button("Flip")) {
    clip.normal = -clip.normal;
    clip.offset = -clip.offset;
  }
  float lo = -1.0f, hi = 1.0f;
  if (!state.document.empty() && state.document.summary().bounds.valid()) {
    // The slider spans the model along the plane normal.
    const Bounds& b = state.document.summary().bounds;
    lo = hi = glm::dot(clip.normal, b.min);
    for (int i = 0; i < 8; ++i) {
      const glm::vec3 corner((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y,
                             (i & 4) ? b.max.z : b.min.z);
      lo = std::min(lo, glm::dot(clip.normal, corner));
      hi = std::max(hi, glm::dot(clip.normal, corner));
    }
  }
  ImGui::SliderFloat("Position", &clip.offset, lo, hi, "%.3f m");
}
}  // namespace pe
