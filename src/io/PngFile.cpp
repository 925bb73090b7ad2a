#include "io/PngFile.h"

#include <cstdlib>

#include <stb_image.h>
#include <stb_image_write.h>

#include "core/AtomicFile.h"
#include "core/Error.h"

namespace pe {
namespace {
void appendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::string*>(context);
  out->append(static_cast<const char*>(data), static_cast<size_t>(size));
}
}  // namespace

void writePng(const std::string& path, const RgbaImage& image) {
  std::string encoded;
  if (!stbi_write_png_to_func(&appendBytes, &encoded, image.width, image.height, 4,
                              image.pixels.data(), image.width * 4))
    throw FileError(path, "cannot encode PNG");
  writeFileAtomically(path, encoded);
}

RgbaImage readPng(const std::string& path) {
  const std::string bytes = readWholeFile(path, size_t(1) << 28);
  int w = 0, h = 0, comp = 0;
  unsigned char* data = stbi_load_from_memory(reinterpret_cast<const unsigned char*>(bytes.data()),
                                              static_cast<int>(bytes.size()), &w, &h, &comp, 4);
  if (!data) throw FileError(path, std::string("not a readable image: ") + stbi_failure_reason());
  RgbaImage image{w, h, std::vector<uint8_t>(data, data + static_cast<size_t>(w) * h * 4)};
  stbi_image_free(data);
  return image;
}
}  // namespace pe
