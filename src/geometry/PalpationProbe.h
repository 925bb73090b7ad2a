// The palpation probe of issue 12 ("Find the psoas"): a finger-width cylinder (15 mm) pressed
// from a point on the skin, by default the palpation point 2.5 cm medial to the ASIS, straight
// back or turned toward the spine and tilted toward the head or feet. It reads, on the posed
// model, every structure it crosses from the skin down with the depths (mm) at which it enters
// and leaves it, names the first muscle it reaches (iliacus or psoas major), and says what it
// passes close to: an artery within 10 mm (a pulse under the fingers), the caecum or colon it
// crosses, the lateral femoral cutaneous nerve within 10 mm.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "scene/Pose.h"
#include "scene/StructureIndex.h"

namespace pe {
constexpr float kProbeRadiusMm = 7.5f;       // a fingertip, 15 mm across
constexpr float kProbeReachMm = 150.0f;      // deeper than any build's psoas
constexpr float kPalpationMedialMm = 25.0f;  // "about an inch medial to the ASIS"
constexpr float kProbeWarningMm = 10.0f;     // an artery or nerve this close to the probe
constexpr float kNearMm = 30.0f;             // distances are given for those this close

struct ProbeAim {
  int side = 0;                      // 0 left, 1 right
  float towardSpineDeg = 0.0f;       // 0 straight back, turned toward the midline
  float tiltDeg = 0.0f;              // toward the head (+) or the feet (-)
  std::optional<glm::vec3> pointMm;  // where it starts; default: the palpation point
};

// A layer along the probe: a structure id, or "subcutaneous_fat" (between the skin and the
// first structure beneath it) or "extraperitoneal_space" (between the abdominal wall and what
// lies deeper, which the model leaves empty: transversalis fascia, extraperitoneal fat,
// peritoneum).
struct ProbeCrossing {
  std::string structure;
  float entryMm = 0.0f, exitMm = 0.0f;  // depth below the skin along the probe's axis
  bool edge = false;  // only the finger's edge crosses it (depths: the mean of the edge's)
};

struct ProbeReading {
  glm::vec3 pointMm{0.0f}, direction{0.0f, 0.0f, -1.0f};  // model frame, mm; unit
  // Whether the axis meets the skin at the point (or within 20 mm outside it, or anywhere before
  // it when the point lies inside); depths are from there. Nothing else is read when it does not.
  bool onSkin = false;
  glm::vec3 skinMm{0.0f};                // where the axis enters the skin
  std::vector<ProbeCrossing> crossings;  // from the skin down
  std::string firstMuscle;               // "" when it reaches none
  float firstMuscleDepthMm = 0.0f;
  std::vector<std::string> arteriesNear, gutCrossed, nervesNear;
  // The model has an abdominal wall but the axis meets none of its layers before the first
  // muscle (close to the ASIS, where the model's wall stops short of the iliacus): the depth
  // to the muscle is then less than a real wall would make it.
  bool wallMissing = false;
  // The distance of each artery and nerve within kNearMm of the probe pressed to the first muscle.
  std::vector<std::pair<std::string, float>> distancesMm;
};

class TriangleBvh;

// The posed model the probe reads, kept until the pose changes: reading it again for another
// point, turn or tilt (dragging the point in the viewer) casts the probe's rays only. The model
// must outlive it (the index is copied).
class PalpationScene {
 public:
  PalpationScene(const Model& model, const StructureIndex& index);
  ~PalpationScene();
  void setPose(const Pose& pose);  // world transforms up to date
  // The palpation point of a side (see palpationPoint below).
  glm::vec3 palpationPoint(int side) const;
  glm::vec3 asisOnSkin(int side) const;  // where the skin covers the ASIS (mm)
  ProbeReading read(const ProbeAim& aim) const;
  // The average build's skin (mm), where the palpation point is found; null without a skin.
  const TriangleBvh* averageSkin() const { return averageSkin_.get(); }

 private:
  struct Solid {
    const Structure* structure = nullptr;
    std::vector<glm::vec3> positions;  // mm
    std::vector<uint32_t> corners;
    std::vector<glm::vec4> spheres;  // per triangle: centre, radius
    glm::vec3 lo, hi;
  };
  const Model& model_;
  const StructureIndex index_;
  std::vector<Solid> solids_;
  std::unique_ptr<TriangleBvh> averageSkin_;
  glm::vec3 asis_[2] = {glm::vec3(0.0f), glm::vec3(0.0f)};
  glm::vec3 point_[2] = {glm::vec3(0.0f), glm::vec3(0.0f)};
  glm::vec3 asisSkin_[2] = {glm::vec3(0.0f), glm::vec3(0.0f)};
  glm::vec3 onSkin(const glm::vec3& p) const;
  glm::vec3 walkFromAsis(int side) const;
};

// The ids the probe needs on a model for a side ("skin", "asis_left"...), those missing.
std::vector<std::string> missingForPalpation(const StructureIndex& index, int side);

// The palpation point of a side in a pose: from the ASIS 2.5 cm toward the midline, measured
// along the skin (mm, model frame).
glm::vec3 palpationPoint(const Model& model, const Pose& pose, const StructureIndex& index,
                         int side);

// The probe's unit direction for an aim: straight back (-Z), turned toward the midline about
// the vertical, then tilted toward the head about the side-to-side axis.
glm::vec3 probeDirection(const ProbeAim& aim);

// Reads the probe on the posed model (world transforms up to date). The ids must be there
// (missingForPalpation).
ProbeReading readProbe(const Model& model, const Pose& pose, const StructureIndex& index,
                       const ProbeAim& aim);

// The reading as CSV lines "side,habitus,angle_deg,structure,entry_mm,exit_mm" (no header).
std::string probeCsv(const ProbeReading& reading, const ProbeAim& aim, float habitus);
}  // namespace pe
