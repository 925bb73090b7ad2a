// The commands that run without a window: --info, --muscle-lengths and --screenshot.
#pragma once
#include "app/CommandLine.h"

namespace pe {
// Prints the summary of cl.file to stdout. Returns the exit code (1 on a broken file).
int runInfo(const CommandLine& cl);
// CSV of every muscle line of the model over hip flexion; exit 1 without lines or a hip rig.
int runMuscleLengths(const CommandLine& cl);
// Renders cl.file to cl.screenshot with EGL and no window. Returns the exit code.
int runScreenshot(const CommandLine& cl);
}  // namespace pe
