// Posing the bundled model renders real frames: at 90 degrees the femur points forward of the
// hip, at 120 degrees the muscles have no holes (under 1% of their pixels show a triangle's back),
// and --contraction tints the shortened muscles red and the lengthened ones blue.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "RenderHelpers.h"
#include "TestSupport.h"
#include "app/ModelLocator.h"
#include "io/GltfFile.h"
#include "scene/MeshOptimization.h"
#include "scene/StructureView.h"

namespace pe {
namespace {
std::string bundled() {
  return bundledModelPath();
}

RgbaImage shoot(std::vector<std::string> flags) {
  const std::string out = test::makeTempDir() + "/pose.png";
  std::vector<std::string> args = {bundled(), "--screenshot", out,   "--size",
                                   "400x300", "--view",       "left"};
  args.insert(args.end(), flags.begin(), flags.end());
  const test::CommandResult r = test::runApp(args);
  EXPECT_EQ(r.exitCode, 0) << r.output;
  return r.exitCode == 0 ? readPng(out) : RgbaImage{};
}

struct Extent {
  int left = 1 << 30, right = -1, top = 1 << 30, bottom = -1;
  double sumX = 0, sumY = 0;
  size_t count = 0;
  void add(int x, int y) {
    left = std::min(left, x), right = std::max(right, x), top = std::min(top, y),
    bottom = std::max(bottom, y);
    sumX += x, sumY += y, ++count;
  }
  double cx() const { return sumX / static_cast<double>(count); }
  double cy() const { return sumY / static_cast<double>(count); }
};

// The selection tint is a saturated warm yellow; plain bone is a pale grey-beige.
bool selectedBone(const uint8_t* p) {
  return p[0] > 110 && p[0] - p[2] > p[0] / 4;
}
bool plainBone(const uint8_t* p) {
  return p[0] > 110 && p[0] - p[2] < p[0] / 5;
}
bool red(const uint8_t* p) {
  return p[0] > 120 && p[0] > p[1] + 70 && p[0] > p[2] + 60;
}
bool blue(const uint8_t* p) {
  return p[2] > 110 && p[2] > p[0] + 40;
}
bool grey(const uint8_t* p) {
  return p[0] > 60 && std::abs(p[0] - p[2]) < p[0] / 6 && std::abs(p[0] - p[1]) < p[0] / 6;
}

size_t count(const RgbaImage& img, bool (*test)(const uint8_t*)) {
  size_t n = 0;
  for (int y = 0; y < img.height; ++y)
    for (int x = 0; x < img.width; ++x) n += test(test::pixelAt(img, x, y));
  return n;
}
}  // namespace

TEST(HipPoseRender, At90DegreesTheFemurPointsForward) {
  if (bundled().empty()) GTEST_SKIP() << "bundled model not found";
  // Left view: anterior is to the left of the image.
  for (const char* angle : {"0", "90"}) {
    const RgbaImage img = shoot({"--only", "femur_left,hip_bone_left", "--select", "femur_left",
                                 "--pose", std::string("hip_flexion_left=") + angle});
    ASSERT_GT(img.width, 0);
    Extent femur, hip;
    for (int y = 0; y < img.height; ++y)
      for (int x = 0; x < img.width; ++x) {
        const uint8_t* p = test::pixelAt(img, x, y);
        if (selectedBone(p))
          femur.add(x, y);
        else if (plainBone(p))
          hip.add(x, y);
      }
    ASSERT_GT(femur.count, 500u) << angle;
    ASSERT_GT(hip.count, 500u) << angle;
    const int femurWidth = femur.right - femur.left, femurHeight = femur.bottom - femur.top;
    std::printf("%s degrees: femur %dx%d px centred (%.0f, %.0f), hip bone centred (%.0f, %.0f)\n",
                angle, femurWidth, femurHeight, femur.cx(), femur.cy(), hip.cx(), hip.cy());
    if (std::string(angle) == "0") {
      EXPECT_GT(femurHeight, 3 * femurWidth) << "standing: the femur hangs down";
      EXPECT_GT(femur.cy(), hip.cy() + 0.3 * femurHeight)
          << "the femur's middle well below the pelvis";
    } else {
      EXPECT_GT(femurWidth, 3 * femurHeight) << "flexed 90: the femur lies horizontal";
      EXPECT_LT(femur.cx(), hip.cx() - 0.3 * femurWidth)
          << "its middle well in front of the pelvis";
      EXPECT_LT(femur.left, hip.left) << "the knee in front of everything";
    }
  }
}

TEST(HipPoseRender, MusclesAt120DegreesHaveNoHoles) {
  if (bundled().empty()) GTEST_SKIP() << "bundled model not found";
  // With simplified levels allowed in still views (render.detail_pixels): a skin bent this far
  // must be drawn whole, and no level must open.
  auto model = std::make_unique<Model>(loadGltfFile(bundled()));
  ASSERT_GT(buildDetailLevels(*model), 0u);
  PosedModel posed(std::move(model));
  posed.setHipFlexion(0, 120.0f);
  posed.setHipFlexion(1, 120.0f);
  StructureView view;
  view.reset(buildStructureIndex(*posed.model()));
  for (const auto& layer : view.index().layers) view.setLayerVisible(layer, layer == "muscles");
  Settings settings;
  settings.render.detailPixels = 0.5f;
  SceneRenderer renderer;
  renderer.setModel(posed.model());
  renderer.setAppearance(view.nodeAppearance(posed.model()->nodes.size()));
  for (ViewPreset preset : {ViewPreset::Left, ViewPreset::Anterior, ViewPreset::Inferior}) {
    RgbaImage frames[2];
    for (int culling = 0; culling < 2; ++culling) {
      settings.render.backfaceCulling = culling == 1;
      RenderTarget target(800, 600, settings.render.msaaSamples);
      OrbitCamera camera;
      camera.fovYDegrees = settings.camera.fovDegrees;
      camera.pose.orientation = viewPresetOrientation(preset);
      const Bounds bounds = posed.currentBounds();
      camera.pose = camera.framed(bounds, 800.0f / 600.0f);
      target.bindForDrawing();
      renderer.render(posed.pose(), posed.scene(), camera, bounds, settings.render, 800, 600);
      renderer.finish(target, settings.render, true);
      frames[culling] = target.readPixels();
    }
    // A hole, or a fold that turns a triangle's back to the viewer, shows the inside without
    // culling and what lies behind with it: the frames differ there. The skinning leaves a
    // small crease in the groin at 120 degrees (about half a percent of the muscles' pixels).
    const double covered = test::coveredFraction(frames[0]);
    const test::ImageDiff diff = test::compareImages(frames[0], frames[1], 40);
    std::printf(
        "view %d: muscles cover %.1f%% of the frame, %.3f%% of pixels differ with back faces "
        "culled\n",
        static_cast<int>(preset), 100.0 * covered, 100.0 * diff.fractionOver);
    EXPECT_GT(covered, 0.01);
    EXPECT_LT(diff.fractionOver, 0.01 * covered) << "view " << static_cast<int>(preset);
  }
}

TEST(HipPoseRender, ContractionTintsShortMusclesRedAndLongOnesBlue) {
  if (bundled().empty()) GTEST_SKIP() << "bundled model not found";
  const std::vector<std::string> muscles = {"--only",
                                            "psoas_major_left,iliacus_left,psoas_minor_left"};
  auto with = [&](std::vector<std::string> more) {
    std::vector<std::string> flags = muscles;
    flags.insert(flags.end(), more.begin(), more.end());
    return shoot(flags);
  };
  const RgbaImage standing = with({"--contraction"});
  const RgbaImage flexed = with({"--contraction", "--pose", "hip_flexion_left=120"});
  const RgbaImage plainFlexed = with({"--pose", "hip_flexion_left=120"});
  const RgbaImage extended = with({"--contraction", "--pose", "hip_flexion_left=-20"});
  const size_t covered =
      static_cast<size_t>(test::coveredFraction(flexed) * flexed.width * flexed.height);
  ASSERT_GT(covered, 1000u);
  std::printf(
      "red pixels: standing %zu, flexed %zu (untinted %zu); blue extended %zu of about %zu "
      "covered\n",
      count(standing, red), count(flexed, red), count(plainFlexed, red), count(extended, blue),
      covered);
  EXPECT_GT(count(flexed, red), covered / 3) << "iliacus and psoas shorten by 18-40%";
  EXPECT_LT(count(standing, red), covered / 20) << "standing: neutral grey";
  EXPECT_GT(count(plainFlexed, red), covered / 3) << "untinted muscles are red too, but...";
  EXPECT_LT(count(plainFlexed, grey), covered / 20);
  EXPECT_GT(count(standing, grey), covered / 2) << "...tinted at standing length they are grey";
  EXPECT_GT(count(extended, blue), covered / 5) << "both lengthen in extension";
  EXPECT_LT(count(standing, blue), covered / 50);
}

// The body build with a pose and a cut together, as a palpation step would set them: the skin
// moves between the lean and the heavy build, the muscles under it stay where they are.
TEST(HipPoseRender, TheBuildMovesTheSkinAndNothingElse) {
  if (bundled().empty()) GTEST_SKIP() << "bundled model not found";
  auto with = [&](const char* build, const char* layers) {
    return shoot({"--habitus", build, "--pose", "hip_flexion_left=45,hip_flexion_right=45",
                  "--clip", "sagittal:0.09", "--camera", "90,0,1.4", "--layers", layers});
  };
  const RgbaImage lean = with("-1", "skin,bones"), heavy = with("1", "skin,bones");
  const RgbaImage leanMuscles = with("-1", "muscles"), heavyMuscles = with("1", "muscles");
  const test::ImageDiff skin = test::compareImages(heavy, lean, 8);
  std::printf("lean and heavy skin differ on %.2f%% of pixels\n", 100.0 * skin.fractionOver);
  EXPECT_GT(skin.fractionOver, 0.01);
  EXPECT_EQ(test::toleranceProblem(heavyMuscles, leanMuscles), "");
  // The average build needs no builds: any model draws with --habitus 0 (a render test, as
  // drawing leaves Mesa's allocations that the robustness suite's leak check would report).
  const std::string plain = test::writeLabelledModel(test::makeTempDir());
  const test::CommandResult r =
      test::runApp({plain, "--screenshot", test::makeTempDir() + "/plain.png", "--habitus", "0"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
}
}  // namespace pe
