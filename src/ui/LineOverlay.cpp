#include "ui/LineOverlay.h"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <optional>

#include <glm/geometric.hpp>

#include "geometry/ContractionTint.h"

namespace pe {
namespace {
constexpr float kMetresPerMm = 0.001f;
constexpr float kBallRadiusMm = 50.0f;
const ImU32 kWhite = IM_COL32(255, 255, 255, 230), kDark = IM_COL32(0, 0, 0, 170),
            kWarm = IM_COL32(255, 160, 64, 255), kCyan = IM_COL32(80, 220, 255, 255),
            kYellow = IM_COL32(255, 225, 80, 255), kMagenta = IM_COL32(255, 80, 220, 255);

void label(ImDrawList* drawList, ImVec2 at, ImU32 colour, const char* text) {
  drawList->AddText(ImVec2(at.x + 1.0f, at.y + 1.0f), kDark, text);
  drawList->AddText(at, colour, text);
}

// A ring with a dot and its name beside it.
void mark(ImDrawList* drawList, ImVec2 at, ImU32 colour, const char* name) {
  drawList->AddCircle(at, 9.0f, kDark, 0, 4.0f);
  drawList->AddCircle(at, 9.0f, colour, 0, 2.0f);
  drawList->AddCircleFilled(at, 3.0f, colour);
  label(drawList, ImVec2(at.x + 13.0f, at.y - 20.0f), colour, name);
}

// "external_oblique_left" -> "External oblique".
std::string plainName(std::string id) {
  for (const char* suffix : {"_left", "_right"})
    if (id.size() > std::strlen(suffix) && id.rfind(suffix) == id.size() - std::strlen(suffix))
      id.resize(id.size() - std::strlen(suffix));
  std::replace(id.begin(), id.end(), '_', ' ');
  if (!id.empty()) id[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(id[0])));
  return id;
}

// Where each layer the probe's axis crosses begins, a tick on the probe and its name below,
// stacked so that none covers another.
void drawLayerTicks(ImDrawList* drawList, const ProbeReading& reading, const OrbitCamera& camera,
                    glm::vec2 viewport) {
  std::vector<std::pair<glm::vec2, std::string>> ticks;
  float lowest = -1e9f;
  for (const ProbeCrossing& c : reading.crossings) {
    if (c.edge || c.structure == "skin" || c.entryMm < 0.0f) continue;
    const auto p = projectToWindow(
        {(reading.skinMm + reading.direction * c.entryMm) * kMetresPerMm}, camera, viewport);
    if (p.empty()) continue;
    ticks.push_back({p[0], plainName(c.structure)});
    lowest = std::max(lowest, p[0].y);
    if (c.structure == reading.firstMuscle) break;
  }
  const float line = ImGui::GetFontSize() + 2.0f;
  for (size_t i = 0; i < ticks.size(); ++i) {
    const glm::vec2 at = ticks[i].first;
    const ImVec2 name(at.x, lowest + 24.0f + line * static_cast<float>(i));
    drawList->AddLine(ImVec2(at.x, at.y), name, IM_COL32(255, 255, 255, 120), 1.0f);
    drawList->AddCircleFilled(ImVec2(at.x, at.y), 3.0f, kWhite);
    label(drawList, ImVec2(name.x + 3.0f, name.y - 0.5f * line), kWhite, ticks[i].second.c_str());
  }
}

void dashed(ImDrawList* drawList, ImVec2 a, ImVec2 b, ImU32 colour) {
  const glm::vec2 from(a.x, a.y), to(b.x, b.y);
  const float length = glm::distance(from, to);
  for (float s = 0.0f; s < length; s += 12.0f) {
    const glm::vec2 p = from + (to - from) * (s / length),
                    q = from + (to - from) * (std::min(s + 7.0f, length) / length);
    drawList->AddLine(ImVec2(p.x, p.y), ImVec2(q.x, q.y), colour, 2.0f);
  }
}
}  // namespace

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

