#include "io/GlbContainer.h"

#include <cstdint>
#include <cstring>

#include "core/Error.h"

namespace pe {
namespace {
constexpr uint32_t kMagic = 0x46546C67;      // "glTF"
constexpr uint32_t kJsonChunk = 0x4E4F534A;  // "JSON"
constexpr uint32_t kBinChunk = 0x004E4942;   // "BIN\0"

uint32_t readU32(const std::string& b, size_t at) {
  uint32_t v;
  std::memcpy(&v, b.data() + at, 4);
  return v;
}
}  // namespace

bool looksLikeGlb(const std::string& bytes) {
  return bytes.size() >= 4 && readU32(bytes, 0) == kMagic;
}

void checkGlbContainer(const std::string& bytes, const std::string& path) {
  auto fail = [&](const std::string& why) { throw FileError(path, "broken GLB: " + why); };
  if (bytes.size() < 12) fail("file ends inside the 12-byte header");
  if (readU32(bytes, 0) != kMagic) fail("wrong magic number (not a GLB file)");
  if (readU32(bytes, 4) != 2) fail("version " + std::to_string(readU32(bytes, 4)) + ", expected 2");
  const uint32_t total = readU32(bytes, 8);
  if (total < 20) fail("declared length " + std::to_string(total) + " is too small");
  // Bytes past the declared length are ignored (the validator only warns about them).
  if (total > bytes.size())
    fail("declared length " + std::to_string(total) + " is more than the file size " +
         std::to_string(bytes.size()));
  size_t at = 12;
  int chunkIndex = 0;
  bool haveBin = false;
  while (at < total) {
    if (total - at < 8) fail("file ends inside a chunk header");
    const uint32_t length = readU32(bytes, at);
    const uint32_t type = readU32(bytes, at + 4);
    at += 8;
    if (length > total - at) fail("chunk " + std::to_string(chunkIndex) + " runs past the end");
    if (length % 4 != 0) fail("chunk " + std::to_string(chunkIndex) + " length is not 4-aligned");
    if (chunkIndex == 0) {
      if (type != kJsonChunk) fail("the first chunk is not JSON");
      if (length == 0) fail("the JSON chunk is empty");
    } else if (type == kJsonChunk) {
      fail("more than one JSON chunk");
    } else if (type == kBinChunk) {
      if (chunkIndex != 1) fail("the BIN chunk must directly follow the JSON chunk");
      if (haveBin) fail("more than one BIN chunk");
      haveBin = true;
    }
    // Chunks of unknown type after the first are skipped, as the spec allows.
    at += length;
    ++chunkIndex;
  }
}
}  // namespace pe
