// The command line: every option the app takes, parsed into one struct.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "scene/ViewSpec.h"

namespace pe {
struct CommandLine {
  std::string file;  // empty: the bundled model
  bool help = false;
  bool version = false;
  bool info = false;
  bool muscleLengths = false;  // print muscle-tendon lengths over hip flexion as CSV
  bool verbose = false;
  bool noSettings = false;           // neither read nor write the settings file
  std::string screenshot;            // PNG path; non-empty means render offscreen and exit
  std::optional<int> width, height;  // --size: the image, or the viewer's window
  int frames = 0;                    // viewer: quit after this many frames (0: run until closed)
  std::string capture;               // viewer: PNG of the view it shows when it closes
  std::string viewFile;              // --view-file: a saved view to start from
  std::string saveView;      // --save-view: write the view used (screenshot, or viewer at exit)
  std::string lesson;        // --lesson (or --present): a lesson file
  std::optional<int> step;   // --step: the lesson step, from 1
  bool present = false;      // --present: the viewer in presenter mode
  std::string exportLesson;  // --export-lesson LESSON OUT_DIR: pictures and a handout
  std::string exportDir;
  // --palpation-report [FILE]: the palpation probe's layers as CSV, aimed by these.
  bool palpationReport = false;
  struct Palpation {
    int side = 0;                     // --side left|right
    float angle = 0.0f, tilt = 0.0f;  // --angle (toward the spine), --tilt (toward the head)
    std::optional<std::array<float, 3>> point;  // --point X,Y,Z (mm, on the skin)
    std::optional<int> step;                    // --palpation STEP, from 0
    int position = 0;                           // --position (kPalpationPositions)
    int technique = 0;                          // --technique (kPalpationTechniques)
  } palpation;
  // Everything that defines the view, as given on the command line (absent fields: not given).
  ViewSpec view;
};

// Throws UsageError naming the option and what is wrong.
CommandLine parseCommandLine(int argc, const char* const* argv);
std::string usageText();

// For the parsers of groups of options (app/PalpationOptions.cpp): "a,b,c" split at commas (a
// UsageError naming the option when empty), and a number within [lo, hi] ("--angle expects
// degrees toward the spine from 0 to 45, got '60'").
std::vector<std::string> splitList(const std::string& option, const std::string& value);
float parseNumber(const std::string& option, const std::string& text, float lo, float hi,
                  const char* what);
std::string versionText();
}  // namespace pe
