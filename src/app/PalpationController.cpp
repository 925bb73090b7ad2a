// The Palpation tab kept up to date (issue 12): while the tab is shown, the guided step asked
// for is shown (its view, its motion), the probe is read on the model as posed now, again
// whenever the aim, the hips, the build or the clip's time change, and the point follows a drag
// over the skin; the palpation text is read once per model from beside it.
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cstdio>

#include "app/ModelLocator.h"
#include "app/PalpationSteps.h"
#include "app/Viewer.h"
#include "core/Error.h"
#include "core/Log.h"
#include "pose/PoseControls.h"
#include "scene/TriangleBvh.h"
#include "ui/Sidebar.h"

namespace pe {
namespace {
std::string describe(const ProbeReading& r) {
  std::string out = "palpation: first muscle " + (r.firstMuscle.empty() ? "none" : r.firstMuscle);
  if (!r.firstMuscle.empty())
    out += " at " + std::to_string(int(r.firstMuscleDepthMm + 0.5f)) + " mm";
  char point[64];
  std::snprintf(point, sizeof point, " (point %.0f,%.0f,%.0f mm)", r.skinMm.x, r.skinMm.y,
                r.skinMm.z);
  out += point;
  for (const auto& a : r.arteriesNear) out += "; artery near: " + a;
  for (const auto& g : r.gutCrossed) out += "; gut: " + g;
  for (const auto& n : r.nervesNear) out += "; nerve near: " + n;
  return out;
}
}  // namespace

void Viewer::updatePalpation() {
  PalpationState& p = state_.palpation;
  const Model* model = state_.document.model();
  if (!state_.settings.ui.showSidebar || state_.shownSidebarTab != kPalpationTab || !model) return;
  // Where the turn's slider, the next step's button and the fingertip are, for scripts that
  // drive the window (tests/render/).
  auto place = [](const char* what, const std::array<float, 4>& r) {
    return std::string(what) + " at " + std::to_string(int(r[0])) + "," +
           std::to_string(int(r[1])) + " to " + std::to_string(int(r[2])) + "," +
           std::to_string(int(r[3]));
  };
  const auto& tip = p.fingertip;
  const std::string places = "palpation: " + place("the turn's slider", p.turnSliderRect) + "; " +
                             place("the next step's button", p.nextButtonRect) +
                             "; the fingertip at " + std::to_string(int(tip[0])) + "," +
                             std::to_string(int(tip[1]));
  if (places != palpationSliderSaid_ && p.turnSliderRect[2] > p.turnSliderRect[0]) logDebug(places);
  palpationSliderSaid_ = places;
  if (model != palpationModel_) {  // another model: its text, a new scene
    palpationModel_ = model;
    palpationScene_.reset();
    p.reading.reset();
    p.content.reset();
    const std::string path = palpationContentPath(state_.documentPath);
    if (path.empty()) {
      p.contentProblem = "no palpation.content.json beside the model or the app's";
    } else {
      try {
        p.content = loadPalpationContent(path);
        for (const std::string& w : p.content->ignoredKeys) logWarning(w);
        p.contentProblem.clear();
      } catch (const FileError& e) {
        p.contentProblem = e.what();
        logWarning(e.what());
      }
    }
  }
  const std::vector<std::string> missing =
      missingForPalpation(state_.structures.index(), p.aim.side);
  if (!missing.empty()) {
    p.reading.reset();
    p.problem = "This model has no '" + missing.front() + "', which the probe needs.";
    return;
  }
  p.problem.clear();
  if (!palpationScene_)
    palpationScene_ = std::make_unique<PalpationScene>(*model, state_.structures.index());
  if (p.goToStep) showPalpationStep(std::clamp(*p.goToStep, 0, kPalpationStepCount - 1));
  p.goToStep.reset();
  p.clock = glfwGetTime();
  PalpationState::Motion& m = p.motion;
  if (!m.done) {  // the working hip moves by the clock
    setHipByHand(state_.document, state_.poseControls, state_.settings.animation, p.aim.side,
                 motionDegrees(m, glfwGetTime(), &m.done));
    framesToDraw_ = std::max(framesToDraw_, 2);
  }
  if (p.holdStartedAt >= 0.0) framesToDraw_ = std::max(framesToDraw_, 2);  // the countdown
  const PosedModel& doc = state_.document;
  const PalpationPoseKey key{doc.hipFlexion(0), doc.hipFlexion(1), doc.habitus(),   doc.time(),
                             doc.clip(),        doc.scene(),       doc.habitusSet()};
  // The muscle's point follows every frame; the probe's scene (about 25 ms to pose) at most ten
  // times a second while a clip or a motion plays, and as soon as the pose comes to rest.
  if (p.spotFromMm && p.marks)
    if (const MuscleLine* line = lineOf(state_.muscles, p.marks->reading.firstMuscle))
      p.spotNowMm =
          carriedAlongLine(*line, palpationStartPose_, state_.document.pose(), *p.spotFromMm);
  const bool playing = animating() || !m.done;
  const bool posed = key == palpationKey_ ||
                     (playing && p.reading && p.clock - palpationPosedAt_ < kPalpationRepose);
  if (!posed) {
    palpationScene_->setPose(state_.document.pose());
    palpationKey_ = key;
    palpationPosedAt_ = p.clock;
  }
  const ProbeAim& aim = p.aim;
  if (posed && p.reading && aim.side == palpationAim_.side &&
      aim.towardSpineDeg == palpationAim_.towardSpineDeg && aim.tiltDeg == palpationAim_.tiltDeg &&
      aim.pointMm == palpationAim_.pointMm)
    return;
  palpationAim_ = aim;
  p.reading = palpationScene_->read(aim);
  // At the press step the cut-away follows the probe as it is turned, tilted or dragged.
  if (p.step == int(PalpationStep::Press) && state_.clip.enabled)
    state_.clip = probeCutaway(*p.reading, aim.side);
  framesToDraw_ = std::max(framesToDraw_, 3);  // the panel and the arrow show it next frame
  const std::string said = describe(*p.reading);
  if (said != palpationSaid_) logInfo(said);
  palpationSaid_ = said;
}

bool Viewer::palpationShown() const {
  return state_.settings.ui.showSidebar && state_.shownSidebarTab == kPalpationTab &&
         state_.palpation.reading && state_.palpation.reading->onSkin;
}

void Viewer::showPalpationStep(int step) {
  PalpationState& p = state_.palpation;
  p.step = step;
  const PalpationSetup setup = palpationSetup(p, state_.document);
  PreparedStep prepared =
      preparePalpationStep(PalpationStep(step), setup, p, state_, *palpationScene_);
  showView(prepared.view, kPalpationFlightSeconds);
  for (const std::string& problem : prepared.problems) logWarning(problem);
  p.marks = std::move(prepared.marks);
  p.lengths = std::move(prepared.lengths);
  p.motion = prepared.motion;
  if (!p.motion.done) {
    p.motion.startedAt = glfwGetTime();
    setHipByHand(state_.document, state_.poseControls, state_.settings.animation, p.aim.side,
                 p.motion.fromDeg);
  }
  p.holdStartedAt = -1.0;  // the hold's countdown starts when the user starts it
  palpationStartPose_ = std::move(prepared.startPose);
  p.spotFromMm = p.spotNowMm = prepared.spotMm;
  palpationKey_ = PalpationPoseKey{-1e9f};  // posed for the step: the scene follows again
  logInfo("palpation: step " + std::to_string(step + 1) + " " +
          (p.content ? p.content->steps[static_cast<size_t>(step)].id : std::string()));
}

// The fingertip dragged over the skin: the point follows the cursor onto the skin (the average
// build's, where the fingers find it on any build), on the probe's side of the body.
void Viewer::dragPalpationPoint(glm::vec2 cursor) {
  PalpationState& p = state_.palpation;
  const TriangleBvh* skin = palpationScene_ ? palpationScene_->averageSkin() : nullptr;
  if (!skin) return;
  const glm::vec2 viewport = windowSize();
  const OrbitCamera& cam = controller_.camera;
  const glm::vec3 dir = cam.rayDirection(windowToNdc(cursor, viewport), viewport.x / viewport.y);
  const glm::vec3 from = cam.eye() * 1000.0f;  // mm
  const auto t = skin->intersect(from, dir, 1e5f);
  if (!t) return;
  const glm::vec3 at = from + dir * *t;
  if ((at.x < 0.0f) != (p.aim.side == 1)) return;  // the other side of the midline
  p.aim.pointMm = at;
}
}  // namespace pe
