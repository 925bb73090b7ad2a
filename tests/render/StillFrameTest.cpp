// The fast still frame (the edge filter) keeps the picture of the 4x multisampled frame it
// replaced, in the six standard views at the size a laptop shows; and the levels of detail a
// moving camera draws do not make the picture jump.
#include <gtest/gtest.h>

#include <cstdio>

#include "RenderHelpers.h"
#include "TestSupport.h"
#include "app/ModelLocator.h"
#include "io/GltfFile.h"
#include "scene/MeshOptimization.h"
#include "scene/StructureView.h"

namespace pe {
namespace {
constexpr int kWidth = 1920, kHeight = 1080;

RgbaImage draw(SceneRenderer& renderer, const PosedModel& posed, const OrbitCamera& camera,
               const RenderSettings& settings, bool moving, float scale = 1.0f) {
  const int w = static_cast<int>(kWidth * scale), h = static_cast<int>(kHeight * scale);
  RenderTarget target(w, h, settings.msaaSamples);
  renderer.setMoving(moving);
  target.bindForDrawing();
  renderer.render(posed.pose(), posed.scene(), camera, posed.currentBounds(), settings, w, h);
  renderer.finish(target, settings, !moving);
  return target.readPixels();
}

OrbitCamera presetCamera(const PosedModel& posed, ViewPreset preset) {
  OrbitCamera camera;
  camera.fovYDegrees = Settings().camera.fovDegrees;
  camera.pose.orientation = viewPresetOrientation(preset);
  camera.pose = camera.framed(posed.currentBounds(), static_cast<float>(kWidth) / kHeight);
  return camera;
}

std::unique_ptr<Model> bundledWithLevels() {
  auto model = std::make_unique<Model>(loadGltfFile(bundledModelPath()));
  buildDetailLevels(*model);
  return model;
}

// The renderer showing the model as the viewer opens it (footprints hidden, and so on).
void showAsOpened(SceneRenderer& renderer, const PosedModel& posed) {
  renderer.setModel(posed.model());
  StructureView view;
  view.reset(buildStructureIndex(*posed.model()));
  renderer.setAppearance(view.nodeAppearance(posed.model()->nodes.size()));
}
}  // namespace

// A white triangle with a slanted edge on a plain dark background: drawn without
// anti-aliasing it has two colours only; the edge filter puts intermediate shades along the
// slanted edge and leaves the inside and the background as they were.
TEST(StillFrame, EdgeFilterSmoothsEdgesAndLeavesTheRest) {
  auto model = std::make_unique<Model>();
  Material white;
  white.baseColorFactor = glm::vec4(1.0f);
  white.emissiveFactor = glm::vec3(1.0f);  // the same colour everywhere, whatever the light
  model->materials = {white};
  Primitive tri;
  tri.positions = {{-1, -1, 0}, {1, -0.6f, 0}, {-0.2f, 1, 0}};
  tri.normals.assign(3, {0, 0, 1});
  tri.indices = {0, 1, 2};
  for (const glm::vec3& p : tri.positions) tri.bounds.add(p);
  tri.material = 0;
  model->meshes.push_back(Mesh{"triangle", {tri}, {}, {}});
  model->nodes.push_back(Node{});
  model->nodes[0].mesh = 0;
  PosedModel posed(std::move(model));
  SceneRenderer renderer;
  renderer.setModel(posed.model());
  RenderSettings rs;
  rs.backgroundTop = rs.backgroundBottom = glm::vec3(0.1f);
  OrbitCamera camera;
  camera.pose = camera.framed(posed.currentBounds(), 1.0f);
  RenderTarget target(96, 96, 0);
  auto drawn = [&](bool smooth, bool filterOn) {
    RenderSettings s = rs;
    s.edgeFilter = filterOn;
    target.bindForDrawing();
    renderer.render(posed.pose(), posed.scene(), camera, posed.currentBounds(), s, 96, 96);
    renderer.finish(target, s, smooth);
    return target.readPixels();
  };
  const RgbaImage raw = drawn(false, true), filtered = drawn(true, true);
  EXPECT_EQ(test::compareImages(drawn(true, false), raw, 0).fractionOver, 0.0)
      << "render.edge_filter off: the frame is left as drawn";
  auto shades = [](const RgbaImage& image) {
    int between = 0;
    for (size_t i = 0; i < image.pixels.size(); i += 4)
      if (image.pixels[i] > 40 && image.pixels[i] < 215) ++between;
    return between;
  };
  EXPECT_EQ(shades(raw), 0) << "drawn without anti-aliasing: background or white only";
  EXPECT_GT(shades(filtered), 60) << "the slanted edges (about 250 pixels long) get shades";
  // Away from the edges nothing changes: the middle of the triangle and a background corner.
  for (auto [x, y] : {std::pair{40, 50}, std::pair{3, 3}, std::pair{92, 92}})
    for (int c = 0; c < 3; ++c)
      EXPECT_EQ(test::pixelAt(filtered, x, y)[c], test::pixelAt(raw, x, y)[c]) << x << "," << y;
}

TEST(StillFrame, KeepsThePictureOfFullDetailWithMultisampling) {
  if (bundledModelPath().empty()) GTEST_SKIP() << "bundled model not found";
  PosedModel posed(bundledWithLevels());
  SceneRenderer renderer;
  showAsOpened(renderer, posed);
  RenderSettings before;  // what still frames were until the edge filter
  before.msaaSamples = 4;
  const RenderSettings now;
  for (ViewPreset preset : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left,
                            ViewPreset::Right, ViewPreset::Superior, ViewPreset::Inferior}) {
    const OrbitCamera camera = presetCamera(posed, preset);
    const RgbaImage expected = draw(renderer, posed, camera, before, false);
    const RgbaImage actual = draw(renderer, posed, camera, now, false);
    const test::ImageDiff diff = test::compareImages(actual, expected, 3);
    std::printf("%-9s %.3f%% of pixels differ by more than 3, mean %.3f\n", viewPresetName(preset),
                100.0 * diff.fractionOver, diff.meanDifference);
    // The model's thin vessels and nerves (issue 11) are nearly all edge, where the edge
    // filter and multisampling differ by a few levels: up to 2% of pixels may, while the mean
    // and the severe-difference limits stay the reference ones.
    test::ImageTolerance tolerance;
    tolerance.outlierFraction = 0.02;
    EXPECT_EQ(test::toleranceProblem(actual, expected, tolerance), "") << viewPresetName(preset);
  }
}

