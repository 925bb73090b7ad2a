// The guided palpation of issue 12, step by step: each step of the palpation text is a view
// (scene/ViewSpec.h: the pose of the position, the layers, what is highlighted, the cut-away
// along the probe, the camera), and the marks drawn over it (the ASIS on the skin, the level of
// the navel, the fingertip, the probe, the muscle's point under the finger as the foot lifts).
// The viewer's Palpation tab, `--palpation STEP --screenshot` and the tests build them here.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/vec3.hpp>

#include "geometry/PalpationProbe.h"
#include "scene/StructureIndex.h"
#include "scene/ViewSpec.h"

namespace pe {
class MuscleMeter;
struct MuscleLine;

constexpr float kSupineHipsDeg = 45.0f;  // lying on the back with the knees bent
constexpr float kLiftDeg = 10.0f;        // "lift the foot": the hip flexes this much more

// The steps in the order they are taken (io/PalpationContent.h kPalpationSteps).
enum class PalpationStep {
  Position,
  FindAsis,
  NavelLevel,
  ThePoint,
  Press,
  Safety,
  Confirm,
  Release,
  Cautions
};
constexpr int kPalpationStepCount = 9;
// "press" -> Press; nullopt for a name that is not a step. Steps are also numbered from 1.
std::optional<PalpationStep> palpationStepNamed(const std::string& name);

// How the guide is set: where the person lies, which side, the build, the probe.
struct PalpationSetup {
  int side = 0;                        // 0 left, 1 right
  float hipDeg = kSupineHipsDeg;       // the position's hip flexion (both hips)
  float cameraAzimuth = 35.0f;         // the position's camera for the left side (degrees)
  float cameraElevation = 20.0f;       // the right side mirrors the azimuth
  std::optional<float> habitus;        // absent: the average build
  float liftDeg = kLiftDeg;            // the confirm step's lift
  std::optional<float> releaseHipDeg;  // the release step's hip (a technique's start)
  std::optional<float> releaseEndDeg;  // and where its motion ends, when it has one
  ProbeAim aim;                        // the probe of the press, safety and later steps
};

// Where the marks are on the posed model (mm, model frame): the ASIS and the point on the skin,
// the navel, and the probe's reading from the point.
struct PalpationMarks {
  glm::vec3 asisMm{0.0f}, navelMm{0.0f};
  bool navel = false;  // the model has an umbilicus
  ProbeReading reading;
};

// The marks on the scene as posed now (its pose set with PalpationScene::setPose).
PalpationMarks palpationMarks(const PalpationScene& scene, const Pose& pose,
                              const StructureIndex& index, const PalpationSetup& setup);

// The pose of a step alone: the position's hips (the confirm step's side lifted, the release
// step's technique at the end of its motion), the build. What is needed before the marks can
// be found.
ViewSpec palpationStepPose(PalpationStep step, const PalpationSetup& setup);

// The press step's cut-away: a plane through the point along the probe and the body's long
// axis, the part lateral to it removed.
ClipPlane probeCutaway(const ProbeReading& reading, int side);

// The whole view of a step; ids and layers the model lacks are left out.
ViewSpec palpationStepView(PalpationStep step, const PalpationSetup& setup,
                           const PalpationMarks& marks, const StructureIndex& index);

// Where a point of a muscle goes as its line of action changes from one pose to another, the
// muscle taken to shorten or stretch evenly along its line (as the length model measures it):
// the point's nearest place on the line at `from`, carried to the same fraction of the line's
// length at `to` (mm, model frame).
glm::vec3 carriedAlongLine(const MuscleLine& line, const Pose& from, const Pose& to,
                           const glm::vec3& pointMm);
// The meter's line of a muscle, or nullptr.
const MuscleLine* lineOf(const MuscleMeter& meter, const std::string& muscle);

// How the foot's lift (or a technique's motion) changes a muscle: its length before and after
// (mm) by the muscle-length model, and the tint's shortening fraction at each.
struct LengthChange {
  std::string muscle;
  float fromMm = 0.0f, toMm = 0.0f;
  float fromShortening = 0.0f, toShortening = 0.0f;
};
// For the psoas major and iliacus of the side, the hip going from one angle to another; empty
// when the meter has neither.
std::vector<LengthChange> hipLengthChanges(const MuscleMeter& meter, int side, float fromDeg,
                                           float toDeg);
}  // namespace pe
