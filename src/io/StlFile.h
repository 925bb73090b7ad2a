// Binary STL meshes (the BodyParts3D reference is stored this way).
#pragma once
#include <string>

#include "scene/TriangleMesh.h"

namespace pe {
// Throws FileError naming the file when it is missing, ASCII, truncated or has NaN vertices.
TriangleMesh loadStlFile(const std::string& path);
}  // namespace pe
