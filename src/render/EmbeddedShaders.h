// Shader sources from shaders/, compiled into the binary at build time.
#pragma once

namespace pe {
// The source of shaders/<name>, or nullptr when there is no such file.
const char* embeddedShaderSource(const char* name);
}  // namespace pe
