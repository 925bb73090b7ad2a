#include "app/OffscreenCommands.h"

#include <cstdio>
#include <filesystem>

#include "render/Gl.h"

#include "app/DocumentLoader.h"
#include "app/ModelLocator.h"
#include "app/SceneDrawing.h"
#include "app/ViewApply.h"
#include "core/Error.h"
#include "core/Log.h"
#include "core/Settings.h"
#include "geometry/LabelAnchors.h"
#include "geometry/MuscleLines.h"
#include "io/GltfFile.h"
#include "render/OffscreenContext.h"
#include "render/RenderTarget.h"
#include "render/SceneRenderer.h"
#include "ui/OffscreenOverlay.h"

namespace pe {
namespace {
std::string fileOrBundled(const CommandLine& cl) {
  return cl.file.empty() ? bundledModelPath() : cl.file;
}

// Name labels with leader lines over the drawn image, as the viewer places them.
void drawLabels(const ViewerState& state, const OrbitCamera& camera, RenderTarget& target,
                int width, int height) {
  const PosedModel& doc = state.document;
  const ModelPicker picker(*doc.model());
  const glm::vec2 size(width, height);
  const auto anchors =
      computeLabelAnchors(*doc.model(), doc.pose(), doc.scene(), state.structures, camera, size,
                          &picker, computeLabelTargets(*doc.model(), state.structures.index()));
  OffscreenOverlay overlay(height);
  glBindFramebuffer(GL_FRAMEBUFFER, target.finishedFramebuffer());
  glViewport(0, 0, width, height);
  const auto placed = overlay.drawLabels(anchors, state.structures.index(), width, height,
                                         projectedXRange(doc.currentBounds(), camera, size));
  logInfo(std::to_string(placed.size()) + " labels of " + std::to_string(anchors.size()) +
          " visible structures");
}
}  // namespace

int runInfo(const CommandLine& cl) {
  const std::string path = fileOrBundled(cl);
  if (path.empty()) {
    logError("--info needs a FILE (the bundled model assets/lumbopelvic.glb was not found)");
    return 1;
  }
  try {
    Model model = loadGltfFile(path);
    std::fputs(formatSummary(model, summarize(model)).c_str(), stdout);
    return 0;
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
}

int runMuscleLengths(const CommandLine& cl) {
  const std::string path = fileOrBundled(cl);
  if (path.empty()) {
    logError(
        "--muscle-lengths needs a FILE (the bundled model assets/lumbopelvic.glb was not found)");
    return 1;
  }
  try {
    const Model model = loadGltfFile(path);
    const auto rig = findHipRig(model);
    const auto lines = findMuscleLines(model);
    if (!rig || lines.empty()) {
      logError(path + ": has no " +
               std::string(!rig ? "hip rig (femur_left and femur_right nodes)"
                                : "muscle lines (line_point nodes)") +
               " to measure muscle lengths on");
      return 1;
    }
    std::fputs(lengthsCsv(measureLines(model, *rig, lines)).c_str(), stdout);
    return 0;
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
}

int runScreenshot(const CommandLine& cl) {
  const std::string path = fileOrBundled(cl);
  ViewerState state;  // default settings: a screenshot does not depend on the viewer's
  ViewSpec view;
  // The model loads on another thread while the GL context and the shaders start; a file that
  // is not there is reported before any of that starts.
  std::error_code ec;
  const bool present = path.empty() || std::filesystem::is_regular_file(path, ec);
  ModelLoading loading;
  if (!path.empty() && present) loading = loadModelAsync(path);
  std::unique_ptr<OffscreenContext> context;
  std::unique_ptr<SceneRenderer> renderer;
  std::string graphicsProblem;
  try {
    if (present) {
      context = std::make_unique<OffscreenContext>();
      renderer = std::make_unique<SceneRenderer>();
    }
  } catch (const GraphicsError& e) {
    graphicsProblem = e.what();
  }
  try {
    view = viewFromCommandLine(cl);
    if (!path.empty()) {
      const std::string problem = openDocument(path, state, {}, std::move(loading));
      if (!problem.empty()) logWarning(problem);  // the ids are used as names
    } else {
      logWarning("no FILE given and the bundled model was not found: rendering an empty scene");
    }
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
  logDebug("model loaded after " + std::to_string(millisecondsSinceStart()) + " ms");
  const int width = cl.width.value_or(1600), height = cl.height.value_or(1200);
  return exitCodeOf([&] {
    if (!graphicsProblem.empty()) throw GraphicsError(graphicsProblem);
    logInfo("offscreen OpenGL: " + context->description());
    renderer->setModel(state.document.model());
    std::vector<std::string> problems;
    OrbitCamera camera;
    const RgbaImage image =
        cl.palpation.step
            ? renderPalpationStep(cl, state, *renderer, width, height, problems, &camera)
            : renderView(state, *renderer, view, width, height, problems, &camera);
    // A lesson step's problems name the lesson and the step (as the app counts, from 1).
    const std::string where =
        cl.lesson.empty() ? "" : cl.lesson + ": step " + std::to_string(cl.step.value_or(1)) + ": ";
    for (const std::string& p : problems) logError(where + p);
    if (!problems.empty()) return 1;
    writePng(cl.screenshot, image);
    logDebug("picture written after " + std::to_string(millisecondsSinceStart()) + " ms");
    if (!cl.saveView.empty())
      writeViewFile(cl.saveView,
                    captureView(state, resolvedCamera(view, camera.pose, camera.fovYDegrees)));
    return 0;
  });
}

int exitCodeOf(const std::function<int()>& work) {
  try {
    return work();
  } catch (const GraphicsError& e) {
    logError(std::string("offscreen rendering failed: ") + e.what());
  } catch (const FileError& e) {
    logError(e.what());
  }
  return 1;
}

RgbaImage renderView(ViewerState& state, SceneRenderer& renderer, const ViewSpec& view, int width,
                     int height, std::vector<std::string>& problems, OrbitCamera* cameraUsed,
                     const std::function<void(const OrbitCamera&)>& over) {
  const std::vector<std::string> applied = applyView(view, state);
  problems.insert(problems.end(), applied.begin(), applied.end());
  OrbitCamera camera;
  camera.fovYDegrees = state.settings.camera.fovDegrees;
  camera.pose = viewCamera(view, state, static_cast<float>(width) / height, problems);
  RenderTarget target(width, height, state.settings.render.msaaSamples);
  drawScene(renderer, state, camera, target);
  if (state.settings.ui.showLabels && !state.document.empty())
    drawLabels(state, camera, target, width, height);
  if (over) {
    glBindFramebuffer(GL_FRAMEBUFFER, target.finishedFramebuffer());
    glViewport(0, 0, width, height);
    over(camera);
  }
  if (cameraUsed) *cameraUsed = camera;
  return target.readPixels();
}
}  // namespace pe