glm::vec2 drawProbe(ImDrawList* drawList, const ProbeReading& reading, const OrbitCamera& camera,
                    glm::vec2 viewport, float press) {
  if (!reading.onSkin) return glm::vec2(-1.0f);
  const float depth = (reading.firstMuscle.empty() ? 60.0f : reading.firstMuscleDepthMm) * press;
  const glm::vec3 skin = reading.skinMm * kMetresPerMm;
  const glm::vec3 tip = (reading.skinMm + reading.direction * depth) * kMetresPerMm;
  // The finger's width across the probe, whichever way across shows it best in this view.
  const glm::vec3 side = glm::normalize(glm::cross(reading.direction, glm::vec3(0, 1, 0)));
  const glm::vec3 up = glm::cross(side, reading.direction);
  const auto p =
      projectToWindow({skin, tip, (reading.skinMm + side * kProbeRadiusMm) * kMetresPerMm,
                       (reading.skinMm + up * kProbeRadiusMm) * kMetresPerMm},
                      camera, viewport);
  if (p.size() < 4) return glm::vec2(-1.0f);
  const ImVec2 a(p[0].x, p[0].y), b(p[1].x, p[1].y);
  const glm::vec2 width =
      glm::distance(p[0], p[2]) > glm::distance(p[0], p[3]) ? p[2] - p[0] : p[3] - p[0];
  const float radius = std::max(4.0f, glm::length(width));
  if (press > 0.0f && glm::length(width) > 3.0f) {  // the finger's 15 mm as a band
    const glm::vec2 q[4] = {p[0] + width, p[1] + width, p[1] - width, p[0] - width};
    drawList->AddQuadFilled(ImVec2(q[0].x, q[0].y), ImVec2(q[1].x, q[1].y), ImVec2(q[2].x, q[2].y),
                            ImVec2(q[3].x, q[3].y), IM_COL32(255, 255, 255, 40));
  }
  const bool warned =
      !reading.arteriesNear.empty() || !reading.nervesNear.empty() || !reading.gutCrossed.empty();
  drawList->AddLine(a, b, kDark, 5.0f);
  drawList->AddLine(a, b, warned ? kWarm : kWhite, 2.5f);
  // The arrowhead at the muscle.
  const glm::vec2 along =
      glm::length(p[1] - p[0]) > 1.0f ? glm::normalize(p[1] - p[0]) : glm::vec2(0.0f, 1.0f);
  const glm::vec2 across(-along.y, along.x);
  const glm::vec2 h1 = p[1] - along * 10.0f + across * 5.0f,
                  h2 = p[1] - along * 10.0f - across * 5.0f;
  drawList->AddTriangleFilled(b, ImVec2(h1.x, h1.y), ImVec2(h2.x, h2.y), warned ? kWarm : kWhite);
  drawList->AddCircle(a, radius, kDark, 0, 4.0f);
  drawList->AddCircle(a, radius, kWhite, 0, 2.0f);
  return p[0];
}

