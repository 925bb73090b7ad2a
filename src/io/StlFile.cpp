#include "io/StlFile.h"

#include <cmath>
#include <cstdint>
#include <cstring>

#include "core/AtomicFile.h"
#include "core/Error.h"

namespace pe {
TriangleMesh loadStlFile(const std::string& path) {
  const std::string bytes = readWholeFile(path, size_t(1) << 30);
  if (bytes.size() < 84) throw FileError(path, "too short for a binary STL (84-byte header)");
  uint32_t count;
  std::memcpy(&count, bytes.data() + 80, 4);
  if (bytes.size() != 84 + size_t(count) * 50) {
    if (bytes.rfind("solid", 0) == 0)
      throw FileError(path, "ASCII STL is not supported; save it as binary STL");
    throw FileError(path, "binary STL declares " + std::to_string(count) + " triangles but has " +
                              std::to_string(bytes.size()) + " bytes");
  }
  TriangleMesh mesh;
  mesh.corners.resize(size_t(count) * 3);
  for (uint32_t t = 0; t < count; ++t) {
    const char* record = bytes.data() + 84 + size_t(t) * 50 + 12;  // skip the facet normal
    for (int k = 0; k < 3; ++k) {
      float v[3];
      std::memcpy(v, record + 12 * k, 12);
      if (!std::isfinite(v[0]) || !std::isfinite(v[1]) || !std::isfinite(v[2]))
        throw FileError(path, "triangle " + std::to_string(t) + " has a NaN or infinite vertex");
      mesh.corners[size_t(t) * 3 + k] = {v[0], v[1], v[2]};
    }
  }
  return mesh;
}
}  // namespace pe
