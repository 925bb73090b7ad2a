#include "geometry/MuscleLines.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>

namespace pe {
namespace {
constexpr float kMmPerUnit = 1000.0f;  // glTF lengths are metres

std::string extra(const Node& node, const char* key) {
  auto it = node.extras.find(key);
  return it == node.extras.end() ? std::string() : it->second;
}

std::optional<long> wholeNumber(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (*end != '\0' || v != std::floor(v) || v < 0.0 || v > 1e6) return std::nullopt;
  return static_cast<long>(v);
}

glm::vec3 origin(const Pose& pose, int node) {
  return glm::vec3(pose.world[node][3]);
}

// The wrap seen in the cylinder's frame: both ends projected on the plane across its axis.
struct WrapGeometry {
  glm::vec3 centre, axis;
  float radius;
  glm::vec3 a2, b2;  // ends in the plane, relative to the centre
  float aAxial, bAxial;
  float arc = 0.0f;  // wrapped angle; <= 0: the straight line clears the cylinder
  float tangentA = 0.0f, tangentB = 0.0f;  // lengths of the straight parts, when wrapped
  float planar() const { return tangentA + tangentB + radius * arc; }
};

WrapGeometry wrapGeometry(const MuscleLine& line, const Pose& pose, const glm::vec3& a,
                          const glm::vec3& b) {
  WrapGeometry g;
  const glm::mat4& m = pose.world[line.wrapNode];
  g.centre = glm::vec3(m[3]);
  const glm::vec3 xAxis(m[0]);
  const float scale = glm::length(xAxis);
  g.axis = xAxis / scale;
  g.radius = line.wrapRadius * scale;
  g.aAxial = glm::dot(a - g.centre, g.axis);
  g.bAxial = glm::dot(b - g.centre, g.axis);
  g.a2 = a - g.centre - g.aAxial * g.axis;
  g.b2 = b - g.centre - g.bAxial * g.axis;
  const float da = glm::length(g.a2), db = glm::length(g.b2);
  if (da <= g.radius || db <= g.radius) return g;  // an end inside: no wrap
  const float between = std::acos(std::clamp(glm::dot(g.a2, g.b2) / (da * db), -1.0f, 1.0f));
  g.arc = between - std::acos(g.radius / da) - std::acos(g.radius / db);
  g.tangentA = std::sqrt(da * da - g.radius * g.radius);
  g.tangentB = std::sqrt(db * db - g.radius * g.radius);
  return g;
}

// Length of the segment a-b, wrapping the cylinder when the straight line would cut it: the two
// tangents and the arc in the plane across the axis, developed with the axial change (a helix).
float wrappedLength(const MuscleLine& line, const Pose& pose, const glm::vec3& a,
                    const glm::vec3& b) {
  const WrapGeometry g = wrapGeometry(line, pose, a, b);
  if (g.arc <= 0.0f) return glm::length(b - a);
  const float planar = g.planar(), axial = g.bAxial - g.aAxial;
  return std::sqrt(planar * planar + axial * axial);
}

int sideOf(const Model& model, const std::string& muscle) {
  if (const int n = nodeWithId(model, muscle); n >= 0) {
    const std::string side = extra(model.nodes[n], "side");
    if (side == "left") return 0;
    if (side == "right") return 1;
  }
  auto endsWith = [&](const char* s) {
    const std::string t(s);
    return muscle.size() >= t.size() && muscle.compare(muscle.size() - t.size(), t.size(), t) == 0;
  };
  return endsWith("_left") ? 0 : endsWith("_right") ? 1 : -1;
}
}  // namespace

std::vector<MuscleLine> findMuscleLines(const Model& model) {
  std::vector<std::string> order;
  std::map<std::string, std::map<long, int>> points;
  std::map<std::string, MuscleLine> wraps;
  for (size_t n = 0; n < model.nodes.size(); ++n) {
    const Node& node = model.nodes[n];
    const std::string kind = extra(node, "kind"), muscle = extra(node, "muscle");
    if (muscle.empty() || (kind != "line_point" && kind != "line_wrap")) continue;
    if (std::find(order.begin(), order.end(), muscle) == order.end()) order.push_back(muscle);
    if (kind == "line_point") {
      if (auto k = wholeNumber(extra(node, "order")))
        points[muscle].emplace(*k, static_cast<int>(n));
    } else {
      auto after = wholeNumber(extra(node, "after"));
      const float radius = std::strtof(extra(node, "radius").c_str(), nullptr);
      if (after && radius > 0.0f) {
        wraps[muscle].wrapNode = static_cast<int>(n);
        wraps[muscle].wrapAfter = static_cast<int>(*after);
        wraps[muscle].wrapRadius = radius;
      }
    }
  }
  std::vector<MuscleLine> lines;
  for (const auto& muscle : order) {
    const auto& byOrder = points[muscle];
    MuscleLine line;
    line.muscle = muscle;
    line.side = sideOf(model, muscle);
    long expected = 0;
    for (const auto& [k, node] : byOrder) {
      if (k != expected++) break;
      line.points.push_back(node);
    }
    if (line.points.size() < 2 || line.points.size() != byOrder.size()) continue;
    if (auto w = wraps.find(muscle); w != wraps.end()) {
      if (w->second.wrapAfter + 1 >= static_cast<int>(line.points.size())) continue;
      line.wrapNode = w->second.wrapNode, line.wrapAfter = w->second.wrapAfter,
      line.wrapRadius = w->second.wrapRadius;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

float lineLength(const MuscleLine& line, const Pose& pose) {
  float total = 0.0f;
  for (size_t i = 0; i + 1 < line.points.size(); ++i) {
    const glm::vec3 a = origin(pose, line.points[i]), b = origin(pose, line.points[i + 1]);
    total += static_cast<int>(i) == line.wrapAfter ? wrappedLength(line, pose, a, b)
                                                   : glm::length(b - a);
  }
  return total;
}

std::vector<glm::vec3> linePath(const MuscleLine& line, const Pose& pose, int arcSamples) {
  std::vector<glm::vec3> path;
  for (size_t i = 0; i < line.points.size(); ++i) {
    const glm::vec3 a = origin(pose, line.points[i]);
    path.push_back(a);
    if (static_cast<int>(i) != line.wrapAfter || i + 1 >= line.points.size()) continue;
    const glm::vec3 b = origin(pose, line.points[i + 1]);
    const WrapGeometry g = wrapGeometry(line, pose, a, b);
    if (g.arc <= 0.0f) continue;
    // Tangent points: each end's direction turned towards the other by acos(r / distance).
    const float da = glm::length(g.a2), db = glm::length(g.b2);
    const glm::vec3 ua = g.a2 / da, ub = g.b2 / db;
    const glm::vec3 normal = glm::normalize(glm::cross(ua, ub));
    auto turn = [&](const glm::vec3& v, float angle) {
      return v * std::cos(angle) + glm::cross(normal, v) * std::sin(angle);
    };
    const float startAngle = std::acos(g.radius / da);
    for (int k = 0; k <= arcSamples; ++k) {
      const float f = static_cast<float>(k) / static_cast<float>(std::max(arcSamples, 1));
      const float travelled = g.tangentA + g.radius * g.arc * f;  // planar distance from a
      const float axial = g.aAxial + (g.bAxial - g.aAxial) * travelled / g.planar();
      path.push_back(g.centre + g.radius * turn(ua, startAngle + g.arc * f) + axial * g.axis);
    }
  }
  return path;
}

namespace {
// Measures on a pose that only the rig's nodes change in.
LengthSample measureOn(const Model& model, const HipRig& rig, const MuscleLine& line, float degrees,
                       Pose& pose) {
  auto lengthAt = [&](float deg) {
    if (line.side >= 0) applyHipFlexion(model, rig, line.side, deg, pose);
    updateWorldTransforms(model, pose);
    return lineLength(line, pose) * kMmPerUnit;
  };
  constexpr float h = 0.25f;
  const float at = std::clamp(degrees, kMinHipFlexion, kMaxHipFlexion);
  // One-sided at the ends of the range, where flexion is clamped.
  const float lo = std::max(at - h, kMinHipFlexion), hi = std::min(at + h, kMaxHipFlexion);
  LengthSample s;
  s.degrees = at;
  s.momentArmMm = -(lengthAt(hi) - lengthAt(lo)) / glm::radians(hi - lo);
  s.lengthMm = lengthAt(at);
  return s;
}
}  // namespace

LengthSample measureLine(const Model& model, const HipRig& rig, const MuscleLine& line,
                         float degrees) {
  Pose pose = restPose(model);
  return measureOn(model, rig, line, degrees, pose);
}

std::vector<LengthCurve> measureLines(const Model& model, const HipRig& rig,
                                      const std::vector<MuscleLine>& lines, float from, float to,
                                      float step) {
  std::vector<LengthCurve> curves;
  Pose pose = restPose(model);
  for (const auto& line : lines) {
    LengthCurve c;
    c.muscle = line.muscle;
    c.side = line.side;
    c.standingMm = measureOn(model, rig, line, 0.0f, pose).lengthMm;
    const int count = static_cast<int>(std::floor((to - from) / step + 1e-3f)) + 1;
    for (int k = 0; k < count; ++k)
      c.samples.push_back(measureOn(model, rig, line, from + step * static_cast<float>(k), pose));
    if (line.side >= 0) applyHipFlexion(model, rig, line.side, 0.0f, pose);
    curves.push_back(std::move(c));
  }
  return curves;
}

LengthSample sampleAt(const LengthCurve& curve, float degrees) {
  const auto& s = curve.samples;
  if (s.empty()) return {};
  if (degrees <= s.front().degrees) return s.front();
  if (degrees >= s.back().degrees) return s.back();
  size_t i = 1;
  while (s[i].degrees < degrees) ++i;
  const float f = (degrees - s[i - 1].degrees) / (s[i].degrees - s[i - 1].degrees);
  return {degrees, s[i - 1].lengthMm + f * (s[i].lengthMm - s[i - 1].lengthMm),
          s[i - 1].momentArmMm + f * (s[i].momentArmMm - s[i - 1].momentArmMm)};
}

MuscleMeter::MuscleMeter(const Model& model) {
  auto rig = findHipRig(model);
  if (!rig) return;
  rig_ = *rig;
  lines_ = findMuscleLines(model);
  curves_ = measureLines(model, rig_, lines_, kMinHipFlexion, kMaxHipFlexion, 1.0f);
}

std::vector<MuscleMeter::Reading> MuscleMeter::read(const Model& model, const Pose& pose) const {
  std::vector<Reading> out;
  for (size_t i = 0; i < lines_.size(); ++i) {
    Reading r;
    const int side = lines_[i].side;
    r.degrees = side >= 0 ? hipFlexionDegrees(model, rig_, side, pose) : 0.0f;
    r.lengthMm = lineLength(lines_[i], pose) * kMmPerUnit;
    r.momentArmMm = sampleAt(curves_[i], r.degrees).momentArmMm;
    r.shortening = curves_[i].standingMm > 0.0f ? 1.0f - r.lengthMm / curves_[i].standingMm : 0.0f;
    out.push_back(r);
  }
  return out;
}

std::string lengthsCsv(const std::vector<LengthCurve>& curves) {
  std::string out = "muscle,angle_deg,length_mm,moment_arm_mm\n";
  char row[160];
  for (const auto& c : curves)
    for (const auto& s : c.samples) {
      const float arm = std::fabs(s.momentArmMm) < 0.05f ? 0.0f : s.momentArmMm;  // no "-0.0"
      std::snprintf(row, sizeof row, "%s,%.0f,%.1f,%.1f\n", c.muscle.c_str(), s.degrees, s.lengthMm,
                    arm);
      out += row;
    }
  return out;
}
}  // namespace pe
