#include "app/OffscreenCommands.h"

#include <cstdio>

#include "anim/ContractionTint.h"
#include "anim/MuscleLines.h"
#include "anim/PosedModel.h"
#include "app/ModelLocator.h"
#include "app/StructureFlags.h"
#include "core/Error.h"
#include "core/Log.h"
#include "core/Settings.h"
#include "io/ContentFile.h"
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
    logError("--muscle-lengths needs a FILE (the bundled model assets/lumbopelvic.glb was not found)");
    return 1;
  }
  try {
    const Model model = loadGltfFile(path);
    const auto rig = findHipRig(model);
    const auto lines = findMuscleLines(model);
    if (!rig || lines.empty()) {
      logError(path + ": has no " + std::string(!rig ? "hip rig (femur_left and femur_right nodes)" : "muscle lines (line_point nodes)") +
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
  PosedModel posed;
  if (!path.empty()) {
    try {
      posed = PosedModel(std::make_unique<Model>(loadGltfFile(path)));
    } catch (const FileError& e) {
      logError(e.what());
      return 1;
    }
  } else {
    logWarning("no FILE given and the bundled model was not found: rendering an empty scene");
  }
  if (!posed.empty()) {
    if (cl.scene) {
      if (*cl.scene >= static_cast<int>(posed.model()->scenes.size())) {
        logError(path + ": has no scene " + std::to_string(*cl.scene));
        return 1;
      }
      posed.setScene(*cl.scene);
    }
    if (!cl.animation.empty()) {
      int clip = posed.model()->findClip(cl.animation);
      if (clip < 0) {
        logError(path + ": has no animation named '" + cl.animation + "'");
        return 1;
      }
      posed.setClip(clip);
    }
    posed.setTime(cl.time.value_or(0.0f));
    if (cl.hipFlexion[0] || cl.hipFlexion[1]) {
      if (!findHipRig(*posed.model())) {
        logError(path + ": has no hip rig (nodes with ids femur_left and femur_right) for --pose");
        return 1;
      }
      for (int side = 0; side < 2; ++side) posed.setHipFlexion(side, cl.hipFlexion[side]);
    }
  }

  Settings settings;
  try {
    OffscreenContext context;
    logInfo("offscreen OpenGL: " + context.description());
    SceneRenderer renderer;
    renderer.setModel(posed.model());
    StructureView view;
    if (!posed.empty()) {
      view.reset(buildStructureIndex(*posed.model()));
      // Names from the model's content file, as the viewer shows them; a broken file is
      // reported and the ids are used.
      std::string problem;
      if (const auto content = loadContentFor(path, problem)) addSearchTerms(*content, view);
      if (!problem.empty()) logWarning(problem);
      applyStructureFlags(cl, path, view);
      auto appearance = view.nodeAppearance(posed.model()->nodes.size());
      if (cl.contraction) {
        const MuscleMeter meter(*posed.model());
        if (meter.empty()) {
          logError(path + ": has no hip rig and muscle lines to show --contraction on");
          return 1;
        }
        tintByContraction(view.index(), meter, meter.read(*posed.model(), posed.pose()), appearance);
      }
      renderer.setAppearance(appearance);
    }
    renderer.setClipPlane(cl.clip);
    RenderTarget target(cl.width, cl.height, settings.render.msaaSamples);
    OrbitCamera camera;
    camera.fovYDegrees = settings.camera.fovDegrees;
    camera.pose.orientation = viewPresetOrientation(cl.view);
    const float aspect = static_cast<float>(cl.width) / cl.height;
    Bounds bounds = posed.empty() ? Bounds() : posed.currentBounds();
    // Labels need room beside the model: frame it in the middle 60% of the width.
    camera.pose = camera.framed(bounds, cl.labels ? aspect * 0.6f : aspect);
    target.bindForDrawing();
    if (posed.empty())
      renderer.render(Pose(), -1, camera, bounds, settings.render, cl.width, cl.height);
    else
      renderer.render(posed.pose(), posed.scene(), camera, bounds, settings.render, cl.width,
                      cl.height);
    if (cl.labels && !posed.empty()) {
      const ModelPicker picker(*posed.model());
      const auto anchors = computeLabelAnchors(*posed.model(), posed.pose(), posed.scene(), view,
                                               camera, glm::vec2(cl.width, cl.height), &picker,
                                               computeLabelTargets(*posed.model(), view.index()));
      OffscreenOverlay overlay(cl.height);
      target.bindForDrawing();
      const auto placed =
          overlay.drawLabels(anchors, view.index(), cl.width, cl.height,
                             projectedXRange(bounds, camera, glm::vec2(cl.width, cl.height)));
      logInfo(std::to_string(placed.size()) + " labels of " + std::to_string(anchors.size()) +
              " visible structures");
    }
    writePng(cl.screenshot, target.readPixels());
  } catch (const GraphicsError& e) {
    logError(std::string("offscreen rendering failed: ") + e.what());
    return 1;
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
  return 0;
}
}  // namespace pe
