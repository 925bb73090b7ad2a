// The command line: every option the app takes, parsed into one struct.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "scene/ClipPlane.h"
#include "scene/OrbitCamera.h"

namespace pe {
struct CommandLine {
  std::string file;  // empty: the bundled model
  bool help = false;
  bool version = false;
  bool info = false;
  bool muscleLengths = false;  // print muscle-tendon lengths over hip flexion as CSV
  bool contraction = false;    // tint muscles by how short they are relative to standing
  bool verbose = false;
  bool noSettings = false;  // neither read nor write the settings file
  std::string screenshot;   // PNG path; non-empty means render offscreen and exit
  int width = 1600;
  int height = 1200;
  ViewPreset view = ViewPreset::Anterior;
  std::optional<float> time;
  std::string animation;
  std::optional<int> scene;
  int frames = 0;  // viewer: quit after this many frames (0: run until closed)
  // Structure view (ids and layers from the model's node extras).
  std::vector<std::string> layers;  // empty: all layers
  std::vector<std::string> hide;
  std::vector<std::string> only;
  std::string select;
  bool ghost = false;
  bool labels = false;
  std::string attachments;  // muscle id, or "all"
  ClipPlane clip;           // --clip; disabled when not given
  // --pose hip_flexion_left=DEG,hip_flexion_right=DEG: [0] left, [1] right; empty: the clip's.
  std::array<std::optional<float>, 2> hipFlexion;
};

// Throws UsageError naming the option and what is wrong.
CommandLine parseCommandLine(int argc, const char* const* argv);
std::string usageText();
std::string versionText();
}  // namespace pe
