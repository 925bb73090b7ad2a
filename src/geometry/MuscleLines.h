// Muscle-tendon lengths along each muscle's line of action. A model carries the lines as empty
// nodes on its bones (extras kind "line_point" with the muscle id and the order from origin to
// insertion, and "line_wrap": a cylinder about the node's X axis with a radius in metres that
// the line wraps between points `after` and `after + 1` when the straight line would cut it).
// The bundled model wraps the iliopsoas round the femoral head about the hip's flexion axis.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "pose/HipRig.h"
#include "scene/Pose.h"

namespace pe {
struct MuscleLine {
  std::string muscle;       // structure id, e.g. "psoas_major_left"
  int side = -1;            // 0 left, 1 right (from the muscle's extras or id), -1 unknown
  std::vector<int> points;  // nodes, origin first
  int wrapNode = -1, wrapAfter = -1;
  float wrapRadius = 0.0f;  // model units
};

// The lines of a model in file order; empty when it has none. Broken lines (a gap in the
// order, a wrap after the last point, a radius that is not positive) are left out.
std::vector<MuscleLine> findMuscleLines(const Model& model);

// Length in model units at the pose (world transforms must be up to date).
float lineLength(const MuscleLine& line, const Pose& pose);
// The line as drawn: its points with the wrapped arc sampled in between.
std::vector<glm::vec3> linePath(const MuscleLine& line, const Pose& pose, int arcSamples = 8);

// One muscle measured over hip flexion of its side (the other side at rest).
struct LengthSample {
  float degrees = 0.0f;
  float lengthMm = 0.0f;
  float momentArmMm = 0.0f;  // -dL/dtheta: positive when flexion shortens the muscle
};
struct LengthCurve {
  std::string muscle;
  int side = -1;
  float standingMm = 0.0f;  // at 0 degrees
  std::vector<LengthSample> samples;
};

// Measures a line at `degrees` of flexion on its side (mm, with the moment arm from a central
// difference of +-0.25 degrees; glTF units are metres). Needs the model's hip rig.
LengthSample measureLine(const Model& model, const HipRig& rig, const MuscleLine& line,
                         float degrees);
// Every line from `from` to `to` degrees in steps of `step`.
std::vector<LengthCurve> measureLines(const Model& model, const HipRig& rig,
                                      const std::vector<MuscleLine>& lines,
                                      float from = kMinHipFlexion, float to = kMaxHipFlexion,
                                      float step = 5.0f);
// The curve value at an angle, linearly interpolated (clamped to the curve's range).
LengthSample sampleAt(const LengthCurve& curve, float degrees);
// A model's lines with their curves (-20 to 120 degrees, every degree), read at any pose.
class MuscleMeter {
 public:
  MuscleMeter() = default;
  explicit MuscleMeter(const Model& model);  // empty when the model has no hip rig or lines
  bool empty() const { return curves_.empty(); }
  const std::vector<MuscleLine>& lines() const { return lines_; }
  const std::vector<LengthCurve>& curves() const { return curves_; }
  const HipRig& rig() const { return rig_; }

  struct Reading {
    float degrees = 0.0f;      // the flexion of the line's side
    float lengthMm = 0.0f;     // measured on the pose
    float momentArmMm = 0.0f;  // from the curve at that flexion
    float shortening = 0.0f;   // fraction of the standing length; negative when longer
  };
  // One reading per line, in the order of lines(); world transforms must be up to date.
  std::vector<Reading> read(const Model& model, const Pose& pose) const;

 private:
  HipRig rig_;
  std::vector<MuscleLine> lines_;
  std::vector<LengthCurve> curves_;
};

// CSV with a header: muscle,angle_deg,length_mm,moment_arm_mm.
std::string lengthsCsv(const std::vector<LengthCurve>& curves);
}  // namespace pe
