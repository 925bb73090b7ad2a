#include "ui/LabelOverlay.h"

#include <imgui.h>

namespace pe {
std::vector<PlacedLabel> drawLabels(ImDrawList* drawList, const std::vector<LabelAnchor>& anchors,
                                    const StructureIndex& index, glm::vec2 viewport,
                                    glm::vec2 modelXRange, glm::vec2 coveredLeftTop, bool light) {
  const glm::vec2 padding(6.0f, 3.0f);
  std::vector<LabelRequest> requests;
  for (const LabelAnchor& a : anchors) {
    const ImVec2 text = ImGui::CalcTextSize(index.structures[a.structure].name.c_str());
    requests.push_back({a.structure, a.screen, glm::vec2(text.x, text.y) + 2.0f * padding});
  }
  LabelLayoutOptions options;
  options.modelLeft = modelXRange.x;
  options.modelRight = modelXRange.y;
  options.left = coveredLeftTop.x;
  options.top = coveredLeftTop.y;
  const std::vector<PlacedLabel> placed = layoutLabels(requests, viewport, options);
  // High contrast for projectors: white text on a dark box, a light line with a dot; on a light
  // background (presenter mode's light theme) the reverse.
  const ImU32 line = light ? IM_COL32(30, 30, 30, 230) : IM_COL32(235, 235, 235, 220),
              box = light ? IM_COL32(255, 255, 255, 230) : IM_COL32(20, 22, 28, 215),
              text = light ? IM_COL32(0, 0, 0, 255) : IM_COL32(255, 255, 255, 255);
  for (const PlacedLabel& p : placed) {
    drawList->AddLine(ImVec2(p.anchor.x, p.anchor.y), ImVec2(p.lineEnd.x, p.lineEnd.y), line, 1.5f);
    drawList->AddCircleFilled(ImVec2(p.anchor.x, p.anchor.y), 3.0f, line);
    drawList->AddRectFilled(ImVec2(p.min.x, p.min.y), ImVec2(p.max.x, p.max.y), box, 3.0f);
    drawList->AddText(ImVec2(p.min.x + padding.x, p.min.y + padding.y), text,
                      index.structures[p.id].name.c_str());
  }
  return placed;
}
}  // namespace pe
