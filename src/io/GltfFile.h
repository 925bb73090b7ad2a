// Loading a .gltf or .glb file into the app's Model, refusing anything malformed with one line
// that names the file and the problem.
#pragma once
#include <string>

#include "scene/Model.h"

namespace pe {
struct LoadLimits {
  size_t maxFileBytes = size_t(1) << 30;      // the .gltf/.glb itself
  size_t maxResourceBytes = size_t(1) << 30;  // each external buffer or image
  size_t maxImagePixels = size_t(1) << 26;    // 8192 x 8192
  int maxJsonDepth = 128;
};

// Throws FileError(path, problem) when the file cannot be used; the message is one line.
Model loadGltfFile(const std::string& path, const LoadLimits& limits = {});
// The same for the bytes of a file already read; `path` names it in messages and external
// resources are looked for beside it.
Model loadGltfBytes(const std::string& bytes, const std::string& path,
                    const LoadLimits& limits = {});
}  // namespace pe
