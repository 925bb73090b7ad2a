// The app as its own render-test driver: --screenshot writes the PNG asked for and exits 0.
#include <gtest/gtest.h>

#include "TestSupport.h"

namespace pe {
TEST(ScreenshotCommand, WritesAPngOfTheRequestedSizeAndView) {
  PE_REQUIRE_SHARED();
  const std::string dir = test::makeTempDir();
  const std::string fox = test::sharedDir() + "/gltf-samples/Fox/glTF-Binary/Fox.glb";
  test::CommandResult anterior = test::runApp(
      {fox, "--screenshot", dir + "/a.png", "--size", "320x240", "--view", "anterior"});
  ASSERT_EQ(anterior.exitCode, 0) << anterior.output;
  test::CommandResult left =
      test::runApp({fox, "--screenshot", dir + "/l.png", "--size", "320x240", "--view", "left",
                    "--animation", "Walk", "--time", "0.3"});
  ASSERT_EQ(left.exitCode, 0) << left.output;
  RgbaImage a = readPng(dir + "/a.png"), l = readPng(dir + "/l.png");
  EXPECT_EQ(a.width, 320);
  EXPECT_EQ(a.height, 240);
  EXPECT_GT(test::coveredFraction(a), 0.01);
  // A fox seen from the front is narrow; from the side it is long.
  EXPECT_GT(test::coveredFraction(l), 1.5 * test::coveredFraction(a));
}

TEST(ScreenshotCommand, NeedsNoDisplay) {
  PE_REQUIRE_SHARED();
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r =
      test::runApp({test::sharedDir() + "/gltf-samples/BoxAnimated/glTF-Binary/BoxAnimated.glb",
                    "--screenshot", out, "--size", "64x64"},
                   "env -u DISPLAY -u WAYLAND_DISPLAY");
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_GT(test::coveredFraction(readPng(out)), 0.01);
}

TEST(ScreenshotCommand, UnwritableOutputIsAClearError) {
  PE_REQUIRE_SHARED();
  test::CommandResult r =
      test::runApp({test::sharedDir() + "/gltf-samples/BoxAnimated/glTF-Binary/BoxAnimated.glb",
                    "--screenshot", "/nonexistent-dir/x.png", "--size", "64x64"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("/nonexistent-dir/x.png"), std::string::npos) << r.output;
}
}  // namespace pe