glm::vec2 drawPalpationMarks(ImDrawList* drawList, const PalpationState& palpation,
                             const OrbitCamera& camera, glm::vec2 viewport, double seconds) {
  const int step = palpation.step;
  const auto at = [&](const glm::vec3& mm) {
    const auto p = projectToWindow({mm * kMetresPerMm}, camera, viewport);
    return p.empty() ? std::optional<ImVec2>() : ImVec2(p[0].x, p[0].y);
  };
  const PalpationMarks* marks = palpation.marks ? &*palpation.marks : nullptr;
  const ProbeReading* reading = palpation.reading ? &*palpation.reading : nullptr;
  // The ASIS while the point is found, and as the landmark to move laterally toward.
  if (marks && ((step >= int(PalpationStep::FindAsis) && step <= int(PalpationStep::ThePoint)) ||
                step == int(PalpationStep::Safety)))
    if (const auto asis = at(marks->asisMm)) mark(drawList, *asis, kCyan, "ASIS");
  if (marks && marks->navel && step == int(PalpationStep::NavelLevel)) {
    const auto navel = at(marks->navelMm);
    // The navel's level across to the ASIS, and how far below it the point lies.
    const glm::vec3 level(marks->asisMm.x, marks->navelMm.y, marks->asisMm.z);
    const auto across = at(level);
    if (navel && across) {
      dashed(drawList, *navel, *across, kCyan);
      mark(drawList, *navel, kCyan, "navel");
      if (reading && reading->onSkin)
        if (const auto point = at(reading->skinMm)) {
          const ImVec2 top(point->x, across->y);
          dashed(drawList, top, *point, kYellow);
          char text[32];
          std::snprintf(text, sizeof text, "%.0f mm below", marks->navelMm.y - reading->skinMm.y);
          label(drawList, ImVec2(top.x + 8.0f, 0.5f * (top.y + point->y)), kYellow, text);
        }
    }
  }
  if (marks && reading && reading->onSkin && step == int(PalpationStep::ThePoint))
    if (const auto asis = at(marks->asisMm), point = at(reading->skinMm); asis && point) {
      drawList->AddLine(*asis, *point, kDark, 4.0f);
      drawList->AddLine(*asis, *point, kYellow, 2.0f);
      char text[32];
      std::snprintf(text, sizeof text, "%.0f mm", glm::distance(marks->asisMm, reading->skinMm));
      label(drawList,
            ImVec2(0.5f * (asis->x + point->x) - 12.0f, 0.5f * (asis->y + point->y) + 12.0f),
            kYellow, text);
    }
  if (!reading || (step >= 0 && step < int(PalpationStep::ThePoint))) return glm::vec2(-1.0f);
  // The static hold's breathing: a little deeper on each slow breath out (4 s in, 6 s out).
  float press = 1.0f;
  if (step == int(PalpationStep::Release) && palpation.holdStartedAt >= 0.0) {
    const double phase = std::fmod(std::max(seconds - palpation.holdStartedAt, 0.0), 10.0);
    press = phase < 4.0 ? 1.0f - 0.08f * float(phase / 4.0)
                        : 0.92f + 0.08f * float((phase - 4.0) / 6.0);
  }
  if (step == int(PalpationStep::Release) && palpation.technique >= 0 &&
      palpation.technique < int(kPalpationTechniques.size()) &&
      kPalpationTechniques[size_t(palpation.technique)] == "ball_release") {
    // The ball on the skin (10 cm across; the sources give no size) where the body lies on it.
    const glm::vec3 side = glm::normalize(glm::cross(reading->direction, glm::vec3(0, 1, 0)));
    const auto centre = at(reading->skinMm - reading->direction * kBallRadiusMm),
               edge =
                   at(reading->skinMm - reading->direction * kBallRadiusMm + side * kBallRadiusMm);
    if (centre && edge) {
      const float radius = std::hypot(edge->x - centre->x, edge->y - centre->y);
      drawList->AddCircleFilled(*centre, radius, IM_COL32(80, 200, 120, 110));
      drawList->AddCircle(*centre, radius, kDark, 0, 3.0f);
      label(drawList, ImVec2(centre->x - 14.0f, centre->y - 8.0f), kWhite, "ball");
    }
    return glm::vec2(-1.0f);
  }
  const glm::vec2 fingertip = step == int(PalpationStep::ThePoint)
                                  ? drawProbe(drawList, *reading, camera, viewport, 0.0f)
                                  : drawProbe(drawList, *reading, camera, viewport, press);
  if (step == int(PalpationStep::Press)) drawLayerTicks(drawList, *reading, camera, viewport);
  // The muscle's point under the finger, where it was and where the lift has taken it.
  if (palpation.spotFromMm && palpation.spotNowMm)
    if (const auto from = at(*palpation.spotFromMm), now = at(*palpation.spotNowMm); from && now) {
      drawList->AddLine(*from, *now, kDark, 5.0f);
      drawList->AddLine(*from, *now, kMagenta, 3.0f);
      drawList->AddCircleFilled(*from, 5.0f, kWhite);
      drawList->AddCircleFilled(*now, 6.0f, kMagenta);
      char text[48];
      std::snprintf(text, sizeof text, "muscle moved %.1f mm",
                    glm::distance(*palpation.spotFromMm, *palpation.spotNowMm));
      label(drawList, ImVec2(now->x + 10.0f, now->y + 6.0f), kMagenta, text);
    }
  return fingertip;
}
}  // namespace pe
