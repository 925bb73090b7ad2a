// Where the app keeps its settings: the XDG config folder, never the working directory.
#pragma once
#include <string>

namespace pe {
// $XDG_CONFIG_HOME/psoas-explorer, else $HOME/.config/psoas-explorer. Empty if neither is set.
std::string configDirectory();
}  // namespace pe
