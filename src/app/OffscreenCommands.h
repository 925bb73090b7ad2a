// The commands that run without a window: --info and --screenshot.
#pragma once
#include "app/CommandLine.h"

namespace pe {
// Prints the summary of cl.file to stdout. Returns the exit code (1 on a broken file).
int runInfo(const CommandLine& cl);
// Renders cl.file to cl.screenshot with EGL and no window. Returns the exit code.
int runScreenshot(const CommandLine& cl);
}  // namespace pe
