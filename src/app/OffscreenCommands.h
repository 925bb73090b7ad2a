// The commands that run without a window: --info, --muscle-lengths and --screenshot, and the
// drawing of one view that --screenshot and --export-lesson share.
#pragma once
#include <functional>
#include <vector>

#include "app/CommandLine.h"
#include "render/RenderTarget.h"
#include "render/SceneRenderer.h"
#include "ui/ViewerState.h"

namespace pe {
// Prints the summary of cl.file to stdout. Returns the exit code (1 on a broken file).
int runInfo(const CommandLine& cl);
// CSV of every muscle line of the model over hip flexion; exit 1 without lines or a hip rig.
int runMuscleLengths(const CommandLine& cl);
// Renders cl.file to cl.screenshot with EGL and no window. Returns the exit code.
int runScreenshot(const CommandLine& cl);

// Runs `work` and returns its exit code, or logs a graphics or file error it throws and
// returns 1.
int exitCodeOf(const std::function<int()>& work);

// Poses and shows `view` on the open document and draws it, with its labels, into a picture
// of width x height (an OpenGL context current). What the model cannot show is added to
// `problems` and left out.
// `over`, when given, draws over the picture (the GL framebuffer bound) with the camera used.
RgbaImage renderView(ViewerState& state, SceneRenderer& renderer, const ViewSpec& view, int width,
                     int height, std::vector<std::string>& problems,
                     OrbitCamera* cameraUsed = nullptr,
                     const std::function<void(const OrbitCamera&)>& over = {});

// The picture of a guided palpation step (--palpation STEP --screenshot): the step's view with
// the command line's view options over it, and its marks (app/PalpationPictures.cpp).
RgbaImage renderPalpationStep(const CommandLine& cl, ViewerState& state, SceneRenderer& renderer,
                              int width, int height, std::vector<std::string>& problems,
                              OrbitCamera* cameraUsed);
}  // namespace pe
