// The skinned muscles through the hip_flexion_both clip: at every 10 degrees from -20 to 120
// fewer than 1% of each muscle's vertices lie inside bone, and each muscle keeps its volume
// within 15% of standing.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include "BundledModel.h"
#include "geometry/MuscleLines.h"
#include "scene/TriangleBvh.h"

namespace pe::test {
namespace {
const std::vector<std::string> kMuscles = {
    "psoas_major_left", "psoas_major_right", "psoas_minor_left",        "psoas_minor_right",
    "iliacus_left",     "iliacus_right",     "quadratus_lumborum_left", "quadratus_lumborum_right"};

struct PosedBone {
  std::unique_ptr<TriangleBvh> tree;
  glm::vec3 lo{1e9f}, hi{-1e9f};
  PosedBone(const BundledModel& m, const std::string& id, const Pose& pose) {
    auto v = m.vertices(id, pose);
    for (const auto& p : v) lo = glm::min(lo, p), hi = glm::max(hi, p);
    tree = std::make_unique<TriangleBvh>(std::move(v), m.triangles(id));
  }
  // Inside a closed surface: an odd number of crossings along a ray.
  bool contains(const glm::vec3& p) const {
    if (glm::any(glm::lessThan(p, lo)) || glm::any(glm::greaterThan(p, hi))) return false;
    return insideClosedMesh(*tree, p);
  }
};
}  // namespace

TEST(HipFlexion, MusclesStayOutOfBoneAndKeepTheirVolume) {
  const BundledModel& m = BundledModel::get();
  std::vector<std::string> bones;
  for (const Structure& s : m.index().structures)
    if (s.layer == "bones") bones.push_back(s.id);
  std::map<std::string, double> standing;
  for (const auto& muscle : kMuscles)
    standing[muscle] = enclosedVolume(m.vertices(muscle, m.rest()), m.triangles(muscle));
  std::printf("%-6s", "angle");
  for (const auto& muscle : kMuscles) std::printf(" %10.10s", muscle.c_str());
  std::printf("   (%% of vertices inside bone, volume change from standing)\n");
  for (int degrees = -20; degrees <= 120; degrees += 10) {
    const Pose pose = m.flexed(static_cast<float>(degrees));
    std::vector<std::unique_ptr<PosedBone>> posed;
    for (const auto& b : bones) posed.push_back(std::make_unique<PosedBone>(m, b, pose));
    std::printf("%-6d", degrees);
    for (const auto& muscle : kMuscles) {
      const auto v = m.vertices(muscle, pose);
      size_t inside = 0;
      for (const auto& p : v)
        for (const auto& b : posed)
          if (b->contains(p)) {
            ++inside;
            break;
          }
      const double fraction = static_cast<double>(inside) / static_cast<double>(v.size());
      std::printf(" %10.2f", 100.0 * fraction);
      EXPECT_LT(fraction, 0.01) << muscle << " at " << degrees << " degrees";
      // At every angle: skinning alone lost 16.3% of the iliacus at 120 degrees; the bulge (a
      // morph target weighed with the angle) thickens the belly as it shortens.
      const double volume = enclosedVolume(v, m.triangles(muscle));
      EXPECT_NEAR(volume / standing[muscle], 1.0, 0.15)
          << muscle << " at " << degrees << " degrees";
      std::printf("(%+5.1f%%)", 100.0 * (volume / standing[muscle] - 1.0));
    }
    std::printf("\n");
  }
}

// The lines of action the lengths are measured on pass in front of the hip joint at every 10
// degrees: apart from the last centimetre into the insertion, no point lies inside a femur.
// Inside other bones: the iliacus and psoas minor lines nowhere; the psoas major line 31-42 mm
// (its first 15 mm start on the T12 body's side, and it cuts the corner of the iliopubic
// eminence over 16-27 mm, less as the hip flexes). A line clear of the eminence would shorten
// 76-83 mm from 0 to 120 degrees, above the published 45-75 mm (anatomy.md 3), so the corner
// stays and its length is held here: at most 45 mm.
TEST(HipFlexion, LinesOfActionPassInFrontOfTheHipJoint) {
  const BundledModel& m = BundledModel::get();
  const auto lines = findMuscleLines(m.model());
  ASSERT_EQ(lines.size(), 6u);
  std::printf("%-6s", "angle");
  for (const auto& line : lines) std::printf(" %12.12s", line.muscle.c_str());
  std::printf("   (mm of the line inside the femur / inside other bones)\n");
  for (int degrees = -20; degrees <= 120; degrees += 10) {
    const Pose pose = m.flexed(static_cast<float>(degrees));
    std::vector<std::unique_ptr<PosedBone>> femurs, others;
    for (const Structure& s : m.index().structures)
      if (s.layer == "bones")
        (s.id.rfind("femur_", 0) == 0 ? femurs : others)
            .push_back(std::make_unique<PosedBone>(m, s.id, pose));
    std::printf("%-6d", degrees);
    for (const auto& line : lines) {
      std::vector<glm::vec3> path;
      for (const auto& p : linePath(line, pose, 16)) path.push_back(p * 1000.0f);  // mm
      float total = 0.0f;
      for (size_t i = 1; i < path.size(); ++i) total += glm::length(path[i] - path[i - 1]);
      int inFemur = 0, inOther = 0;
      float along = 0.0f;
      for (size_t i = 1; i < path.size(); ++i) {
        const float segment = glm::length(path[i] - path[i - 1]);
        for (float d = 0.0f; d < segment && along + d < total - 10.0f; d += 1.0f) {
          const glm::vec3 p = path[i - 1] + (path[i] - path[i - 1]) * (d / segment);
          auto inAny = [&](const std::vector<std::unique_ptr<PosedBone>>& bones) {
            for (const auto& b : bones)
              if (b->contains(p)) return true;
            return false;
          };
          inFemur += inAny(femurs);
          inOther += inAny(others);
        }
        along += segment;
      }
      std::printf(" %6d / %3d", inFemur, inOther);
      EXPECT_EQ(inFemur, 0) << line.muscle << " at " << degrees << " degrees";
      EXPECT_LE(inOther, line.muscle.rfind("psoas_major", 0) == 0 ? 45 : 0)
          << line.muscle << " at " << degrees << " degrees: mm inside other bones";
    }
    std::printf("\n");
  }
}
}  // namespace pe::test
