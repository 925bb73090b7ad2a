// --palpation STEP --screenshot: the guided palpation's step as a picture, with its marks, and
// what it reads (the first muscle, the warnings, what the step's motion does to the muscles) on
// stderr.
#include <cstdio>

#include "app/ModelLocator.h"
#include "app/OffscreenCommands.h"
#include "app/PalpationOptions.h"
#include "app/PalpationSteps.h"
#include "core/Error.h"
#include "core/Log.h"
#include "ui/LineOverlay.h"
#include "ui/OffscreenOverlay.h"

namespace pe {
namespace {
void say(const PalpationState& p, const std::string& step) {
  const ProbeReading& r = p.marks->reading;
  std::fprintf(stderr, "palpation step %s, %s side: point %.1f,%.1f,%.1f mm; first muscle %s",
               step.c_str(), p.aim.side == 0 ? "left" : "right", r.skinMm.x, r.skinMm.y, r.skinMm.z,
               r.firstMuscle.empty() ? "none" : r.firstMuscle.c_str());
  if (!r.firstMuscle.empty()) std::fprintf(stderr, " at %.1f mm", r.firstMuscleDepthMm);
  for (const auto& ids : {r.arteriesNear, r.nervesNear, r.gutCrossed})
    for (const auto& id : ids) std::fprintf(stderr, "; warning: %s", id.c_str());
  std::fputc('\n', stderr);
  for (const LengthChange& c : p.lengths)
    std::fprintf(stderr, "  %s: hip %.0f -> %.0f deg, %.1f -> %.1f mm (%+.1f mm)\n",
                 c.muscle.c_str(), p.motion.fromDeg, p.motion.toDeg, c.fromMm, c.toMm,
                 c.toMm - c.fromMm);
  if (p.spotFromMm && p.spotNowMm)
    std::fprintf(stderr, "  the muscle under the finger moved %.1f mm\n",
                 glm::distance(*p.spotFromMm, *p.spotNowMm));
}
}  // namespace

RgbaImage renderPalpationStep(const CommandLine& cl, ViewerState& state, SceneRenderer& renderer,
                              int width, int height, std::vector<std::string>& problems,
                              OrbitCamera* cameraUsed) {
  PalpationState& p = state.palpation;
  const auto& o = cl.palpation;
  p.step = o.step.value_or(0);
  setPalpationFrom(o, p);
  const StructureIndex& index = state.structures.index();
  const std::vector<std::string> missing = missingForPalpation(index, p.aim.side);
  if (state.document.empty() || !missing.empty()) {
    problems.push_back(state.documentPath + ": has no '" +
                       (missing.empty() ? std::string("skin") : missing.front()) +
                       "' (the palpation needs it)");
    return renderView(state, renderer, cl.view, width, height, problems, cameraUsed);
  }
  if (const std::string path = palpationContentPath(state.documentPath); !path.empty()) {
    try {
      p.content = loadPalpationContent(path);
      for (const std::string& w : p.content->ignoredKeys) logWarning(w);
    } catch (const FileError& e) {
      logWarning(e.what());
    }
  }
  PalpationSetup setup = palpationSetup(p, state.document);
  setup.habitus = cl.view.habitus;
  PalpationScene scene(*state.document.model(), index);
  PreparedStep prepared = preparePalpationStep(PalpationStep(p.step), setup, p, state, scene);
  problems.insert(problems.end(), prepared.problems.begin(), prepared.problems.end());
  p.marks = prepared.marks;
  p.reading = prepared.marks.reading;
  p.lengths = prepared.lengths;
  p.motion = prepared.motion;
  p.holdStartedAt = prepared.hold ? 0.0 : -1.0;
  const ViewSpec view = overlayView(prepared.view, cl.view);
  return renderView(
      state, renderer, view, width, height, problems, cameraUsed, [&](const OrbitCamera& camera) {
        // The step's motion done: where the muscle under the finger went.
        if (prepared.spotMm) {
          p.spotFromMm = prepared.spotMm;
          p.spotNowMm =
              carriedAlongLine(*lineOf(state.muscles, prepared.marks.reading.firstMuscle),
                               prepared.startPose, state.document.pose(), *prepared.spotMm);
        }
        say(p, kPalpationSteps[static_cast<size_t>(p.step)]);
        OffscreenOverlay overlay(height);
        overlay.draw(width, height, [&](ImDrawList* list) {
          drawPalpationMarks(list, p, camera, glm::vec2(width, height), 0.0);
        });
      });
}
}  // namespace pe
