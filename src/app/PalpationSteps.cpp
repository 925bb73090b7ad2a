#include "app/PalpationSteps.h"

#include <algorithm>
#include <cmath>

#include "app/ViewApply.h"

namespace pe {
namespace {
constexpr float kLiftSeconds = 1.5f;
constexpr float kDegreesPerSecond = 6.0f;  // a technique's slow motion: 45 degrees in 7.5 s

const PalpationEntry* chosen(const std::vector<PalpationEntry>& list,
                             const std::vector<std::string>& ids, int index) {
  if (index < 0 || index >= static_cast<int>(ids.size())) return nullptr;
  return PalpationContent::find(list, ids[static_cast<size_t>(index)]);
}
}  // namespace

PalpationSetup palpationSetup(const PalpationState& p, const PosedModel& document) {
  PalpationSetup setup;
  setup.side = p.aim.side;
  setup.aim = p.aim;
  if (document.habitusSet()) setup.habitus = document.habitus();
  if (!p.content) return setup;
  if (const PalpationEntry* position =
          chosen(p.content->positions, kPalpationPositions, p.position)) {
    setup.hipDeg = position->hipFlexionDeg.value_or(setup.hipDeg);
    if (position->cameraDeg)
      std::tie(setup.cameraAzimuth, setup.cameraElevation) = *position->cameraDeg;
  }
  if (const PalpationEntry* confirm = PalpationContent::find(p.content->steps, "confirm"))
    setup.liftDeg = confirm->hipLiftDeg.value_or(setup.liftDeg);
  if (const PalpationEntry* technique =
          chosen(p.content->techniques, kPalpationTechniques, p.technique)) {
    setup.releaseHipDeg = technique->hipFromDeg ? technique->hipFromDeg : technique->hipFlexionDeg;
    if (technique->hipFromDeg) setup.releaseEndDeg = technique->hipToDeg;
  }
  return setup;
}

PreparedStep preparePalpationStep(PalpationStep step, const PalpationSetup& setup,
                                  const PalpationState& p, ViewerState& state,
                                  PalpationScene& scene) {
  PreparedStep out;
  // The pose before the step's motion: the foot still down at the confirm step, a technique at
  // its start.
  const PalpationStep before = step == PalpationStep::Confirm ? PalpationStep::Press : step;
  PalpationSetup start = setup;
  start.releaseEndDeg.reset();
  out.problems = applyView(palpationStepPose(before, start), state);
  scene.setPose(state.document.pose());
  const StructureIndex& index = state.structures.index();
  out.marks = palpationMarks(scene, state.document.pose(), index, setup);
  if (step == PalpationStep::Release && out.marks.navel &&
      kPalpationTechniques[static_cast<size_t>(p.technique)] == "ball_release") {
    // The ball "between the navel and the hip bone": halfway from the navel to the ASIS,
    // pressing straight back.
    ProbeAim ball;
    ball.side = setup.side;
    ball.pointMm = 0.5f * (out.marks.navelMm + out.marks.asisMm);
    out.marks.reading = scene.read(ball);
  }
  const ProbeReading& r = out.marks.reading;
  const int side = setup.side;
  if (step == PalpationStep::Confirm) {
    out.motion = {setup.hipDeg, setup.hipDeg + setup.liftDeg, kLiftSeconds, 0.0, false};
  } else if (step == PalpationStep::Release && p.content) {
    const PalpationEntry* t = chosen(p.content->techniques, kPalpationTechniques, p.technique);
    if (setup.releaseHipDeg && setup.releaseEndDeg)
      out.motion = {*setup.releaseHipDeg, *setup.releaseEndDeg,
                    std::abs(*setup.releaseEndDeg - *setup.releaseHipDeg) / kDegreesPerSecond, 0.0,
                    false};
    out.hold = t && t->holdSeconds;
  }
  if (!out.motion.done) {
    if (!r.firstMuscle.empty() && lineOf(state.muscles, r.firstMuscle))
      out.spotMm = r.skinMm + r.direction * r.firstMuscleDepthMm;
    out.startPose = state.document.pose();
    out.lengths = hipLengthChanges(state.muscles, side, out.motion.fromDeg, out.motion.toDeg);
  }
  out.view = palpationStepView(step, setup, out.marks, index);
  return out;
}

float motionDegrees(const PalpationState::Motion& m, double now, bool* done) {
  const double t = m.seconds > 0.0f ? (now - m.startedAt) / m.seconds : 1.0;
  const float s = static_cast<float>(std::clamp(t, 0.0, 1.0));
  if (done) *done = t >= 1.0;
  const float eased = s * s * (3.0f - 2.0f * s);
  return m.fromDeg + (m.toDeg - m.fromDeg) * eased;
}
}  // namespace pe
