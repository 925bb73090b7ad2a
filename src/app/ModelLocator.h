// Where the bundled model and the built-in lessons are.
#pragma once
#include <string>
#include <vector>

namespace pe {
// assets/lumbopelvic.glb from $PSOAS_EXPLORER_ASSETS, next to the executable (../assets), or
// the source tree it was built from. Empty when none exists.
std::string bundledModelPath();
// The lessons that come with the app: assets/lessons/*.json beside the bundled model, sorted.
std::vector<std::string> builtInLessonPaths();
// The palpation text for a model: palpation.content.json beside it, else the one beside the
// bundled model (the cautions hold for any model). Empty when neither exists.
std::string palpationContentPath(const std::string& modelPath);
}  // namespace pe
