// The guided palpation's steps on a document (issue 12): the setup a step is built from (the
// palpation text's position, lift and techniques, the side, the build, the probe), and a step
// made ready: the document posed for it, the marks found, the motion it plays and the view it
// shows. The viewer's Palpation tab and `--palpation STEP --screenshot` share it.
#pragma once
#include <optional>
#include <vector>

#include "geometry/PalpationGuide.h"
#include "ui/ViewerState.h"

namespace pe {
// The setup of the tab's state: its side, position, technique and probe, the document's build;
// the text (when there is one) gives the positions' hips and cameras, the lift and the
// techniques' hips.
PalpationSetup palpationSetup(const PalpationState& palpation, const PosedModel& document);

struct PreparedStep {
  ViewSpec view;                      // the step's whole view, to fly to
  PalpationMarks marks;               // on the step's pose before any motion
  std::optional<glm::vec3> spotMm;    // the first muscle's surface under the finger, to follow
  Pose startPose;                     // the pose the motion starts from
  std::vector<LengthChange> lengths;  // what the motion does to the psoas and iliacus
  PalpationState::Motion motion;      // the working hip's motion (none: done)
  bool hold = false;                  // the static release's countdown starts
  std::vector<std::string> problems;  // what the model could not show
};

// Poses the document for the step (before its motion) and sets `scene` to that pose, then
// finds the marks and builds the view. The model must have what the probe needs.
PreparedStep preparePalpationStep(PalpationStep step, const PalpationSetup& setup,
                                  const PalpationState& palpation, ViewerState& state,
                                  PalpationScene& scene);

// The hip of a motion `seconds` after it started (eased in and out), and whether it is over.
float motionDegrees(const PalpationState::Motion& motion, double now, bool* done = nullptr);
}  // namespace pe
