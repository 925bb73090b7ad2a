// Every step of the guided palpation renders from the command line (--palpation STEP
// --screenshot) on the bundled model, with its marks drawn over the view: the ASIS ring (cyan)
// from the step that finds it, the navel's level and the 2.5 cm (yellow), the muscle's point
// moving as the foot lifts (magenta), on both sides; each step shows its own view.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

#include "TestSupport.h"
#include "io/PngFile.h"

namespace pe {
namespace {
// Pixels within `tolerance` of a colour in every channel.
int pixelsNear(const RgbaImage& image, int r, int g, int b, int tolerance = 24) {
  int n = 0;
  for (size_t i = 0; i + 3 < image.pixels.size(); i += 4)
    n += std::abs(image.pixels[i] - r) <= tolerance &&
         std::abs(image.pixels[i + 1] - g) <= tolerance &&
         std::abs(image.pixels[i + 2] - b) <= tolerance;
  return n;
}

RgbaImage step(const std::string& dir, const std::string& name,
               const std::vector<std::string>& more = {}) {
  const std::string png = dir + "/" + name + ".png";
  std::vector<std::string> args = {"--palpation", name, "--screenshot", png, "--size", "480x360"};
  args.insert(args.end(), more.begin(), more.end());
  const test::CommandResult r = test::runApp(args);
  EXPECT_EQ(r.exitCode, 0) << name << ": " << r.output;
  EXPECT_NE(r.output.find("palpation step " + name), std::string::npos) << r.output;
  return readPng(png);
}
}  // namespace

TEST(PalpationRender, EveryStepRendersWithItsMarks) {
  const std::string dir = test::makeTempDir();
  const char* steps[] = {"position", "find_asis", "navel_level", "the_point", "press",
                         "safety",   "confirm",   "release",     "cautions"};
  std::vector<RgbaImage> images;
  for (const char* name : steps) {
    images.push_back(step(dir, name));
    EXPECT_GT(test::coveredFraction(images.back()), 0.2) << name << ": the body fills the view";
  }
  const int cyan[] = {80, 220, 255}, yellow[] = {255, 225, 80}, magenta[] = {255, 80, 220};
  auto count = [&](int i, const int* c) { return pixelsNear(images[size_t(i)], c[0], c[1], c[2]); };
  // Position: no marks yet. Find the ASIS: its ring. The navel and the point: the level, the
  // distance below it and the 2.5 cm, in yellow.
  EXPECT_LT(count(0, cyan), 10);
  EXPECT_LT(count(0, yellow), 10);
  EXPECT_GT(count(1, cyan), 40);
  EXPECT_GT(count(2, yellow), 40);
  EXPECT_GT(count(3, yellow), 40);
  EXPECT_LT(count(0, magenta), 10);
  // Each step shows its own view.
  for (size_t i = 0; i + 1 < images.size(); ++i) {
    const test::ImageDiff d = test::compareImages(images[i], images[i + 1], 32);
    EXPECT_GT(d.fractionOver, 0.1) << steps[i] << " and " << steps[i + 1] << " look alike";
  }
}

TEST(PalpationRender, TheLiftMovesThePsoasUnderTheFingerOnBothSides) {
  const std::string dir = test::makeTempDir();
  for (const char* side : {"left", "right"}) {
    const RgbaImage lifted = step(dir, "confirm", {"--side", side, "--angle", "30"});
    EXPECT_GT(pixelsNear(lifted, 255, 80, 220), 30) << side << ": the muscle's path shown";
    const RgbaImage asis = step(dir, "find_asis", {"--side", side});
    EXPECT_GT(pixelsNear(asis, 80, 220, 255), 40) << side;
  }
  // The heavy build at the press step: still the first muscle, deeper (the report on stderr).
  const std::string png = dir + "/heavy.png";
  const test::CommandResult heavy = test::runApp(
      {"--palpation", "press", "--habitus", "1", "--screenshot", png, "--size", "320x240"});
  EXPECT_EQ(heavy.exitCode, 0) << heavy.output;
  EXPECT_NE(heavy.output.find("first muscle iliacus_left"), std::string::npos) << heavy.output;
}
}  // namespace pe
