// The skin through the hips' range (issue 11): at every 10 degrees from -20 to 120, each hip
// alone and both together, the table of vertices inside bone or muscle, the most stretched edge,
// thigh-through-trunk crossings and the groin's fold is printed; at every angle no thigh passes
// through the trunk or the other thigh, from 80 degrees (both hips) the groin folds inward, under
// 0.5% of the skin's vertices lie inside and no edge stretches past 2.5 times (the skin's
// corrective targets at 60, 90, 105 and 120 degrees, gen/SkinCorrectives.h).
// At rest the skin keeps the sourced soft tissue over the ASIS and the fat at the palpation point,
// which the lean and heavy builds change by their sourced amounts.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

#include "BundledModel.h"
#include "io/GltfFile.h"
#include "pose/PosedModel.h"
#include "scene/TriangleBvh.h"

namespace pe::test {
namespace {
const BundledModel& model() {
  return BundledModel::get();
}

struct Solid {
  std::unique_ptr<TriangleBvh> tree;
  glm::vec3 lo{1e9f}, hi{-1e9f};
  Solid(const std::string& id, const Pose& pose) {
    auto v = model().vertices(id, pose);
    for (const auto& p : v) lo = glm::min(lo, p), hi = glm::max(hi, p);
    tree = std::make_unique<TriangleBvh>(std::move(v), model().triangles(id));
  }
  bool contains(const glm::vec3& p) const {
    if (glm::any(glm::lessThan(p, lo)) || glm::any(glm::greaterThan(p, hi))) return false;
    return insideClosedMesh(*tree, p);
  }
};

// Each skin vertex's part at rest: 0 trunk, 1 left thigh, 2 right thigh (the larger share).
std::vector<int> skinRegions() {
  const Model& m = model().model();
  const Structure& skin = model().structure("skin");
  const Primitive& prim = m.meshes[m.nodes[skin.node].mesh].primitives[0];
  const auto& joints = m.skins.at(m.nodes[skin.node].skin).joints;
  std::vector<int> out;
  for (size_t v = 0; v < prim.positions.size(); ++v) {
    float share[3] = {0, 0, 0};
    for (int k = 0; k < 4; ++k) {
      const std::string& id = m.nodes[joints[prim.joints[0][v][k]]].extras.at("id");
      share[id == "femur_left" ? 1 : id == "femur_right" ? 2 : 0] += prim.weights[0][v][k];
    }
    out.push_back(share[1] > 0.5f ? 1 : share[2] > 0.5f ? 2 : 0);
  }
  return out;
}

struct Edge {
  uint32_t a, b;
  bool operator<(const Edge& o) const { return a < o.a || (a == o.a && b < o.b); }
};
}  // namespace

TEST(SkinFlexion, HoldsAtEveryTenDegreesOfEitherHipAndBoth) {
  const auto corners = model().triangles("skin");
  const auto rest = model().vertices("skin", model().rest());
  const std::vector<int> region = skinRegions();
  std::map<Edge, float> edges;
  for (size_t t = 0; t + 2 < corners.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const uint32_t a = corners[t + e], b = corners[t + (e + 1) % 3];
      edges[{std::min(a, b), std::max(a, b)}] = glm::distance(rest[a], rest[b]);
    }
  // The triangles of each part (mixed ones, along the blends, belong to none).
  std::vector<uint32_t> part[3];
  for (size_t t = 0; t + 2 < corners.size(); t += 3) {
    const int r = region[corners[t]];
    if (region[corners[t + 1]] == r && region[corners[t + 2]] == r)
      part[r].insert(part[r].end(), corners.begin() + static_cast<long>(t),
                     corners.begin() + static_cast<long>(t) + 3);
  }
  std::vector<std::string> solids;
  for (const Structure& s : model().index().structures)
    if (s.layer == "bones" || s.kind == "muscle") solids.push_back(s.id);
  // The groin band: skin in front of each hip within the hinge's narrow blend.
  const glm::vec3 hip = model().landmark("femoral_head_centre_left", model().rest());
  std::vector<size_t> groin;
  for (size_t v = 0; v < rest.size(); ++v) {
    const glm::vec3 p(std::abs(rest[v].x), rest[v].y, rest[v].z);
    const float angle = glm::degrees(std::atan2(p.y - hip.y, p.z - hip.z));
    if (std::abs(p.x - hip.x) < 40.0f && angle > -40.0f && angle < -10.0f) groin.push_back(v);
  }
  ASSERT_GT(groin.size(), 10u);
  auto axisDistance = [&](const glm::vec3& p) { return std::hypot(p.y - hip.y, p.z - hip.z); };
  std::printf("%-6s %-6s %8s %8s %8s %8s\n", "left", "right", "inside%", "stretch", "crossing",
              "groin mm");
  for (const auto& [left, right] : std::vector<std::pair<int, int>>{{1, 0}, {0, 1}, {1, 1}}) {
    for (int degrees = -20; degrees <= 120; degrees += 10) {
      const float l = left ? static_cast<float>(degrees) : 0.0f,
                  r = right ? static_cast<float>(degrees) : 0.0f;
      const Pose pose = model().hips(l, r);
      const auto posed = model().vertices("skin", pose);
      // Inside bone or muscle.
      std::vector<std::unique_ptr<Solid>> inside;
      for (const auto& id : solids) inside.push_back(std::make_unique<Solid>(id, pose));
      size_t in = 0;
      std::map<std::string, int> where;
      glm::vec3 inAt(0.0f);
      for (size_t v = 0; v < posed.size(); ++v)
        for (size_t k = 0; k < inside.size(); ++k)
          if (inside[k]->contains(posed[v])) {
            ++in, ++where[solids[k]], inAt += rest[v];
            break;
          }
      if (in) inAt /= static_cast<float>(in);
      std::string most;
      for (const auto& [id, n] : where)
        if (most.empty() || n > where[most]) most = id;
      // Stretch.
      float stretch = 0.0f;
      glm::vec3 worst(0.0f);
      for (const auto& [e, length] : edges)
        if (length > 1e-3f && glm::distance(posed[e.a], posed[e.b]) / length > stretch) {
          stretch = glm::distance(posed[e.a], posed[e.b]) / length;
          worst = rest[e.a];
        }
      // A thigh through the trunk or the other thigh: an edge of one part through a triangle
      // of another.
      int crossings = 0;
      glm::vec3 crossing(0.0f);
      for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b) {
          if (a == b || part[b].empty()) continue;
          const TriangleBvh other(posed, part[b]);
          for (size_t t = 0; t + 2 < part[a].size(); t += 3)
            for (int e = 0; e < 3; ++e) {
              const glm::vec3 p = posed[part[a][t + e]], q = posed[part[a][t + (e + 1) % 3]];
              const float length = glm::distance(p, q);
              if (length < 1e-3f) continue;
              const glm::vec3 dir = (q - p) / length;
              if (other.intersect(p + dir * 0.01f, dir, length - 0.02f))
                ++crossings, crossing = rest[part[a][t + e]];
            }
        }
      double groinChange = 0.0;
      for (size_t v : groin) {
        const glm::vec3 p = posed[v];
        const glm::vec3 h = left && rest[v].x > 0 ? hip : glm::vec3(-hip.x, hip.y, hip.z);
        groinChange += std::hypot(p.y - h.y, p.z - h.z) - axisDistance(rest[v]);
      }
      groinChange /= static_cast<double>(groin.size());
      const double inPercent = 100.0 * static_cast<double>(in) / static_cast<double>(posed.size());
      std::printf(
          "%-6.0f %-6.0f %8.2f %8.2f %8d %8.1f   (most stretched at %.0f %.0f %.0f; a "
          "crossing at %.0f %.0f %.0f) %s at %.0f %.0f %.0f\n",
          l, r, inPercent, stretch, crossings, groinChange, worst.x, worst.y, worst.z, crossing.x,
          crossing.y, crossing.z, most.c_str(), inAt.x, inAt.y, inAt.z);
      SCOPED_TRACE(std::to_string(l) + " / " + std::to_string(r) + " degrees");
      EXPECT_EQ(crossings, 0) << "no thigh through the trunk or the other thigh";
      if (left && right && degrees >= 80) {
        EXPECT_LT(groinChange, 0.0) << "the groin folds inward";
      }
      EXPECT_LT(inPercent, 0.5);
      EXPECT_LE(stretch, 2.5f);
    }
  }
}
}  // namespace pe::test

