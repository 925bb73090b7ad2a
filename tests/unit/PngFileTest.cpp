// PNG files for screenshots and reference images: what is written reads back the same, and an
// image that is not its stated size is refused with the file named, not written.
#include <gtest/gtest.h>

#include <filesystem>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/PngFile.h"

namespace pe {
TEST(PngFile, WrittenPixelsReadBackTheSame) {
  RgbaImage image{37, 21, {}};
  for (int i = 0; i < 37 * 21 * 4; ++i) image.pixels.push_back(static_cast<uint8_t>(i * 7 + i / 5));
  const std::string path = test::makeTempDir() + "/a.png";
  writePng(path, image);
  const RgbaImage back = readPng(path);
  EXPECT_EQ(back.width, 37);
  EXPECT_EQ(back.height, 21);
  EXPECT_EQ(back.pixels, image.pixels);
}

TEST(PngFile, AnImageNotItsStatedSizeIsRefused) {
  const std::string path = test::makeTempDir() + "/b.png";
  for (const RgbaImage& bad : {RgbaImage{4, 4, std::vector<uint8_t>(10)}, RgbaImage{0, 3, {}}}) {
    try {
      writePng(path, bad);
      ADD_FAILURE() << "no error";
    } catch (const FileError& e) {
      EXPECT_NE(std::string(e.what()).find(path), std::string::npos) << e.what();
    }
    EXPECT_FALSE(std::filesystem::exists(path));
  }
}
}  // namespace pe
