#include "ui/LineOverlay.h"

#include <imgui.h>

#include "geometry/ContractionTint.h"

namespace pe {
void drawLinesOfAction(ImDrawList* drawList, const MuscleMeter& meter, const Pose& pose,
                       const OrbitCamera& camera, glm::vec2 viewport) {
  for (const auto& line : meter.lines()) {
    const auto screen = projectToWindow(linePath(line, pose, 12), camera, viewport);
    if (screen.size() < 2) continue;
    std::vector<ImVec2> points;
    for (const auto& p : screen) points.push_back(ImVec2(p.x, p.y));
    const ImU32 colour = muscleColour(line.muscle);
    drawList->AddPolyline(points.data(), static_cast<int>(points.size()), IM_COL32(0, 0, 0, 160), 0,
                          4.5f);
    drawList->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.5f);
    // The line's own points (origin, via points, insertion) as dots.
    for (const auto& p : projectToWindow(linePath(line, pose, 0), camera, viewport))
      drawList->AddCircleFilled(ImVec2(p.x, p.y), 3.5f, colour);
  }
}
}  // namespace pe