// Popping: while the camera turns in small steps, the levels change with the distance; a
// change a user would notice shows as a jump between consecutive frames beyond what the
// motion itself makes. Consecutive moving frames must differ no more than the same steps drawn
// at full detail, and stopping (moving -> still) must stay within the reference tolerance of
// the full-detail still frame.
TEST(StillFrame, MovingFramesDoNotPop) {
  if (bundledModelPath().empty()) GTEST_SKIP() << "bundled model not found";
  PosedModel posed(bundledWithLevels());
  SceneRenderer renderer;
  showAsOpened(renderer, posed);
  RenderSettings full;
  full.detailPixels = 0.0f;
  full.movingDetailPixels = 0.0f;
  const RenderSettings now;
  OrbitCamera camera = presetCamera(posed, ViewPreset::Anterior);
  camera.pose.distance *= 0.6f;  // zoomed in, where levels change along the way
  double worstRatio = 0.0;
  RgbaImage previousMoving, previousFull;
  for (int step = 0; step < 12; ++step) {
    camera.orbit(0.02f, 0.005f);
    const RgbaImage moving = draw(renderer, posed, camera, now, true, 0.5f);
    const RgbaImage reference = draw(renderer, posed, camera, full, true, 0.5f);
    if (step > 0) {
      const double motion = test::compareImages(reference, previousFull, 24).fractionOver;
      const double jump = test::compareImages(moving, previousMoving, 24).fractionOver;
      worstRatio = std::max(worstRatio, jump / std::max(motion, 1e-4));
      EXPECT_LE(jump, motion * 1.25 + 0.002) << "step " << step;
    }
    previousMoving = moving;
    previousFull = reference;
  }
  std::printf("consecutive moving frames differ at most %.2fx what the motion makes\n", worstRatio);
  const RgbaImage still = draw(renderer, posed, camera, now, false);
  const RgbaImage lastMoving = draw(renderer, posed, camera, now, true);
  const RgbaImage fullStill = draw(renderer, posed, camera, full, false);
  EXPECT_EQ(test::toleranceProblem(still, fullStill), "");
  const test::ImageDiff settle = test::compareImages(lastMoving, still, 24);
  std::printf("the last moving frame differs from the still one on %.3f%% of pixels\n",
              100.0 * settle.fractionOver);
  EXPECT_LT(settle.fractionOver, 0.01);
}
}  // namespace pe
