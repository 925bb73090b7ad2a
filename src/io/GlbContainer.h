// Checks of the GLB binary container, done before any parser looks inside it.
#pragma once
#include <string>

namespace pe {
// Throws FileError(path, ...) unless bytes form a well-formed GLB 2.0 container: magic,
// version, total length, a non-empty JSON first chunk, at most one BIN chunk right after it,
// 4-byte aligned chunk lengths, and nothing truncated.
void checkGlbContainer(const std::string& bytes, const std::string& path);

// True when the data starts with the GLB magic "glTF".
bool looksLikeGlb(const std::string& bytes);
}  // namespace pe
