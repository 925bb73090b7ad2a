#include "gen/Skin.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>
#include <stdexcept>

#include <glm/trigonometric.hpp>

#include "gen/Femur.h"

namespace pe::gen {
namespace {
constexpr int kSectionPoints = 64;

float smoothstep(float a, float b, float x) {
  const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// The trunk: closed cross-sections at measured heights, each an oval whose front and back
// halves have their own depth; between levels every section point follows a Catmull-Rom curve.
class TrunkLoft {
 public:
  explicit TrunkLoft(const MeasurementTable& m) {
    for (int i = 0; m.all().count("skin.level" + std::to_string(i) + ".profile"); ++i) {
      const std::string l = "skin.level" + std::to_string(i);
      const glm::vec3 profile = m.point(l + ".profile");  // y, front z, back z
      const glm::vec2 side = m.size(l + ".side");         // half-width, z of the widest point
      Level level;
      level.y = profile.x;
      for (int k = 0; k < kSectionPoints; ++k) {
        const float a = 6.2831853f * static_cast<float>(k) / kSectionPoints;
        const float c = stableCos(a), s = stableSin(a);
        const float depth = c >= 0.0f ? profile.y - side.y : side.y - profile.z;
        level.points[static_cast<size_t>(k)] = glm::vec2(side.x * s, side.y + depth * c);
      }
      levels_.push_back(level);
    }
    if (levels_.size() < 2) throw std::runtime_error("the skin needs two levels or more");
    std::sort(levels_.begin(), levels_.end(),
              [](const Level& a, const Level& b) { return a.y < b.y; });
    rounding_ = static_cast<float>(m.mm("skin.trunk.rounding"));
  }
  float bottom() const { return levels_.front().y; }
  float top() const { return levels_.back().y; }
  Box3 bounds() const {
    Box3 b;
    for (const auto& l : levels_)
      for (const auto& p : l.points) b.add(glm::vec3(p.x, l.y, p.y));
    b.pad(2.0f);
    return b;
  }
  float distance(const glm::vec3& p) const {
    const float along = std::max(bottom() - p.y, p.y - top());
    return smoothIntersect(across(p), along, rounding_);
  }
  // The distance within the cross-section only: the trunk as if it went on up and down.
  float across(const glm::vec3& p) const {
    const float y = std::clamp(p.y, bottom(), top());
    std::array<glm::vec2, kSectionPoints> section = sectionAt(y);
    float d = 1e30f;
    bool inside = false;
    const glm::vec2 q(p.x, p.z);
    for (size_t i = 0, j = section.size() - 1; i < section.size(); j = i++) {
      const glm::vec2 a = section[j], b = section[i], ab = b - a;
      const float h = std::clamp(glm::dot(q - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
      d = std::min(d, glm::length(q - a - ab * h));
      if ((a.y > q.y) != (b.y > q.y) && q.x < a.x + (q.y - a.y) / (b.y - a.y) * ab.x)
        inside = !inside;
    }
    return inside ? -d : d;
  }

 private:
  struct Level {
    float y = 0.0f;
    std::array<glm::vec2, kSectionPoints> points{};
  };
  std::array<glm::vec2, kSectionPoints> sectionAt(float y) const {
    size_t i = 0;
    while (i + 2 < levels_.size() && y > levels_[i + 1].y) ++i;
    const float t = (y - levels_[i].y) / (levels_[i + 1].y - levels_[i].y);
    const Level& p0 = levels_[i == 0 ? 0 : i - 1];
    const Level &p1 = levels_[i], &p2 = levels_[i + 1];
    const Level& p3 = levels_[std::min(i + 2, levels_.size() - 1)];
    std::array<glm::vec2, kSectionPoints> out{};
    const float t2 = t * t, t3 = t2 * t;
    for (size_t k = 0; k < out.size(); ++k)
      out[k] =
          0.5f *
          (2.0f * p1.points[k] + (p2.points[k] - p0.points[k]) * t +
           (2.0f * p0.points[k] - 5.0f * p1.points[k] + 4.0f * p2.points[k] - p3.points[k]) * t2 +
           (3.0f * p1.points[k] - p0.points[k] - 3.0f * p2.points[k] + p3.points[k]) * t3);
    return out;
  }
  std::vector<Level> levels_;
  float rounding_ = 0.0f;
};

const Part& partNamed(const std::vector<Part>& parts, const std::string& id) {
  for (const auto& p : parts)
    if (p.id == id) return p;
  throw std::runtime_error("the skin needs '" + id + "' first");
}

// Where a field first turns positive marching forward (+z) from z0 at (x, y).
float surfaceFront(const Field& field, float x, float y, float z0) {
  float z = z0;
  while (z < 400.0f && field(glm::vec3(x, y, z)) < 0.0f) z += 0.5f;
  return z;
}
}  // namespace

Field skinBody(const MeasurementTable& m, const std::vector<Part>& parts, bool open) {
  auto trunk = std::make_shared<const TrunkLoft>(m);
  const glm::vec3 thighTop = m.point("skin.thigh.top"), knee = m.point("skin.thigh.knee");
  const glm::vec2 thighRadii = m.size("skin.thigh.radii");
  const float groin = static_cast<float>(m.mm("skin.groin.blend"));
  auto body = [=](const glm::vec3& p) {
    float d = open ? trunk->across(p) : trunk->distance(p);
    for (float s : {-1.0f, 1.0f})
      d = smoothUnion(
          d,
          sdRoundCone(p, glm::vec3(s * thighTop.x, thighTop.y, thighTop.z),
                      glm::vec3(s * knee.x, knee.y, knee.z), thighRadii.x, thighRadii.y),
          groin);
    return d;
  };
  // Over the hip bones the skin keeps the soft-tissue thickness measured over the ASIS, more
  // over the pubis.
  const float asis = static_cast<float>(m.mm("skin.soft_tissue.asis"));
  const float pubicExcess = static_cast<float>(m.mm("skin.soft_tissue.pubic_excess"));
  const glm::vec3 tubercle = m.point("hip.pubic_tubercle");
  const glm::vec3 pubis(0.0f, tubercle.y, tubercle.z);
  std::vector<Shape> hips = {partNamed(parts, "hip_bone_left").shape,
                             partNamed(parts, "hip_bone_right").shape};
  // Over the hip bone the skin lies `soft` out from its surface; `soft` is set so that the skin
  // is the measured distance from the ASIS landmark (the bone's field is not an exact distance).
  const float blend = 6.0f;
  auto feltWith = [=](float over) {
    return [=](const glm::vec3& p) {
      float d = body(p);
      const float soft =
          over + pubicExcess * (1.0f - smoothstep(30.0f, 70.0f, glm::length(p - pubis)));
      for (const Shape& h : hips) {
        if (glm::any(glm::lessThan(p, h.bounds.lo - glm::vec3(soft + 8.0f))) ||
            glm::any(glm::greaterThan(p, h.bounds.hi + glm::vec3(soft + 8.0f))))
          continue;
        d = smoothUnion(d, h.field(p) - soft, blend);
      }
      return d;
    };
  };
  const glm::vec3 landmark = m.point("hip.asis");
  auto skinDistance = [&](float over) {  // from the landmark to the skin, by rays
    const auto field = feltWith(over);
    float nearest = 1e9f;
    for (int i = 0; i < 24; ++i)
      for (int j = 1; j < 12; ++j) {
        const float a = 6.2831853f * static_cast<float>(i) / 24.0f,
                    b = 3.14159265f * static_cast<float>(j) / 12.0f;
        const glm::vec3 dir(stableSin(b) * stableCos(a), stableCos(b), stableSin(b) * stableSin(a));
        for (float t = 0.0f; t < nearest; t += 0.1f)
          if (field(landmark + dir * t) > 0.0f) {
            nearest = t;
            break;
          }
      }
    return nearest;
  };
  float lo = -10.0f, hi = asis + 10.0f;
  for (int k = 0; k < 14; ++k) {
    const float mid = 0.5f * (lo + hi);
    (skinDistance(mid) < asis ? lo : hi) = mid;
  }
  const auto felt = feltWith(0.5f * (lo + hi));
  return Field(felt);
}

void addSkin(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks) {
  const Field felt = skinBody(m, parts, false);
  const glm::vec3 tubercle = m.point("hip.pubic_tubercle");
  auto trunk = std::make_shared<const TrunkLoft>(m);
  const glm::vec3 thighTop = m.point("skin.thigh.top"), knee = m.point("skin.thigh.knee");
  const glm::vec2 thighRadii = m.size("skin.thigh.radii");
  const float groin = static_cast<float>(m.mm("skin.groin.blend"));
  // The groin crease: a shallow groove parallel to the inguinal ligament and below it.
  const glm::vec3 asisPoint = m.point("hip.asis");
  const float below = static_cast<float>(m.mm("skin.crease.below_ligament"));
  const float creaseDepth = static_cast<float>(m.mm("skin.crease.depth"));
  const float creaseRadius = 10.0f;
  auto creasePoint = [&](float x) {
    const float f = (asisPoint.x - x) / (asisPoint.x - tubercle.x);
    const float y = asisPoint.y + f * (tubercle.y - asisPoint.y) - below;
    return glm::vec3(x, y, surfaceFront(felt, x, y, -60.0f) + creaseRadius - creaseDepth);
  };
  const glm::vec3 creaseLateral = creasePoint(asisPoint.x - 20.0f),
                  creaseMedial = creasePoint(tubercle.x + 20.0f);
  const float umbilicusY = static_cast<float>(m.mm("skin.umbilicus.height"));
  const glm::vec3 umbilicus(0.0f, umbilicusY, surfaceFront(felt, 0.0f, umbilicusY, 0.0f));
  Part part = makePart("skin", "midline", "skin", "skin", "", "skin");
  part.shape.field = [=](const glm::vec3& p) {
    float d = felt(p);
    for (float s : {-1.0f, 1.0f}) {
      const glm::vec3 mirror(s, 1.0f, 1.0f);
      d = smoothSubtract(
          d, sdCapsule(p, creaseLateral * mirror, creaseMedial * mirror, creaseRadius), 4.0f);
    }
    // The umbilicus: a small pit in the front of the abdomen.
    return smoothSubtract(
        d, sdEllipsoid(p, umbilicus, glm::mat3(1.0f), glm::vec3(6.0f, 8.0f, 7.0f)), 4.0f);
  };
  part.shape.bounds = trunk->bounds();
  for (float s : {-1.0f, 1.0f}) {
    const float r = thighRadii.x + 0.25f * groin;
    part.shape.bounds.add(glm::vec3(s * thighTop.x, thighTop.y, thighTop.z) - glm::vec3(r));
    part.shape.bounds.add(glm::vec3(s * thighTop.x, thighTop.y, thighTop.z) + glm::vec3(r));
    part.shape.bounds.add(glm::vec3(s * knee.x, knee.y, knee.z) - glm::vec3(thighRadii.y + 2.0f));
    part.shape.bounds.add(glm::vec3(s * knee.x, knee.y, knee.z) + glm::vec3(thighRadii.y + 2.0f));
  }
  part.meshing.voxel = 5.0f;
  part.meshing.targetTriangles = 30000;
  part.meshing.maxSimplifyError = 0.4f;
  parts.push_back(std::move(part));
  marks.push_back({"umbilicus", "midline", "skin", umbilicus});
}

SkinRig::SkinRig(const MeasurementTable& m, const SkinWeights& joints)
    : joints_(joints),
      hipLeft_(hipCentre(m, "left")),
      front_(static_cast<float>(m.deg("skin.hinge.front"))),
      back_(static_cast<float>(m.deg("skin.hinge.back"))),
      frontBand_(static_cast<float>(m.deg("skin.hinge.front_band"))),
      backBand_(static_cast<float>(m.deg("skin.hinge.back_band"))),
      crotchBand_(static_cast<float>(m.mm("skin.hinge.crotch_band"))),
      crotchLength_(static_cast<float>(m.mm("skin.hinge.crotch_length"))),
      perineum_(0.0f, static_cast<float>(m.point("skin.level7.profile").x),
                0.5f * (m.point("skin.level7.profile").y + m.point("skin.level7.profile").z)) {}

std::vector<std::pair<int, float>> SkinRig::weights(const glm::vec3& v) const {
  float femur[2] = {0.0f, 0.0f};
  for (int side = 0; side < 2; ++side) {
    const float sign = side == 0 ? 1.0f : -1.0f;
    const float share = smoothstep(-10.0f, 10.0f, sign * v.x);
    if (share <= 0.0f) continue;
    // The angle about the flexion axis: 0 in front, 90 up, -90 down, -180 behind.
    float angle = glm::degrees(std::atan2(v.y - hipLeft_.y, v.z - hipLeft_.z));
    if (angle > 90.0f) angle -= 360.0f;
    // The blends are angles near the hip; further out they narrow to the same width on the
    // surface, so that the whole thigh below goes with the femur.
    const float radius = std::hypot(v.y - hipLeft_.y, v.z - hipLeft_.z);
    const float narrow = std::clamp(150.0f / std::max(radius, 1.0f), 0.25f, 1.0f);
    float f = smoothstep(front_ + frontBand_ * narrow, front_ - frontBand_ * narrow, angle) *
              smoothstep(back_ - backBand_ * narrow, back_ + backBand_ * narrow, angle);
    // Near the flexion axis (the side of the hip) the angle means little: there the skin goes
    // half-way, and over the greater trochanter with the femur.
    const float pole = 0.5f + 0.5f * smoothstep(hipLeft_.x + 20.0f, hipLeft_.x + 70.0f, sign * v.x);
    f = pole + (f - pole) * smoothstep(10.0f, 70.0f, radius);
    // Next to the perineum the thigh's share fades towards the midline, so that one hip can
    // move without tearing the skin between the thighs.
    const float medial = smoothstep(5.0f, crotchBand_, sign * v.x);
    const float nearCrotch = smoothstep(perineum_.y - crotchLength_, perineum_.y, v.y);
    f *= 1.0f - (1.0f - medial) * nearCrotch;
    femur[side] = share * f;
  }
  // Through each blend the brim pulley (half the flexion) carries the middle: the skin turns
  // along a smooth curve rather than cutting across the chord.
  std::vector<std::pair<int, float>> w;
  float trunkShare = 1.0f;
  const char* femurs[2] = {"femur_left", "femur_right"};
  const char* brims[2] = {"brim_left", "brim_right"};
  for (int side = 0; side < 2; ++side) {
    const float f = femur[side];
    if (f <= 0.0f) continue;
    w.push_back({joints_.index(femurs[side]), f * f});
    w.push_back({joints_.index(brims[side]), 2.0f * f * (1.0f - f)});
    trunkShare -= f * f + 2.0f * f * (1.0f - f);
  }
  for (const auto& [j, x] : joints_.trunk(v.y)) w.push_back({j, x * std::max(0.0f, trunkShare)});
  return w;
}

std::vector<float> fatShare(const MeasurementTable& m, const std::vector<Part>& parts,
                            const std::vector<glm::vec3>& positions) {
  const float asis = static_cast<float>(m.mm("skin.soft_tissue.asis"));
  std::vector<const Part*> bones;
  for (const auto& p : parts)
    if (p.layer == "bones") bones.push_back(&p);
  std::vector<float> out;
  for (const auto& v : positions) {
    float d = 1e9f;
    for (const Part* b : bones) {
      const Box3& box = b->shape.bounds;
      const glm::vec3 pad(asis + 20.0f);
      if (glm::any(glm::lessThan(v, box.lo - pad)) || glm::any(glm::greaterThan(v, box.hi + pad)))
        continue;
      d = std::min(d, b->shape.field(v));
    }
    out.push_back(smoothstep(asis, asis + 15.0f, d));
  }
  return out;
}

std::vector<std::pair<std::string, std::vector<glm::vec3>>> skinBuilds(
    const MeasurementTable& m, const std::vector<Part>& parts, const GenMesh& skin) {
  const std::vector<float> share = fatShare(m, parts, skin.positions);
  const float lean = static_cast<float>(m.mm("skin.habitus.lean"));
  const float heavy = static_cast<float>(m.mm("skin.habitus.heavy"));
  std::vector<std::pair<std::string, std::vector<glm::vec3>>> out = {{"lean", {}}, {"heavy", {}}};
  const glm::vec3 pad(std::abs(lean) + kLeanClearanceMm + 2.0f);
  for (size_t i = 0; i < skin.positions.size(); ++i) {
    const glm::vec3& v = skin.positions[i];
    float room = 1e9f;  // to the nearest structure beneath
    for (const Part& p : parts) {
      if (p.layer == "skin" || !p.shape.field) continue;
      if (glm::any(glm::lessThan(v, p.shape.bounds.lo - pad)) ||
          glm::any(glm::greaterThan(v, p.shape.bounds.hi + pad)))
        continue;
      room = std::min(room, p.shape.field(v));
    }
    const float inward = std::min(share[i] * -lean, std::max(0.0f, room - kLeanClearanceMm));
    out[0].second.push_back(-skin.normals[i] * inward);
    out[1].second.push_back(skin.normals[i] * (share[i] * heavy));
  }
  return out;
}
}  // namespace pe::gen
