#include "ui/LineOverlay.h"

#include <algorithm>

#include <glm/gtc/matrix_transform.hpp>
#include <imgui.h>

namespace pe {
unsigned muscleColour(const std::string& muscle) {
  if (muscle.rfind("psoas_major", 0) == 0) return IM_COL32(230, 159, 0, 255);  // orange
  if (muscle.rfind("iliacus", 0) == 0) return IM_COL32(86, 180, 233, 255);     // sky blue
  if (muscle.rfind("psoas_minor", 0) == 0) return IM_COL32(0, 158, 115, 255);  // bluish green
  return IM_COL32(204, 121, 167, 255);                                          // reddish purple
}

std::vector<glm::vec2> projectToWindow(const std::vector<glm::vec3>& points, const OrbitCamera& camera,
                                       glm::vec2 viewport) {
  const glm::mat4 vp = glm::perspective(glm::radians(camera.fovYDegrees), viewport.x / std::max(viewport.y, 1.0f),
                                        0.001f, 1000.0f) *
                       camera.view();
  std::vector<glm::vec2> out;
  for (const auto& p : points) {
    const glm::vec4 c = vp * glm::vec4(p, 1.0f);
    if (c.w <= 1e-6f) continue;
    out.push_back({(c.x / c.w + 1.0f) * 0.5f * viewport.x, (1.0f - c.y / c.w) * 0.5f * viewport.y});
  }
  return out;
}

void drawLinesOfAction(ImDrawList* drawList, const MuscleMeter& meter, const Pose& pose, const OrbitCamera& camera,
                       glm::vec2 viewport) {
  for (const auto& line : meter.lines()) {
    const auto screen = projectToWindow(linePath(line, pose, 12), camera, viewport);
    if (screen.size() < 2) continue;
    std::vector<ImVec2> points;
    for (const auto& p : screen) points.push_back(ImVec2(p.x, p.y));
    const ImU32 colour = muscleColour(line.muscle);
    drawList->AddPolyline(points.data(), static_cast<int>(points.size()), IM_COL32(0, 0, 0, 160), 0, 4.5f);
    drawList->AddPolyline(points.data(), static_cast<int>(points.size()), colour, 0, 2.5f);
    // The line's own points (origin, via points, insertion) as dots.
    for (const auto& p : projectToWindow(linePath(line, pose, 0), camera, viewport))
      drawList->AddCircleFilled(ImVec2(p.x, p.y), 3.5f, colour);
  }
}
}  // namespace pe
