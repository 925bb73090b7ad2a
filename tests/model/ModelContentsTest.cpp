// What the bundled model holds: every structure the issue names, with its extras, landmarks
// on their bones, attachment footprints per site, a skin over the pelvis, vertebrae and femurs,
// the three flexion clips, closed surfaces, the triangle budget, and complete sourced text.
#include <gtest/gtest.h>

#include <map>
#include <set>

#include "BundledModel.h"
#include "io/ContentFile.h"

namespace pe::test {
namespace {
const BundledModel& model() {
  return BundledModel::get();
}

std::vector<std::string> sided(const std::vector<std::string>& ids) {
  std::vector<std::string> out;
  for (const auto& id : ids) out.push_back(id + "_left"), out.push_back(id + "_right");
  return out;
}

const std::vector<std::string> kMuscles =
    sided({"psoas_major", "psoas_minor", "iliacus", "quadratus_lumborum"});
}  // namespace

TEST(ModelContents, EveryNamedStructureIsItsOwnNodeWithExtras) {
  std::vector<std::string> ids = {"vertebra_t12", "vertebra_l1", "vertebra_l2", "vertebra_l3",
                                  "vertebra_l4",  "vertebra_l5", "disc_t12_l1", "disc_l1_l2",
                                  "disc_l2_l3",   "disc_l3_l4",  "disc_l4_l5",  "disc_l5_s1",
                                  "sacrum",       "coccyx",      "skin"};
  for (const auto& id : sided({"rib_12", "hip_bone", "femur", "inguinal_ligament"}))
    ids.push_back(id);
  for (const auto& id : kMuscles) ids.push_back(id);
  for (const auto& id : ids) {
    SCOPED_TRACE(id);
    const Structure& s = model().structure(id);
    const Node& node = model().model().nodes[s.node];
    EXPECT_GE(node.mesh, 0);
    EXPECT_FALSE(s.side.empty());
    EXPECT_FALSE(s.kind.empty());
    EXPECT_NE(s.layer, "unlabelled");
  }
  std::set<std::string> layers(model().index().layers.begin(), model().index().layers.end());
  for (const char* layer :
       {"bones", "discs", "muscles", "ligaments", "skin", "landmarks", "attachments"})
    EXPECT_TRUE(layers.count(layer)) << layer;
  // Every node is a structure, except the points of the muscles' lines of action (not shown).
  for (const Node& node : model().model().nodes) {
    const auto kind = node.extras.find("kind");
    const bool linePart =
        kind != node.extras.end() && (kind->second == "line_point" || kind->second == "line_wrap");
    EXPECT_NE(node.extras.count("id") > 0, linePart) << node.name;
    if (linePart) {
      EXPECT_LT(node.mesh, 0) << node.name;
    }
  }
}

TEST(ModelContents, LandmarksAreEmptyNodesOnTheirBones) {
  std::vector<std::string> ids = {"umbilicus"};
  for (const auto& id :
       sided({"asis", "aiis", "psis", "iliac_crest_top", "pubic_tubercle", "iliopubic_eminence"}))
    ids.push_back(id);
  for (const auto& id : sided({"femoral_head_centre", "greater_trochanter", "lesser_trochanter"}))
    ids.push_back(id);
  for (const char* level : {"t12", "l1", "l2", "l3", "l4", "l5"})
    ids.push_back(std::string("vertebra_") + level + "_body_centre");
  for (const auto& id : ids) {
    SCOPED_TRACE(id);
    const Structure& s = model().structure(id);
    const Node& node = model().model().nodes[s.node];
    EXPECT_EQ(node.mesh, -1);
    EXPECT_EQ(s.layer, "landmarks");
    ASSERT_GE(node.parent, 0);
    EXPECT_EQ(model().model().nodes[node.parent].extras.at("id"), node.extras.at("bone"));
  }
  // A landmark moves with its bone: the lesser trochanter follows the flexed femur forward.
  const glm::vec3 rest = model().landmark("lesser_trochanter_left", model().rest());
  const glm::vec3 flexed = model().landmark("lesser_trochanter_left", model().flexed(90.0f));
  EXPECT_GT(flexed.z - rest.z, 30.0f);
}

TEST(ModelContents, EachMuscleHasOriginAndInsertionFootprintsOnItsBones) {
  std::map<std::string, std::set<std::string>> roles;
  for (const Structure& s : model().index().structures) {
    if (s.layer != "attachments") continue;
    roles[s.muscle].insert(s.role);
    EXPECT_FALSE(s.site.empty()) << s.id;
    const Node& node = model().model().nodes[s.node];
    ASSERT_GE(node.mesh, 0) << s.id;
    ASSERT_GE(node.parent, 0) << s.id;
    // Lies on the bone: every footprint vertex is within a millimetre of a bone surface point.
    const std::string bone = model().model().nodes[node.parent].extras.at("id");
    if (bone != "sacrum") {
      const auto boneVertices = model().vertices(bone, model().rest());
      const auto footprint = model().vertices(s.id, model().rest());
      float worst = 0.0f;
      for (size_t i = 0; i < footprint.size(); i += 7) {
        float best = 1e9f;
        for (const auto& b : boneVertices) best = std::min(best, glm::length(b - footprint[i]));
        worst = std::max(worst, best);
      }
      EXPECT_LT(worst, 1.0f) << s.id << " on " << bone;
    }
  }
  for (const auto& m : kMuscles) {
    EXPECT_TRUE(roles[m].count("origin")) << m;
    EXPECT_TRUE(roles[m].count("insertion")) << m;
  }
}

TEST(ModelContents, SkinClipsAndBudget) {
  const Model& m = model().model();
  ASSERT_EQ(m.skins.size(), 1u);
  std::set<std::string> joints;
  for (int j : m.skins[0].joints) joints.insert(m.nodes[j].extras.at("id"));
  for (const char* j : {"sacrum", "vertebra_l1", "vertebra_l2", "vertebra_l3", "vertebra_l4",
                        "vertebra_l5", "femur_left", "femur_right"})
    EXPECT_TRUE(joints.count(j)) << j;
  for (const char* clip : {"hip_flexion_left", "hip_flexion_right", "hip_flexion_both"})
    EXPECT_GE(m.findClip(clip), 0) << clip;
  for (const auto& id : kMuscles) EXPECT_GE(m.nodes[model().structure(id).node].skin, 0) << id;
  size_t triangles = 0;
  for (const Mesh& mesh : m.meshes)
    for (const Primitive& p : mesh.primitives) triangles += p.triangleCount();
  EXPECT_LE(triangles, 450000u);  // issue 11
  EXPECT_GE(triangles, 100000u);  // smooth, not a low-poly diagram
}

TEST(ModelContents, ClosedStructuresAreWatertight) {
  for (const Structure& s : model().index().structures) {
    if (s.layer == "landmarks" || s.layer == "attachments" || s.layer == "joints") continue;
    const auto corners = model().triangles(s.id);
    std::map<std::pair<uint32_t, uint32_t>, int> edges;
    for (size_t t = 0; t + 2 < corners.size(); t += 3)
      for (int e = 0; e < 3; ++e) {
        const uint32_t a = corners[t + e], b = corners[t + (e + 1) % 3];
        ++edges[{std::min(a, b), std::max(a, b)}];
      }
    int open = 0;
    for (const auto& [edge, uses] : edges) open += uses % 2;
    EXPECT_EQ(open, 0) << s.id << " has edges on only one triangle";
  }
}

TEST(ModelContents, EveryStructureHasCompleteSourcedText) {
  const Content content = loadContentFile(contentPathFor(BundledModel::path()));
  std::set<std::string> ids;
  for (const Structure& s : model().index().structures) {
    ids.insert(s.id);
    SCOPED_TRACE(s.id);
    const StructureContent* c = content.find(s.id);
    ASSERT_NE(c, nullptr);
    EXPECT_FALSE(c->name.empty());
    EXPECT_FALSE(c->sources.empty());
    if (s.layer == "attachments") continue;
    EXPECT_FALSE(c->relations.empty());
    EXPECT_FALSE(c->clinical.empty());
    if (s.layer == "bones" || s.layer == "discs" || s.layer == "ligaments" || s.layer == "skin") {
      EXPECT_FALSE(c->latin.empty());
      EXPECT_FALSE(c->bloodSupply.empty());
      EXPECT_FALSE(c->variations.empty());
    }
    if (s.layer == "muscles") {
      for (const std::string* field : {&c->latin, &c->origin, &c->insertion, &c->innervation,
                                       &c->action, &c->bloodSupply, &c->variations})
        EXPECT_FALSE(field->empty());
    }
  }
  for (const auto& [id, text] : content.structures)
    EXPECT_TRUE(ids.count(id)) << id << " is not in the model";
  // Psoas minor is inconstant, and the panel says so.
  EXPECT_NE(content.find("psoas_minor_left")->variations.find("40-66%"), std::string::npos);
  EXPECT_FALSE(content.find("psoas_major_left")->popularClaims.empty());
}
}  // namespace pe::test
