#include "ui/LineOverlay.h"

#include <imgui.h>

#include <algorithm>

#include <glm/geometric.hpp>

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

void drawProbe(ImDrawList* drawList, const ProbeReading& reading, const OrbitCamera& camera,
               glm::vec2 viewport) {
  if (!reading.onSkin) return;
  constexpr float kMetresPerMm = 0.001f;
  const float depth = reading.firstMuscle.empty() ? 60.0f : reading.firstMuscleDepthMm;
  const glm::vec3 skin = reading.skinMm * kMetresPerMm;
  const glm::vec3 tip = (reading.skinMm + reading.direction * depth) * kMetresPerMm;
  const glm::vec3 side = glm::normalize(glm::cross(reading.direction, glm::vec3(0, 1, 0)));
  const glm::vec3 edge = (reading.skinMm + side * kProbeRadiusMm) * kMetresPerMm;
  const auto p = projectToWindow({skin, tip, edge}, camera, viewport);
  if (p.size() < 3) return;
  const ImVec2 a(p[0].x, p[0].y), b(p[1].x, p[1].y);
  const float radius = std::max(4.0f, glm::distance(p[0], p[2]));
  const ImU32 white = IM_COL32(255, 255, 255, 230), dark = IM_COL32(0, 0, 0, 170),
              warm = IM_COL32(255, 160, 64, 255);
  const bool warned =
      !reading.arteriesNear.empty() || !reading.nervesNear.empty() || !reading.gutCrossed.empty();
  drawList->AddLine(a, b, dark, 5.0f);
  drawList->AddLine(a, b, warned ? warm : white, 2.5f);
  // The arrowhead at the muscle.
  const glm::vec2 along =
      glm::length(p[1] - p[0]) > 1.0f ? glm::normalize(p[1] - p[0]) : glm::vec2(0.0f, 1.0f);
  const glm::vec2 across(-along.y, along.x);
  const glm::vec2 h1 = p[1] - along * 10.0f + across * 5.0f,
                  h2 = p[1] - along * 10.0f - across * 5.0f;
  drawList->AddTriangleFilled(b, ImVec2(h1.x, h1.y), ImVec2(h2.x, h2.y), warned ? warm : white);
  drawList->AddCircle(a, radius, dark, 0, 4.0f);
  drawList->AddCircle(a, radius, white, 0, 2.0f);
}
}  // namespace pe
