// Labels on real anatomy (the BodyParts3D reference in ../shared): in every standard view,
// visible structures get anchors on screen and their labels do not overlap.
#include <memory>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "geometry/LabelAnchors.h"
#include "io/GltfFile.h"
#include "pose/SceneBounds.h"
#include "scene/LabelLayout.h"

namespace pe {
namespace {
// The BodyParts3D reference with its structures, picker and label targets, built once.
struct RealAnatomy {
  Model model;
  Pose pose;
  StructureView view;
  std::unique_ptr<ModelPicker> picker;
  std::vector<LabelTarget> targets;
  Bounds bounds;

  // Built in place and never moved: the picker refers to the model.
  static const RealAnatomy& get() {
    static const std::unique_ptr<RealAnatomy> real = [] {
      auto r = std::make_unique<RealAnatomy>();
      r->model = loadGltfFile(test::sharedDir() + "/reference/bodyparts3d/region.glb");
      r->pose = restPose(r->model);
      r->view.reset(buildStructureIndex(r->model));
      r->picker = std::make_unique<ModelPicker>(r->model);
      r->targets = computeLabelTargets(r->model, r->view.index());
      r->bounds = sceneBounds(r->model, r->pose, r->model.defaultScene);
      return r;
    }();
    return *real;
  }
};

// Tests on the reference read it through these names; it is loaded once for all of them.
class RealAnatomyLabels : public testing::Test {
 protected:
  void SetUp() override {
    PE_REQUIRE_SHARED();
    real_ = &RealAnatomy::get();
  }
  const RealAnatomy* real_ = nullptr;
  const Model& model() const { return real_->model; }
  const Pose& pose() const { return real_->pose; }
  const StructureView& view() const { return real_->view; }
  const ModelPicker& picker() const { return *real_->picker; }
  const std::vector<LabelTarget>& targets() const { return real_->targets; }
  const Bounds& bounds() const { return real_->bounds; }
};
}  // namespace

TEST_F(RealAnatomyLabels, StandardViewsHaveNoOverlappingLabels) {
  const glm::vec2 viewport(1600, 1000);
  for (ViewPreset preset : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left,
                            ViewPreset::Right, ViewPreset::Superior, ViewPreset::Inferior}) {
    OrbitCamera camera;
    camera.pose.orientation = viewPresetOrientation(preset);
    camera.pose = camera.framed(bounds(), viewport.x / viewport.y * 0.6f);
    const auto anchors = computeLabelAnchors(model(), pose(), model().defaultScene, view(), camera,
                                             viewport, &picker(), targets());
    EXPECT_GE(anchors.size(), 5u) << viewPresetName(preset);
    std::vector<LabelRequest> requests;
    for (const LabelAnchor& a : anchors) {
      EXPECT_TRUE(a.screen.x >= 0 && a.screen.x <= viewport.x && a.screen.y >= 0 &&
                  a.screen.y <= viewport.y);
      // The boxes a 22 px font needs (about 11 px a character), padding included.
      const float width =
          12.0f + 11.0f * static_cast<float>(view().index().structures[a.structure].name.size());
      requests.push_back({a.structure, a.screen, {width, 30.0f}});
    }
    LabelLayoutOptions options;
    const glm::vec2 range = projectedXRange(bounds(), camera, viewport);
    options.modelLeft = range.x;
    options.modelRight = range.y;
    const auto placed = layoutLabels(requests, viewport, options);
    EXPECT_FALSE(labelsOverlap(placed)) << viewPresetName(preset);
    EXPECT_EQ(placed.size(), requests.size())
        << viewPresetName(preset) << ": labels had to be dropped";
  }
}

TEST(LabelAnchors, VisibleStructuresAreLabelledWhereTheyShow) {
  const Model model = loadGltfFile(test::writeLabelledModel(test::makeTempDir()));
  const Pose pose = restPose(model);
  StructureView view;
  view.reset(buildStructureIndex(model));
  const auto targets = computeLabelTargets(model, view.index());
  OrbitCamera camera;
  camera.pose.distance = 6;
  const glm::vec2 viewport(800, 600);
  auto anchors = computeLabelAnchors(model, pose, 0, view, camera, viewport, nullptr, targets);
  ASSERT_EQ(anchors.size(), 2u);
  for (const LabelAnchor& a : anchors) {
    const std::string id = view.index().structures[a.structure].id;
    // The muscle square spans the middle of the view; the bone's anchor must be on a part of
    // the bone that shows, outside it.
    const bool inMuscle =
        std::abs(a.screen.x - 400) < 90 && std::abs(a.screen.y - 300) < 90;  // 83 px half-size
    EXPECT_EQ(inMuscle, id == "psoas_major_left")
        << id << " at " << a.screen.x << "," << a.screen.y;
  }
  view.setStructureVisible(view.index().find("psoas_major_left"), false);
  anchors = computeLabelAnchors(model, pose, 0, view, camera, viewport, nullptr, targets);
  ASSERT_EQ(anchors.size(), 1u);
  EXPECT_EQ(view.index().structures[anchors[0].structure].id, "hip_bone_left");
  view.setLayerVisible("bones", false);
  EXPECT_TRUE(
      computeLabelAnchors(model, pose, 0, view, camera, viewport, nullptr, targets).empty());
}
}  // namespace pe

namespace pe {
TEST_F(RealAnatomyLabels, PickingAtEachAnchorPixelReturnsThatStructure) {
  const glm::vec2 viewport(1280, 800);
  int checked = 0;
  for (ViewPreset preset : {ViewPreset::Anterior, ViewPreset::Left, ViewPreset::Posterior}) {
    OrbitCamera camera;
    camera.pose.orientation = viewPresetOrientation(preset);
    camera.pose = camera.framed(bounds(), viewport.x / viewport.y);
    const auto appearance = view().nodeAppearance(model().nodes.size());
    for (const LabelAnchor& a : computeLabelAnchors(model(), pose(), model().defaultScene, view(),
                                                    camera, viewport, &picker(), targets())) {
      const glm::vec2 ndc(2.0f * a.screen.x / viewport.x - 1.0f,
                          1.0f - 2.0f * a.screen.y / viewport.y);
      auto hit = picker().pick(pose(), model().defaultScene, camera.eye(),
                               camera.rayDirection(ndc, viewport.x / viewport.y), &appearance);
      ASSERT_TRUE(hit) << view().index().structures[a.structure].name;
      EXPECT_EQ(view().index().structureOfNode[hit->node], a.structure)
          << viewPresetName(preset) << ": " << view().index().structures[a.structure].name;
      ++checked;
    }
  }
  EXPECT_GT(checked, 40);
}
}  // namespace pe
