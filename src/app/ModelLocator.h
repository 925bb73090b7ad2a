// Where the bundled model is.
#pragma once
#include <string>

namespace pe {
// assets/lumbopelvic.glb from $PSOAS_EXPLORER_ASSETS, next to the executable (../assets), or
// the source tree it was built from. Empty when none exists.
std::string bundledModelPath();
}  // namespace pe
