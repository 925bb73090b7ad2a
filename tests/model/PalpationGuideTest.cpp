// The guided palpation's steps on the bundled model (issue 12), as the Palpation tab and
// `--palpation STEP` show them: every step's view applies without a problem and sets what the
// step is about in combination (the position's hips, the layers, the highlighted bone or
// artery, the cut-away along the probe, the contraction tint); lifting the foot shortens the
// psoas and iliacus by what the muscle-length model gives and the tint shows it; the active
// release lengthens them and carries the muscle under the finger toward the thigh.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <glm/geometric.hpp>

#include "BundledModel.h"
#include "app/DocumentLoader.h"
#include "app/ModelLocator.h"
#include "app/PalpationSteps.h"
#include "app/SceneDrawing.h"
#include "app/ViewApply.h"
#include "geometry/ContractionTint.h"

namespace pe::test {
namespace {
// The bundled model open as the viewer opens it, with its palpation text.
struct Guide {
  ViewerState state;
  std::unique_ptr<PalpationScene> scene;
  Guide() {
    EXPECT_EQ(openDocument(BundledModel::path(), state), "");
    state.palpation.content = loadPalpationContent(palpationContentPath(BundledModel::path()));
    scene = std::make_unique<PalpationScene>(*state.document.model(), state.structures.index());
  }
  PreparedStep show(PalpationStep step) {
    PalpationState& p = state.palpation;
    p.step = static_cast<int>(step);
    PreparedStep prepared =
        preparePalpationStep(step, palpationSetup(p, state.document), p, state, *scene);
    const auto problems = applyView(prepared.view, state);
    EXPECT_TRUE(problems.empty()) << kPalpationSteps[size_t(step)] << ": " << problems.front();
    return prepared;
  }
};

float shorteningOf(const ViewerState& state, const std::string& muscle) {
  const auto readings = state.muscles.read(*state.document.model(), state.document.pose());
  for (size_t i = 0; i < readings.size(); ++i)
    if (state.muscles.lines()[i].muscle == muscle) return readings[i].shortening;
  ADD_FAILURE() << "no line for " << muscle;
  return 0.0f;
}
}  // namespace

TEST(PalpationGuide, EveryStepShowsItsViewInCombination) {
  Guide g;
  for (int side = 0; side < 2; ++side) {
    const std::string s = side == 0 ? "_left" : "_right";
    g.state.palpation.aim = ProbeAim();
    g.state.palpation.aim.side = side;
    for (int i = 0; i < kPalpationStepCount; ++i) {
      const PalpationStep step = PalpationStep(i);
      const PreparedStep prepared = g.show(step);
      const PosedModel& doc = g.state.document;
      SCOPED_TRACE(kPalpationSteps[size_t(i)] + s);
      // Lying on the back with the knees bent: both hips at 45 (the confirm step lifts one).
      EXPECT_FLOAT_EQ(doc.hipFlexion(1 - side), 45.0f);
      EXPECT_FLOAT_EQ(doc.hipFlexion(side), step == PalpationStep::Confirm ? 55.0f : 45.0f);
      EXPECT_TRUE(prepared.marks.reading.onSkin);
      EXPECT_EQ(g.state.settings.pose.contractionTint,
                step == PalpationStep::Confirm || step == PalpationStep::Release);
      EXPECT_EQ(g.state.clip.enabled, step == PalpationStep::Press);
      // The ASIS mark lies on the skin in front of the bone's landmark, on the side.
      const glm::vec3 asis = BundledModel::get().landmark("asis" + s, doc.pose());
      EXPECT_GT(prepared.marks.asisMm.z, asis.z);
      EXPECT_NEAR(prepared.marks.asisMm.x, asis.x, 1.0f);
    }
  }
}

TEST(PalpationGuide, StepsHighlightTheBoneCutAlongTheProbeAndWarn) {
  Guide g;
  PalpationState& p = g.state.palpation;
  const StructureIndex& index = g.state.structures.index();
  g.show(PalpationStep::FindAsis);
  ASSERT_TRUE(g.state.structures.selected);
  EXPECT_EQ(index.structures[*g.state.structures.selected].id, "hip_bone_left");
  // The navel above the point, the point 25 mm from the ASIS along the skin.
  PreparedStep navel = g.show(PalpationStep::NavelLevel);
  ASSERT_TRUE(navel.marks.navel);
  const float below = navel.marks.navelMm.y - navel.marks.reading.skinMm.y;
  std::printf("the point lies %.0f mm below the navel, %.1f mm from the ASIS in a line\n", below,
              glm::distance(navel.marks.asisMm, navel.marks.reading.skinMm));
  EXPECT_GT(below, 30.0f);
  EXPECT_LT(below, 150.0f);
  // The cut-away: a plane through the point along the probe, the lateral part removed.
  p.aim.towardSpineDeg = 30.0f;
  const PreparedStep press = g.show(PalpationStep::Press);
  const ClipPlane& cut = g.state.clip;
  const glm::vec3 point = press.marks.reading.skinMm * 0.001f;
  EXPECT_NEAR(glm::dot(cut.normal, point), cut.offset, 1e-4f);
  EXPECT_NEAR(glm::dot(cut.normal, press.marks.reading.direction), 0.0f, 1e-4f);
  EXPECT_GT(cut.normal.x, 0.5f);  // the left side's lateral part goes
  EXPECT_EQ(index.structures[*g.state.structures.selected].id, "psoas_major_left");
  // 20 mm medial the artery is within 10 mm: the safety step highlights it.
  p.aim.pointMm = press.marks.reading.skinMm - glm::vec3(20.0f, 0.0f, 0.0f);
  const PreparedStep safety = g.show(PalpationStep::Safety);
  ASSERT_FALSE(safety.marks.reading.arteriesNear.empty());
  EXPECT_EQ(index.structures[*g.state.structures.selected].id,
            safety.marks.reading.arteriesNear.front());
  EXPECT_FALSE(g.state.structures.layerVisible("skin"));
}

TEST(PalpationGuide, LiftingTheFootShortensWhatTheLengthModelSays) {
  Guide g;
  const MuscleMeter& meter = g.state.muscles;
  ASSERT_FALSE(meter.empty());
  for (const auto& [from, to] : {std::pair{0.0f, 10.0f}, std::pair{45.0f, 55.0f}}) {
    const auto changes = hipLengthChanges(meter, 0, from, to);
    ASSERT_EQ(changes.size(), 2u);
    for (const LengthChange& c : changes) {
      const LengthSample a = measureLine(*g.state.document.model(), meter.rig(),
                                         *lineOf(meter, c.muscle), from),
                         b = measureLine(*g.state.document.model(), meter.rig(),
                                         *lineOf(meter, c.muscle), to);
      std::printf("lift %.0f -> %.0f: %s %.1f -> %.1f mm\n", from, to, c.muscle.c_str(), c.fromMm,
                  c.toMm);
      EXPECT_NEAR(c.fromMm, a.lengthMm, 0.3f);
      EXPECT_NEAR(c.toMm, b.lengthMm, 0.3f);
      EXPECT_LT(c.toMm, c.fromMm - 3.0f) << c.muscle;
      EXPECT_GT(c.toShortening, c.fromShortening);
    }
  }
  // The confirm step: the foot lifted, the tint redder on both muscles than before the lift.
  PalpationState& p = g.state.palpation;
  const PreparedStep confirm = g.show(PalpationStep::Confirm);
  ASSERT_EQ(confirm.lengths.size(), 2u);
  EXPECT_FLOAT_EQ(confirm.motion.fromDeg, 45.0f);
  EXPECT_FLOAT_EQ(confirm.motion.toDeg, 55.0f);
  std::vector<NodeAppearance> lifted = viewAppearance(g.state);
  for (const LengthChange& c : confirm.lengths) {
    const float now = shorteningOf(g.state, c.muscle);
    EXPECT_NEAR(now, c.toShortening, 0.005f) << c.muscle;
    const Structure& muscle =
        g.state.structures.index().structures[size_t(g.state.structures.index().find(c.muscle))];
    const int node = muscle.meshNodes.empty() ? muscle.node : muscle.meshNodes.front();
    const glm::vec4 tint = lifted[size_t(node)].tint;
    EXPECT_GT(tint.r, tint.b) << c.muscle << ": shortened muscles are tinted red";
    EXPECT_NEAR(tint.g, contractionTint(c.toShortening).g, 0.01f);
    // Redder than before the lift: green and blue fall toward the full red.
    EXPECT_LT(contractionTint(c.toShortening).g, contractionTint(c.fromShortening).g - 0.02f);
  }
  // The muscle under the finger (the psoas, turned 30 degrees) is carried toward its origin.
  p.aim.towardSpineDeg = 30.0f;
  const PreparedStep turned = g.show(PalpationStep::Confirm);
  ASSERT_TRUE(turned.spotMm);
  const glm::vec3 moved =
      carriedAlongLine(*lineOf(g.state.muscles, "psoas_major_left"), turned.startPose,
                       g.state.document.pose(), *turned.spotMm);
  std::printf("the psoas under the finger moves %.1f mm as the foot lifts\n",
              glm::distance(moved, *turned.spotMm));
  EXPECT_GT(glm::distance(moved, *turned.spotMm), 1.0f);
  EXPECT_GT(moved.y, turned.spotMm->y);  // toward the head as it shortens
}

TEST(PalpationGuide, TheActiveReleaseLengthensThePsoasUnderTheFinger) {
  Guide g;
  PalpationState& p = g.state.palpation;
  p.technique = 1;  // active_release: the heel slides down, 45 -> 0 degrees
  p.aim.towardSpineDeg = 30.0f;
  const PreparedStep release = g.show(PalpationStep::Release);
  EXPECT_FLOAT_EQ(release.motion.fromDeg, 45.0f);
  EXPECT_FLOAT_EQ(release.motion.toDeg, 0.0f);
  EXPECT_FLOAT_EQ(g.state.document.hipFlexion(0), 0.0f);  // the view ends where the heel stops
  ASSERT_EQ(release.lengths.size(), 2u);
  for (const LengthChange& c : release.lengths) {
    std::printf("active release: %s %.1f -> %.1f mm\n", c.muscle.c_str(), c.fromMm, c.toMm);
    EXPECT_GT(c.toMm, c.fromMm + 15.0f) << c.muscle;
    EXPECT_LT(shorteningOf(g.state, c.muscle), c.fromShortening);
  }
  ASSERT_TRUE(release.spotMm);
  const glm::vec3 moved =
      carriedAlongLine(*lineOf(g.state.muscles, "psoas_major_left"), release.startPose,
                       g.state.document.pose(), *release.spotMm);
  EXPECT_LT(moved.y, release.spotMm->y - 3.0f);  // toward the thigh as it lengthens
  // Halfway through the motion the hip is halfway; at the end it stays.
  bool done = false;
  EXPECT_NEAR(motionDegrees(release.motion, 0.5 * release.motion.seconds, &done), 22.5f, 0.01f);
  EXPECT_FALSE(done);
  EXPECT_FLOAT_EQ(motionDegrees(release.motion, 2.0 * release.motion.seconds, &done), 0.0f);
  EXPECT_TRUE(done);
  // The static hold keeps the knees bent and starts its countdown.
  p.technique = 0;
  const PreparedStep hold = g.show(PalpationStep::Release);
  EXPECT_TRUE(hold.hold);
  EXPECT_TRUE(hold.motion.done);
  EXPECT_FLOAT_EQ(g.state.document.hipFlexion(0), 45.0f);
  // The ball release: lying on the ball between the navel and the hip bone, legs straight.
  p.technique = 4;
  const PreparedStep ball = g.show(PalpationStep::Release);
  const glm::vec3 at = ball.marks.reading.skinMm;
  EXPECT_FLOAT_EQ(g.state.document.hipFlexion(0), 0.0f);
  EXPECT_GT(at.x, ball.marks.navelMm.x + 20.0f);
  EXPECT_LT(at.x, ball.marks.asisMm.x - 20.0f);
  EXPECT_GT(at.y, ball.marks.asisMm.y);
  EXPECT_LT(at.y, ball.marks.navelMm.y);
}

TEST(PalpationGuide, PositionsSetTheirHipsAndCamera) {
  Guide g;
  PalpationState& p = g.state.palpation;
  const float hips[] = {45.0f, 30.0f, 90.0f};
  float lastAzimuth = 1e9f;
  for (int position = 0; position < 3; ++position) {
    p.position = position;
    const PreparedStep shown = g.show(PalpationStep::Position);
    EXPECT_FLOAT_EQ(g.state.document.hipFlexion(0), hips[position]);
    EXPECT_FLOAT_EQ(g.state.document.hipFlexion(1), hips[position]);
    ASSERT_TRUE(shown.view.camera.azimuth);
    EXPECT_NE(*shown.view.camera.azimuth, lastAzimuth);
    lastAzimuth = *shown.view.camera.azimuth;
    // The probe still finds the iliacus straight back in every position.
    EXPECT_EQ(shown.marks.reading.firstMuscle, "iliacus_left") << kPalpationPositions[position];
  }
}
}  // namespace pe::test
