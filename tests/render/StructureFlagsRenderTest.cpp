// The structure options of --screenshot change real frames: hidden structures leave their
// pixels to what lies behind, --only leaves one structure, ghosting lets the selection show.
#include <gtest/gtest.h>

#include "RenderHelpers.h"
#include "TestSupport.h"

namespace pe {
namespace {
struct Shot {
  RgbaImage image;
  const uint8_t* center() const { return test::pixelAt(image, image.width / 2, image.height / 2); }
  // Inside the bone plate but outside the muscle in front of it.
  const uint8_t* boneOnly() const {
    return test::pixelAt(image, image.width / 2 + image.width / 4, image.height / 2);
  }
};

Shot shoot(const std::string& model, std::vector<std::string> flags) {
  const std::string out = test::makeTempDir() + "/shot.png";
  std::vector<std::string> args = {model, "--screenshot", out, "--size", "200x200"};
  args.insert(args.end(), flags.begin(), flags.end());
  test::CommandResult r = test::runApp(args);
  EXPECT_EQ(r.exitCode, 0) << r.output;
  return {r.exitCode == 0 ? readPng(out) : RgbaImage{}};
}

bool reddish(const uint8_t* p) {
  return p[0] > p[1] + 60;
}
bool boneColoured(const uint8_t* p) {
  return p[0] > 120 && std::abs(p[0] - p[1]) < 30;
}
bool background(const uint8_t* p, const RgbaImage& img) {
  const uint8_t* corner = test::pixelAt(img, 0, img.height / 2);
  return std::abs(p[0] - corner[0]) < 6 && std::abs(p[1] - corner[1]) < 6;
}
}  // namespace

TEST(StructureFlagsRender, HidingShowsWhatLiesBehind) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  Shot all = shoot(model, {});
  ASSERT_FALSE(all.image.pixels.empty());
  EXPECT_TRUE(reddish(all.center())) << "the muscle is in front at the centre";
  EXPECT_TRUE(boneColoured(all.boneOnly()));
  Shot hidden = shoot(model, {"--hide", "psoas_major_left"});
  EXPECT_TRUE(boneColoured(hidden.center())) << "the bone behind appears";
  Shot layers = shoot(model, {"--layers", "bones"});
  EXPECT_TRUE(boneColoured(layers.center()));
}

TEST(StructureFlagsRender, OnlyLeavesThatStructure) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  Shot only = shoot(model, {"--only", "psoas_major_left"});
  EXPECT_TRUE(reddish(only.center()));
  EXPECT_TRUE(background(only.boneOnly(), only.image)) << "the bone is gone";
}

TEST(StructureFlagsRender, GhostKeepsTheSelectionVisibleThroughFadedLayers) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  Shot plain = shoot(model, {});
  Shot ghost = shoot(model, {"--ghost", "--select", "hip_bone_left"});
  // At the centre the faded muscle now lets the selected bone through.
  EXPECT_FALSE(reddish(ghost.center()));
  EXPECT_GT(ghost.center()[1], plain.center()[1] + 60);
}

TEST(StructureFlagsRender, UnknownIdsAndLayersAreErrorsNamingThem) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r = test::runApp({model, "--screenshot", out, "--hide", "spleen"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no structure with id 'spleen'"), std::string::npos) << r.output;
  r = test::runApp({model, "--screenshot", out, "--layers", "organs"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no layer 'organs'"), std::string::npos) << r.output;
}
}  // namespace pe
