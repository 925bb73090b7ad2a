// The reference-image tolerance lets anti-aliasing noise through and catches a picture that a
// person would see as different: points drawn in the wrong colour or not at all, a small patch.
#include <gtest/gtest.h>

#include <random>

#include "TestSupport.h"
#include "core/Error.h"

namespace pe {
namespace {
RgbaImage reference() {
  return readPng(std::string(PE_TEST_DIR) + "/reference/primitive_modes.png");
}

// Pixels that are not background (they differ from the left-most pixel of their row).
std::vector<size_t> drawnPixels(const RgbaImage& image) {
  std::vector<size_t> out;
  for (int y = 0; y < image.height; ++y)
    for (int x = 1; x < image.width; ++x) {
      const size_t p = size_t(y) * image.width + x, row = size_t(y) * image.width;
      int d = 0;
      for (int c = 0; c < 3; ++c)
        d = std::max(d, std::abs(image.pixels[p * 4 + c] - image.pixels[row * 4 + c]));
      if (d > 40) out.push_back(p);
    }
  return out;
}

// Repaints 2 x 2 spots at every `stride`-th drawn pixel: in red, or as the row's background.
RgbaImage withSpots(const RgbaImage& image, size_t stride, bool red) {
  RgbaImage out = image;
  const auto drawn = drawnPixels(image);
  for (size_t i = 0; i < drawn.size(); i += stride) {
    const int x0 = int(drawn[i] % image.width), y0 = int(drawn[i] / image.width);
    for (int y = y0; y < std::min(y0 + 2, image.height); ++y)
      for (int x = x0; x < std::min(x0 + 2, image.width); ++x) {
        uint8_t* p = &out.pixels[(size_t(y) * image.width + x) * 4];
        const uint8_t* bg = &image.pixels[size_t(y) * image.width * 4];
        for (int c = 0; c < 3; ++c) p[c] = red ? (c == 0 ? 255 : 0) : bg[c];
      }
  }
  return out;
}
}  // namespace

TEST(ImageTolerance, AntiAliasingNoisePasses) {
  const RgbaImage ref = reference();
  RgbaImage noisy = ref;
  std::mt19937 random(3);
  std::uniform_int_distribution<int> pick(0, 199), channel(0, 2);
  for (size_t i = 0; i < noisy.pixels.size(); i += 4) {
    const int roll = pick(random), c = channel(random);
    int v = noisy.pixels[i + c];
    if (roll < 60)
      v += 1;  // 30%: rounded one level apart
    else if (roll == 60)
      v += 30;  // 0.5%: an edge covered a little differently
    noisy.pixels[i + c] = uint8_t(std::clamp(v, 0, 255));
  }
  EXPECT_EQ(test::toleranceProblem(noisy, ref), "");
}

TEST(ImageTolerance, APictureThatLooksDifferentFails) {
  const RgbaImage ref = reference();
  const size_t drawn = drawnPixels(ref).size();
  ASSERT_GT(drawn, 500u);
  // Spots on about 0.4% of the image: under the 1% outlier allowance, yet plainly wrong.
  const size_t stride = std::max<size_t>(1, drawn * 4 / (ref.width * ref.height * 4 / 1000));
  for (bool red : {true, false}) {
    const RgbaImage spotted = withSpots(ref, stride, red);
    const test::ImageDiff d = test::compareImages(spotted, ref, 3);
    EXPECT_LT(d.fractionOver, 0.01) << "the old rule alone would have passed this";
    EXPECT_NE(test::toleranceProblem(spotted, ref), "")
        << (red ? "points drawn red" : "points not drawn");
  }
  // One 5 x 5 patch (0.08% of the image) in the wrong colour.
  RgbaImage patch = ref;
  for (int y = 60; y < 65; ++y)
    for (int x = 90; x < 95; ++x) patch.pixels[(size_t(y) * ref.width + x) * 4 + 1] ^= 0xC0;
  EXPECT_NE(test::toleranceProblem(patch, ref), "") << "a patch";
  RgbaImage other = ref;
  other.width += 1;
  EXPECT_NE(test::toleranceProblem(other, ref), "") << "another size";
}
}  // namespace pe
