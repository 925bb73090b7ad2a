// PNG files for screenshots and reference images.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace pe {
struct RgbaImage {
  int width = 0;
  int height = 0;
  std::vector<uint8_t> pixels;  // top row first, 4 bytes per pixel
};

// Writes atomically; throws FileError on failure.
void writePng(const std::string& path, const RgbaImage& image);
// Throws FileError when the file is missing or not a readable PNG.
RgbaImage readPng(const std::string& path);
}  // namespace pe
