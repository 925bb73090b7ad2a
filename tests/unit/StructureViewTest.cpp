#include <gtest/gtest.h>

#include "TestSupport.h"
#include "geometry/RayPick.h"
#include "io/GltfFile.h"
#include "scene/StructureView.h"

namespace pe {
namespace {
struct Labelled {
  Model model;
  StructureView view;
};
Labelled load() {
  Labelled l{loadGltfFile(test::writeLabelledModel(test::makeTempDir())), {}};
  l.view.reset(buildStructureIndex(l.model));
  return l;
}
}  // namespace

TEST(StructureView, IndexReadsIdsLayersAndSidesFromExtras) {
  Labelled l = load();
  const StructureIndex& index = l.view.index();
  ASSERT_EQ(index.structures.size(), 4u);
  const Structure& bone = index.structures[index.find("hip_bone_left")];
  EXPECT_EQ(bone.name, "Hip bone");
  EXPECT_EQ(bone.layer, "bones");
  EXPECT_EQ(bone.side, "left");
  EXPECT_EQ(bone.meshNodes, (std::vector<int>{0, 2}));  // the unlabelled child belongs to it
  EXPECT_EQ(index.layers, (std::vector<std::string>{"bones", "muscles", "attachments"}));
  const Structure& origin = index.structures[index.find("psoas_major_left_origin")];
  EXPECT_EQ(origin.muscle, "psoas_major_left");
  EXPECT_EQ(origin.role, "origin");
  EXPECT_EQ(origin.name, "L1-L5 transverse processes");
  EXPECT_EQ(index.find("nothing"), -1);
}

TEST(StructureView, UnlabelledModelsStillListEveryMesh) {
  Model m;
  m.nodes.resize(2);
  m.nodes[0].mesh = 0;
  m.nodes[0].name = "Femur";
  m.nodes[1].mesh = 0;
  StructureIndex index = buildStructureIndex(m);
  ASSERT_EQ(index.structures.size(), 2u);
  EXPECT_EQ(index.structures[0].name, "Femur");
  EXPECT_EQ(index.structures[1].id, "node 1");
  EXPECT_EQ(index.layers, std::vector<std::string>{"unlabelled"});
}

TEST(StructureView, LayersSidesIsolationAndGhostResolvePerNode) {
  Labelled l = load();
  const int bone = l.view.index().find("hip_bone_left"),
            muscle = l.view.index().find("psoas_major_left");
  l.view.setLayerVisible("muscles", false);
  auto a = l.view.nodeAppearance(l.model.nodes.size());
  EXPECT_TRUE(a[0].visible);
  EXPECT_FALSE(a[1].visible);
  EXPECT_TRUE(a[2].visible);  // child mesh follows its structure
  l.view.showAll();
  l.view.setSideVisible("left", false);
  EXPECT_FALSE(l.view.shown(bone));
  l.view.showAll();
  l.view.isolate({muscle});
  EXPECT_FALSE(l.view.shown(bone));
  EXPECT_TRUE(l.view.shown(muscle));
  l.view.showAll();
  l.view.ghost = true;
  l.view.selected = bone;
  a = l.view.nodeAppearance(l.model.nodes.size());
  EXPECT_FLOAT_EQ(a[0].opacity, 1.0f);
  EXPECT_TRUE(a[0].selected);
  EXPECT_LT(a[1].opacity, 0.5f);
}

// A layer whose structures all say "start_hidden" starts hidden, comes back with Show all, and
// a view's reset to the defaults hides it again; other layers are shown.
TEST(StructureView, LayersTheModelStartsHiddenStayHiddenUntilShown) {
  Labelled l = load();
  const int muscle = l.view.index().find("psoas_major_left");
  StructureIndex index = l.view.index();
  index.structures[static_cast<size_t>(muscle)].startHidden = true;
  l.view.reset(index);
  EXPECT_FALSE(l.view.layerVisible("muscles"));
  EXPECT_FALSE(l.view.shown(muscle));
  EXPECT_TRUE(l.view.layerVisible("bones"));
  l.view.showAll();
  EXPECT_TRUE(l.view.shown(muscle));
  l.view.resetDisplay();
  EXPECT_FALSE(l.view.shown(muscle));
  l.view.setLayerVisible("muscles", true);
  EXPECT_TRUE(l.view.shown(muscle));
}

TEST(StructureView, SearchMatchesIdsAndNamesIgnoringCase) {
  Labelled l = load();
  EXPECT_EQ(l.view.search("PSOAS").size(), 3u);  // the muscle and its two footprints
  EXPECT_EQ(l.view.search("left").size(), 4u);
  EXPECT_EQ(l.view.search("trochanter").size(), 1u);  // a footprint's site
  EXPECT_TRUE(l.view.search("").empty());
}

TEST(StructureView, PickingSeesThroughHiddenAndGhostedStructures) {
  Labelled l = load();
  const Pose pose = restPose(l.model);
  const glm::vec3 eye(0, 0, 5), down(0, 0, -1);
  auto front = pickRay(l.model, pose, 0, eye, down);
  ASSERT_TRUE(front);
  EXPECT_EQ(front->node, 1);  // the muscle is in front
  l.view.ghost = true;
  l.view.selected = l.view.index().find("hip_bone_left");
  auto appearance = l.view.nodeAppearance(l.model.nodes.size());
  auto behind = pickRay(l.model, pose, 0, eye, down, &appearance);
  ASSERT_TRUE(behind);
  EXPECT_EQ(behind->node, 0);  // through the ghosted muscle to the bone
  l.view.ghost = false;
  l.view.setStructureVisible(l.view.index().find("hip_bone_left"), false);
  l.view.setStructureVisible(l.view.index().find("psoas_major_left"), false);
  appearance = l.view.nodeAppearance(l.model.nodes.size());
  EXPECT_FALSE(pickRay(l.model, pose, 0, eye, down, &appearance));
}
}  // namespace pe

namespace pe {
TEST(StructureView, FootprintsShowWithTheirMuscleInTwoColours) {
  Model model = loadGltfFile(test::writeLabelledModel(test::makeTempDir()));
  StructureView view;
  view.reset(buildStructureIndex(model));
  const int origin = view.index().find("psoas_major_left_origin");
  const int insertion = view.index().find("psoas_major_left_insertion");
  EXPECT_FALSE(view.shown(origin)) << "hidden until their muscle is selected";
  view.selected = view.index().find("psoas_major_left");
  EXPECT_TRUE(view.shown(origin));
  EXPECT_TRUE(view.shown(insertion));
  EXPECT_EQ(view.attachmentsOfMuscle("psoas_major_left"), (std::vector<int>{origin, insertion}));
  const auto a = view.nodeAppearance(model.nodes.size());
  const int originNode = view.index().structures[origin].node;
  const int insertionNode = view.index().structures[insertion].node;
  // Okabe and Ito's blue (0, 114, 178) and orange (230, 159, 0), written out here so that a
  // change of the constants fails.
  EXPECT_LT(glm::length(glm::vec3(a[originNode].tint) - glm::vec3(0, 114, 178) / 255.0f), 0.003f);
  EXPECT_LT(glm::length(glm::vec3(a[insertionNode].tint) - glm::vec3(230, 159, 0) / 255.0f),
            0.003f);
  EXPECT_TRUE(a[originNode].onSurface);
  view.selected = view.index().find("hip_bone_left");
  EXPECT_FALSE(view.shown(origin));
  view.attachments = AttachmentDisplay::All;
  EXPECT_TRUE(view.shown(origin));
}
}  // namespace pe
