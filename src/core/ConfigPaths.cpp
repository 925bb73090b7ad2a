#include "core/ConfigPaths.h"

#include <cstdlib>

namespace pe {
std::string configDirectory() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  // The XDG spec says relative paths in XDG_CONFIG_HOME are invalid and must be ignored.
  if (xdg && xdg[0] == '/') return std::string(xdg) + "/psoas-explorer";
  const char* home = std::getenv("HOME");
  if (home && home[0] == '/') return std::string(home) + "/.config/psoas-explorer";
  return {};
}
}  // namespace pe
