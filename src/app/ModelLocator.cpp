#include "app/ModelLocator.h"

#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <vector>

namespace pe {
std::string bundledModelPath() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("PSOAS_EXPLORER_ASSETS")) candidates.push_back(fs::path(env));
  char exe[4096];
  ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = '\0';
    fs::path dir = fs::path(exe).parent_path();
    candidates.push_back(dir / "assets");
    candidates.push_back(dir.parent_path() / "assets");
  }
#ifdef PE_SOURCE_ASSETS
  candidates.push_back(fs::path(PE_SOURCE_ASSETS));
#endif
  for (const fs::path& dir : candidates) {
    std::error_code ec;
    fs::path file = dir / "lumbopelvic.glb";
    if (fs::is_regular_file(file, ec)) return file.string();
  }
  return {};
}

std::vector<std::string> builtInLessonPaths() {
  namespace fs = std::filesystem;
  const std::string model = bundledModelPath();
  std::vector<std::string> out;
  if (model.empty()) return out;
  std::error_code ec;
  for (fs::directory_iterator it(fs::path(model).parent_path() / "lessons", ec), end;
       !ec && it != end; it.increment(ec))
    if (it->path().extension() == ".json") out.push_back(it->path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string palpationContentPath(const std::string& modelPath) {
  std::error_code ec;
  for (const std::string& model : {modelPath, bundledModelPath()}) {
    if (model.empty()) continue;
    const auto path = std::filesystem::path(model).parent_path() / "palpation.content.json";
    if (std::filesystem::is_regular_file(path, ec)) return path.string();
  }
  return "";
}
}  // namespace pe