namespace pe::test {
// The flexion correctives move the skin about the hips only: skin that the trunk alone carries and
// that lies more than 150 mm from both hips' centres (the back, the flanks, the upper abdomen)
// stays where it is in every target.
TEST(SkinFlexion, CorrectivesLeaveTheTrunkAwayFromTheHipsAlone) {
  const Model& m = model().model();
  const Structure& skin = model().structure("skin");
  const Mesh& mesh = m.meshes[m.nodes[skin.node].mesh];
  const Primitive& prim = mesh.primitives[0];
  const auto& joints = m.skins.at(m.nodes[skin.node].skin).joints;
  const glm::vec3 hip = model().landmark("femoral_head_centre_left", model().rest());
  const auto rest = model().vertices("skin", model().rest());
  int checked = 0;
  for (size_t t = 0; t < mesh.targetNames.size(); ++t) {
    if (mesh.targetNames[t].rfind("flexion_", 0) != 0) continue;
    float most = 0.0f;
    glm::vec3 at(0.0f);
    for (size_t v = 0; v < rest.size(); ++v) {
      bool trunk = true;
      for (int k = 0; k < 4; ++k) {
        const std::string& id = m.nodes[joints[prim.joints[0][v][k]]].extras.at("id");
        if (prim.weights[0][v][k] > 0.0f &&
            (id.rfind("femur_", 0) == 0 || id.rfind("brim_", 0) == 0))
          trunk = false;
      }
      const glm::vec3 mirrored(std::abs(rest[v].x), rest[v].y, rest[v].z);
      if (!trunk || glm::distance(mirrored, hip) < 150.0f) continue;
      ++checked;
      const float moved = 1000.0f * glm::length(prim.targets[t].positions[v]);
      if (moved > most) most = moved, at = rest[v];
    }
    std::printf("%s: the trunk away from the hips moves at most %.2f mm (at %.0f %.0f %.0f)\n",
                mesh.targetNames[t].c_str(), most, at.x, at.y, at.z);
    EXPECT_LT(most, 1.0f) << mesh.targetNames[t];
  }
  EXPECT_GT(checked, 8 * 1000);
}

TEST(SkinAtRest, SoftTissueOverTheAsisAndFatAtThePalpationPointFollowTheBuild) {
  const Model& m = model().model();
  const Structure& skin = model().structure("skin");
  const Mesh& mesh = m.meshes[m.nodes[skin.node].mesh];
  const std::vector<std::string> names = {"lean",
                                          "heavy",
                                          "flexion_left_60",
                                          "flexion_left_90",
                                          "flexion_left_105",
                                          "flexion_left_120",
                                          "flexion_right_60",
                                          "flexion_right_90",
                                          "flexion_right_105",
                                          "flexion_right_120"};
  ASSERT_EQ(mesh.targetNames, names);
  ASSERT_EQ(mesh.primitives[0].targets.size(), names.size());
  std::vector<std::unique_ptr<TriangleBvh>> wall;
  for (const Structure& s : model().index().structures)
    if (s.layer == "abdominal_wall" && s.kind == "muscle") {
      wall.push_back(std::make_unique<TriangleBvh>(model().vertices(s.id, model().rest()),
                                                   model().triangles(s.id)));
    }
  ASSERT_EQ(wall.size(), 8u);
  for (const char* side : {"left", "right"}) {
    SCOPED_TRACE(side);
    const glm::vec3 asis = model().landmark(std::string("asis_") + side, model().rest());
    const float inward = asis.x > 0 ? -1.0f : 1.0f;
    // The palpation point: 2.5 cm medial to the ASIS, on the skin in front.
    const glm::vec3 below(asis.x + inward * 25.0f, asis.y, asis.z);
    double fat[3] = {0, 0, 0};
    const float builds[3][2] = {{0, 0}, {1, 0}, {0, 1}};  // average, lean, heavy
    for (int b = 0; b < 3; ++b) {
      Pose pose = model().rest();
      pose.weights[skin.node].assign(names.size(), 0.0f);
      pose.weights[skin.node][0] = builds[b][0], pose.weights[skin.node][1] = builds[b][1];
      const auto v = model().vertices("skin", pose);
      const TriangleBvh surface(v, model().triangles("skin"));
      const auto hit =
          surface.intersect(below + glm::vec3(0, 0, 200.0f), glm::vec3(0, 0, -1), 400.0f);
      ASSERT_TRUE(hit);
      const glm::vec3 point = below + glm::vec3(0, 0, 200.0f - *hit);
      double nearest = 1e9;
      for (const auto& w : wall) nearest = std::min(nearest, w->closestDistance(point));
      fat[b] = nearest;
      if (b == 0) {
        const double overAsis = surface.closestDistance(asis);
        std::printf("%s: skin %.1f mm over the ASIS (6.0 sourced)\n", side, overAsis);
        EXPECT_NEAR(overAsis, 6.0, 2.0);
      }
    }
    std::printf("%s palpation point: fat %.1f mm (13.9), lean %.1f (-7.5), heavy %.1f (+11.2)\n",
                side, fat[0], fat[1] - fat[0], fat[2] - fat[0]);
    EXPECT_NEAR(fat[0], 13.9, 2.0);
    EXPECT_NEAR(fat[1] - fat[0], -7.5, 2.0);
    EXPECT_NEAR(fat[2] - fat[0], 11.2, 2.0);
  }
}

TEST(SkinAtRest, UmbilicusAtItsLevelAndTheGroinCreaseBelowTheLigament) {
  const glm::vec3 umbilicus = model().landmark("umbilicus", model().rest());
  const float discL3L4 = [] {
    glm::vec3 sum(0.0f);
    const auto v = model().vertices("disc_l3_l4", model().rest());
    for (const auto& p : v) sum += p;
    return sum.y / static_cast<float>(v.size());
  }();
  EXPECT_NEAR(umbilicus.y, discL3L4, 3.0f) << "the classic level: the L3/L4 disc";
  // The crease: along a line parallel to the ligament, the skin's front lies deeper than 15 mm
  // above and below it.
  const auto v = model().vertices("skin", model().rest());
  const TriangleBvh surface(v, model().triangles("skin"));
  const glm::vec3 asis = model().landmark("asis_left", model().rest()),
                  tubercle = model().landmark("pubic_tubercle_left", model().rest());
  auto front = [&](float x, float y) {
    const auto hit = surface.intersect(glm::vec3(x, y, 300.0f), glm::vec3(0, 0, -1), 400.0f);
    return hit ? 300.0f - *hit : -1e9f;
  };
  int grooves = 0;
  for (float f = 0.3f; f <= 0.71f; f += 0.2f) {
    const glm::vec3 onLigament = glm::mix(asis, tubercle, f);
    const float y = onLigament.y - 63.0f;
    const float at = front(onLigament.x, y), above = front(onLigament.x, y + 15.0f),
                below = front(onLigament.x, y - 15.0f);
    grooves += at < above && at < below;
  }
  EXPECT_GE(grooves, 2) << "the crease runs 63 mm below the ligament";
}

// The build sets the skin's targets by name: -1 the lean one fully, +1 the heavy one; until a
// build is set (and after it is cleared) the file's own weights stand.
TEST(SkinAtRest, TheBuildWeighsTheLeanAndHeavyTargetsByName) {
  PosedModel doc(std::make_unique<Model>(loadGltfFile(BundledModel::path())));
  ASSERT_TRUE(doc.hasHabitus());
  const int node = model().structure("skin").node;
  const Mesh& mesh = doc.model()->meshes[static_cast<size_t>(doc.model()->nodes[node].mesh)];
  const auto at = [&](const char* name) {
    const auto it = std::find(mesh.targetNames.begin(), mesh.targetNames.end(), name);
    EXPECT_NE(it, mesh.targetNames.end()) << name;
    return doc.pose()
        .weights[static_cast<size_t>(node)][static_cast<size_t>(it - mesh.targetNames.begin())];
  };
  EXPECT_FALSE(doc.habitusSet());
  doc.setHabitus(-1.0f);
  EXPECT_FLOAT_EQ(at("lean"), 1.0f);
  EXPECT_FLOAT_EQ(at("heavy"), 0.0f);
  doc.setHabitus(0.25f);
  EXPECT_FLOAT_EQ(at("lean"), 0.0f);
  EXPECT_FLOAT_EQ(at("heavy"), 0.25f);
  doc.setHabitus(3.0f);
  EXPECT_FLOAT_EQ(doc.habitus(), 1.0f) << "clamped";
  doc.clearHabitus();
  EXPECT_FLOAT_EQ(at("heavy"), 0.0f);
  EXPECT_FALSE(doc.habitusSet());
}

// Every nerve, vessel and muscle lies under the skin in every build: the iliohypogastric and
// ilioinguinal nerves run in the abdominal wall (between the transversus and the internal oblique,
// then under the external oblique's aponeurosis), and the lean build thins the fat by its sourced
// amount only where that leaves the skin clear of what lies beneath (gen/Skin.h).
TEST(SkinAtRest, NervesVesselsAndMusclesLieUnderTheSkinInEveryBuild) {
  const Structure& skin = model().structure("skin");
  const size_t targets =
      model().model().meshes[model().model().nodes[skin.node].mesh].targetNames.size();
  // Inside by two of three rays (one ray's count can slip through an edge of the skin's mesh).
  auto inside = [](const TriangleBvh& tree, const glm::vec3& p) {
    const glm::vec3 dirs[3] = {glm::normalize(glm::vec3(0.5377f, 0.6231f, 0.5680f)),
                               glm::normalize(glm::vec3(-0.7071f, 0.1234f, 0.6963f)),
                               glm::normalize(glm::vec3(0.2143f, -0.8211f, -0.5290f))};
    int votes = 0;
    for (const glm::vec3& dir : dirs) {
      glm::vec3 o = p;
      int crossings = 0;
      for (int i = 0; i < 64; ++i) {
        const auto t = tree.intersect(o, dir, 2000.0f);
        if (!t) break;
        ++crossings, o += dir * (*t + 1e-3f);
      }
      votes += crossings % 2;
    }
    return votes >= 2;
  };
  for (int build = -1; build <= 1; ++build) {
    SCOPED_TRACE("build " + std::to_string(build));
    Pose pose = model().rest();
    pose.weights[skin.node].assign(targets, 0.0f);
    if (build != 0) pose.weights[skin.node][build < 0 ? 0 : 1] = 1.0f;  // lean, heavy
    const TriangleBvh surface(model().vertices("skin", pose), model().triangles("skin"));
    int structures = 0;
    for (const Structure& s : model().index().structures) {
      if (s.layer != "nerves" && s.layer != "vessels" && s.kind != "muscle") continue;
      ++structures;
      size_t outside = 0;
      glm::vec3 at(0.0f);
      for (const glm::vec3& p : model().vertices(s.id, model().rest()))
        if (!inside(surface, p)) ++outside, at = p;
      EXPECT_EQ(outside, 0u) << s.id << " comes out of the skin, e.g. at " << at.x << " " << at.y
                             << " " << at.z << " mm";
    }
    EXPECT_EQ(structures, 44) << "12 nerves, 16 vessels and 16 muscles";
  }
}
}  // namespace pe::test
