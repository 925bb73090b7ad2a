// The interactive viewer: a GLFW window with the scene and the ImGui panels.
#pragma once
#include "app/CommandLine.h"

namespace pe {
// Runs until the window closes (or cl.frames frames). Returns the exit code.
int runViewer(const CommandLine& cl);
}  // namespace pe
