// Exploring the bundled model (issue 4): picking finds each structure, looks through the
// translucent skin and ghosted layers, agrees with the brute-force test for the skinned
// muscles at rest and flexed; labels in the standard views do not overlap.
#include <gtest/gtest.h>

#include <memory>

#include "BundledModel.h"
#include "geometry/LabelAnchors.h"
#include "geometry/RayPick.h"
#include "io/ContentFile.h"
#include "pose/SceneBounds.h"
#include "scene/LabelLayout.h"
#include "scene/OrbitCamera.h"
#include "scene/StructureView.h"

namespace pe::test {
namespace {
const BundledModel& bundled() {
  return BundledModel::get();
}

struct Explorer {
  StructureView view;
  std::unique_ptr<ModelPicker> picker;
  Explorer() {
    view.reset(bundled().index());
    addSearchTerms(loadContentFile(contentPathFor(BundledModel::path())), view);  // names as shown
    picker = std::make_unique<ModelPicker>(bundled().model());
  }
  int pick(const Pose& pose, const glm::vec3& origin, const glm::vec3& dir) const {
    const auto appearance = view.nodeAppearance(bundled().model().nodes.size());
    const auto hit = picker->pick(pose, bundled().model().defaultScene, origin, dir, &appearance);
    return hit ? bundled().index().structureOfNode[hit->node] : -1;
  }
  std::string id(int s) const { return s < 0 ? "nothing" : bundled().index().structures[s].id; }
};

// World bounds centre of a structure, in metres.
glm::vec3 centreOf(const std::string& id) {
  const Structure& s = bundled().structure(id);
  const Bounds b = nodeBounds(bundled().model(), bundled().rest(), s.meshNodes);
  return 0.5f * (b.min + b.max);
}
}  // namespace

TEST(BundledExplore, PickingAtEachStructureReturnsIt) {
  Explorer e;
  const glm::vec3 directions[] = {{0, 0, -1}, {0, 0, 1},  {-1, 0, 0},
                                  {1, 0, 0},  {0, -1, 0}, {0, 1, 0}};
  int checked = 0;
  for (size_t s = 0; s < bundled().index().structures.size(); ++s) {
    const Structure& st = bundled().index().structures[s];
    // The skin is drawn see-through and is looked through by design (next test).
    if (st.meshNodes.empty() || st.layer == "attachments" || st.layer == "skin") continue;
    e.view.isolate({static_cast<int>(s)});
    // Aim at the surface point nearest the centre of its box (a curved rib misses its centre).
    const glm::vec3 centre = centreOf(st.id);
    glm::vec3 c = centre;
    float best = 1e9f;
    for (const glm::vec3& v : bundled().vertices(st.id, bundled().rest()))
      if (glm::length(v * 0.001f - centre) < best)
        best = glm::length(v * 0.001f - centre), c = v * 0.001f;
    int found = 0;
    for (const glm::vec3& d : directions) {
      const int hit = e.pick(bundled().rest(), c - d * 2.0f, d);
      if (hit < 0) continue;  // grazing rays can slip past a vertex
      EXPECT_EQ(e.id(hit), st.id);
      ++found;
    }
    EXPECT_GT(found, 0) << st.id << " was not found from any side";
    ++checked;
  }
  EXPECT_GE(checked, 30);
}

TEST(BundledExplore, PickingLooksThroughTheSkinAndGhostedLayers) {
  Explorer e;
  // The translucent skin covers everything; the femur shaft is found through it.
  const glm::vec3 shaft = centreOf("femur_left");
  EXPECT_EQ(e.id(e.pick(bundled().rest(), {shaft.x, shaft.y, 1.0f}, {0, 0, -1})), "femur_left");
  // From in front, the psoas is what a hand on the abdomen meets first ...
  const glm::vec3 psoas = centreOf("psoas_major_left");
  const int front = e.pick(bundled().rest(), {psoas.x, psoas.y, 1.0f}, {0, 0, -1});
  EXPECT_EQ(bundled().index().structures[front].layer, "muscles") << e.id(front);
  // ... once the abdominal wall and the gut, which the viewer starts hidden, are out of the way;
  // shown, the wall comes first, then the gut.
  EXPECT_TRUE(e.view.hiddenLayers().count("viscera"));
  EXPECT_TRUE(e.view.hiddenLayers().count("abdominal_wall"));
  e.view.showAll();
  const int wall = e.pick(bundled().rest(), {psoas.x, psoas.y, 1.0f}, {0, 0, -1});
  ASSERT_GE(wall, 0);
  EXPECT_EQ(bundled().index().structures[wall].layer, "abdominal_wall") << e.id(wall);
  e.view.setLayerVisible("abdominal_wall", false);
  const int gut = e.pick(bundled().rest(), {psoas.x, psoas.y, 1.0f}, {0, 0, -1});
  ASSERT_GE(gut, 0);
  EXPECT_EQ(bundled().index().structures[gut].layer, "viscera") << e.id(gut);
  e.view.setLayerVisible("viscera", false);
  // ... and with the muscles ghosted, the bone behind it.
  for (size_t s = 0; s < bundled().index().structures.size(); ++s)
    if (bundled().index().structures[s].layer == "muscles")
      e.view.setOpacity(static_cast<int>(s), 0.15f);
  const int behind = e.pick(bundled().rest(), {psoas.x, psoas.y, 1.0f}, {0, 0, -1});
  ASSERT_GE(behind, 0);
  EXPECT_EQ(bundled().index().structures[behind].layer, "bones") << e.id(behind);
}

TEST(BundledExplore, SkinnedMusclePickingMatchesTheBruteForceTestAtEveryPose) {
  Explorer e;
  e.view.isolate(
      {bundled().index().find("psoas_major_left"), bundled().index().find("iliacus_left")});
  const auto appearance = e.view.nodeAppearance(bundled().model().nodes.size());
  for (float degrees : {0.0f, 60.0f, 120.0f}) {
    const Pose pose = bundled().flexed(degrees);
    int hits = 0;
    for (int i = 0; i < 60; ++i) {
      const glm::vec3 target(0.06f + 0.002f * (i % 7), 0.1f - 0.005f * i, -0.05f);
      const glm::vec3 origin(0.3f, 0.05f, 0.4f);
      const glm::vec3 dir = glm::normalize(target - origin);
      const auto fast =
          e.picker->pick(pose, bundled().model().defaultScene, origin, dir, &appearance);
      const auto brute = pickRay(bundled().model(), pose, bundled().model().defaultScene, origin,
                                 dir, &appearance);
      ASSERT_EQ(fast.has_value(), brute.has_value()) << degrees << " deg, ray " << i;
      if (!fast) continue;
      ++hits;
      EXPECT_EQ(fast->node, brute->node);
      EXPECT_NEAR(fast->distance, brute->distance, 1e-5f);
    }
    EXPECT_GT(hits, 10) << degrees;
  }
}

namespace {
const glm::vec2 kLabelViewport(1600, 1000);

Bounds modelBounds() {
  return sceneBounds(bundled().model(), bundled().rest(), bundled().model().defaultScene);
}

// The camera framing the model in a preset view (widthShare: the part of the width it fills).
OrbitCamera presetCamera(ViewPreset preset, float widthShare) {
  OrbitCamera camera;
  camera.pose.orientation = viewPresetOrientation(preset);
  camera.pose = camera.framed(modelBounds(), kLabelViewport.x / kLabelViewport.y * widthShare);
  return camera;
}

// The structures the viewer would name in this view, with their anchors.
std::vector<LabelAnchor> namedIn(const Explorer& e, const OrbitCamera& camera) {
  static const auto targets = computeLabelTargets(bundled().model(), bundled().index());
  return computeLabelAnchors(bundled().model(), bundled().rest(), bundled().model().defaultScene,
                             e.view, camera, kLabelViewport, e.picker.get(), targets);
}
}  // namespace

TEST(BundledExplore, StandardViewsHaveNoOverlappingLabelsOrCrossingLines) {
  Explorer e;
  e.view.setLayerVisible("skin", false);
  for (ViewPreset preset : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left,
                            ViewPreset::Right, ViewPreset::Superior, ViewPreset::Inferior}) {
    const OrbitCamera camera = presetCamera(preset, 0.6f);
    const auto anchors = namedIn(e, camera);
    EXPECT_GE(anchors.size(), 8u) << viewPresetName(preset);
    std::vector<LabelRequest> requests;
    for (const LabelAnchor& a : anchors) {
      const float width =
          12.0f + 11.0f * static_cast<float>(e.view.index().structures[a.structure].name.size());
      requests.push_back({a.structure, a.screen, {width, 30.0f}});
    }
    LabelLayoutOptions options;
    const glm::vec2 range = projectedXRange(modelBounds(), camera, kLabelViewport);
    options.modelLeft = range.x;
    options.modelRight = range.y;
    const auto placed = layoutLabels(requests, kLabelViewport, options);
    EXPECT_FALSE(labelsOverlap(placed)) << viewPresetName(preset);
    EXPECT_FALSE(leaderLinesCross(placed)) << viewPresetName(preset);
    for (const LabelAnchor& a : anchors)
      EXPECT_NE(e.view.index().structures[a.structure].kind, "joint")
          << viewPresetName(preset) << ": " << e.view.index().structures[a.structure].id;
    RecordProperty(viewPresetName(preset),
                   std::to_string(placed.size()) + " of " + std::to_string(requests.size()));
  }
}

// Labels follow what is shown: landmarks are named with their layer on and not with it off.
TEST(BundledExplore, LabelsFollowLayerVisibility) {
  Explorer e;
  e.view.setLayerVisible("skin", false);
  const OrbitCamera camera = presetCamera(ViewPreset::Anterior, 1.0f);
  auto landmarksNamed = [&] {
    int n = 0;
    for (const LabelAnchor& a : namedIn(e, camera))
      n += e.view.index().structures[a.structure].layer == "landmarks";
    return n;
  };
  e.view.setLayerVisible("landmarks", true);
  EXPECT_GE(landmarksNamed(), 2);
  e.view.setLayerVisible("landmarks", false);
  EXPECT_EQ(landmarksNamed(), 0);
}
}  // namespace pe::test
