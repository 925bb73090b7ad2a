#include "gen/Femur.h"

#include "gen/Pelvis.h"

#include <memory>

#include <glm/trigonometric.hpp>

namespace pe::gen {
namespace {
struct FemurShape {
  glm::vec3 head{0.0f};  // hip joint centre (model frame)
  float side = 1.0f;     // +1 left, -1 right: offsets are measured on the left
  float headRadius = 0, neckLength = 0, neckHalfHeight = 0, neckHalfDepth = 0;
  glm::vec3 neckDir{0.0f};       // from the neck base towards the head
  std::vector<glm::vec3> shaft;  // neck base ... knee, model frame
  std::vector<float> shaftRadius;
  std::shared_ptr<const Sweep> shaftSweep;
  glm::vec3 greaterTrochanter{0.0f}, greaterTrochanterRadii{0.0f};
  glm::vec3 lesserRoot{0.0f}, lesserTip{0.0f};
  glm::vec3 medialCondyle{0.0f}, lateralCondyle{0.0f}, condyleRadii{0.0f};
};

float femurField(const glm::vec3& p, const FemurShape& f) {
  const glm::mat3 id(1.0f);
  float d = sdSphere(p, f.head, f.headRadius);
  const glm::vec3 neckBase = f.head - f.neckDir * f.neckLength;
  const glm::mat3 neckFrame = frameAlong(f.neckDir, glm::vec3(0, 1, 0));
  d = smoothUnion(d,
                  sdEllipticCylinder(p, 0.5f * (neckBase + f.head) - f.neckDir * 4.0f,
                                     glm::mat3(neckFrame[0], neckFrame[2], neckFrame[1]),
                                     f.neckHalfDepth, f.neckHalfHeight, 0.5f * f.neckLength, 4.0f),
                  6.0f);
  d = smoothUnion(d, f.shaftSweep->distance(p), 8.0f);
  d = smoothUnion(d, sdEllipsoid(p, f.greaterTrochanter, id, f.greaterTrochanterRadii), 8.0f);
  d = smoothUnion(d, sdRoundCone(p, f.lesserRoot, f.lesserTip, 9.0f, 4.5f), 5.0f);
  // Intertrochanteric crest (behind) and line (in front), from the greater to the lesser
  // trochanter.
  const glm::vec3 gt = f.greaterTrochanter;
  d = smoothUnion(d,
                  sdCapsule(p, gt + glm::vec3(-f.side * 4.0f, -4.0f, -12.0f),
                            f.lesserTip + glm::vec3(f.side * 8.0f, 4.0f, 6.0f), 5.0f),
                  4.0f);
  d = smoothUnion(d,
                  sdCapsule(p, gt + glm::vec3(-f.side * 6.0f, 8.0f, 10.0f),
                            f.lesserRoot + glm::vec3(-f.side * 6.0f, -4.0f, 12.0f), 3.5f),
                  4.0f);
  // Condyles, the patellar surface between them in front, the notch behind.
  float knee = smoothUnion(sdEllipsoid(p, f.medialCondyle, id, f.condyleRadii),
                           sdEllipsoid(p, f.lateralCondyle, id, f.condyleRadii), 6.0f);
  const glm::vec3 mid = 0.5f * (f.medialCondyle + f.lateralCondyle);
  knee = smoothUnion(
      knee,
      sdRoundBox(
          p, mid + glm::vec3(0, 8.0f, 0.6f * f.condyleRadii.z), id,
          glm::vec3(0.5f * glm::length(f.lateralCondyle - f.medialCondyle) + 4.0f, 16.0f, 9.0f),
          6.0f),
      6.0f);
  knee = smoothSubtract(
      knee,
      sdCapsule(p, mid + glm::vec3(0, -f.condyleRadii.y, -0.9f * f.condyleRadii.z),
                mid + glm::vec3(0, 0.1f * f.condyleRadii.y, 0.3f * f.condyleRadii.z), 11.0f),
      3.0f);
  return smoothUnion(d, knee, 12.0f);
}

glm::vec3 offset(const MeasurementTable& m, const std::string& name, const glm::vec3& head,
                 float side) {
  const glm::vec3 o = m.point(name);
  return head + glm::vec3(side * o.x, o.y, o.z);
}
}  // namespace

glm::vec3 hipCentre(const MeasurementTable& m, const std::string& side) {
  return onSide(m.point("hip_centre.left"), side);
}

void addFemurs(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks) {
  for (const char* sideName : {"left", "right"}) {
    const std::string side = sideName;
    FemurShape f;
    f.side = side == "left" ? 1.0f : -1.0f;
    f.head = hipCentre(m, side);
    f.headRadius = 0.5f * static_cast<float>(m.mm("femur.head.diameter"));
    f.neckLength = static_cast<float>(m.mm("femur.neck.length"));
    f.neckHalfHeight = 0.5f * static_cast<float>(m.mm("femur.neck.height"));
    f.neckHalfDepth = 0.5f * static_cast<float>(m.mm("femur.neck.depth"));
    for (const char* name : {"femur.shaft.upper", "femur.shaft.proximal", "femur.shaft.middle",
                             "femur.shaft.distal", "femur.shaft.flare", "femur.knee.centre"})
      f.shaft.push_back(offset(m, name, f.head, f.side));
    const float ru = 0.5f * static_cast<float>(m.mm("femur.shaft.upper_diameter"));
    const float rm = 0.5f * static_cast<float>(m.mm("femur.shaft.middle_diameter"));
    const float rf = 0.5f * static_cast<float>(m.mm("femur.shaft.flare_diameter"));
    f.shaftRadius = {ru, 0.5f * (ru + rm), rm, rm, rf, rf};
    // The neck: neck-shaft angle between the neck and the shaft below it, anteversion forward.
    const glm::vec3 shaftUp = glm::normalize(f.shaft[1] - f.shaft[3]);
    const float nsa = glm::radians(static_cast<float>(m.deg("femur.neck_shaft_angle")));
    const float av = glm::radians(static_cast<float>(m.deg("femur.anteversion")));
    // Medial (turned forward by the anteversion) square to the shaft, so that the angle between
    // neck and shaft is the table's: the shaft leans medially, and a medial direction that
    // leans with it would close the angle by several degrees.
    glm::vec3 medial = glm::vec3(-f.side * stableCos(av), 0.0f, stableSin(av));
    medial = glm::normalize(medial - shaftUp * glm::dot(medial, shaftUp));
    f.neckDir = glm::normalize(stableCos(glm::radians(180.0f) - nsa) * shaftUp +
                               stableSin(glm::radians(180.0f) - nsa) * medial);
    f.shaft.insert(f.shaft.begin(), f.head - f.neckDir * f.neckLength);
    f.shaftRadius.insert(f.shaftRadius.begin(), ru);
    std::vector<SweepSection> sections;
    for (size_t i = 0; i < f.shaft.size(); ++i)
      sections.push_back({f.shaft[i], f.shaftRadius[i], f.shaftRadius[i] * 0.94f});
    f.shaftSweep = std::make_shared<Sweep>(sections, glm::vec3(1, 0, 0));
    f.greaterTrochanter = offset(m, "femur.greater_trochanter.centre", f.head, f.side);
    f.greaterTrochanterRadii = m.point("femur.greater_trochanter.radii");
    f.lesserTip = offset(m, "femur.lesser_trochanter.tip", f.head, f.side);
    f.lesserRoot = offset(m, "femur.lesser_trochanter.root", f.head, f.side);
    f.medialCondyle = offset(m, "femur.condyle.medial", f.head, f.side);
    f.lateralCondyle = offset(m, "femur.condyle.lateral", f.head, f.side);
    f.condyleRadii = m.point("femur.condyle.radii");
    Part part = makePart("femur_" + side, side, "bones", "bone", "hip_bone_" + side, "bone");
    for (const auto& s : f.shaft) part.shape.bounds.add(s);
    part.shape.bounds.add(f.head);
    part.shape.bounds.add(f.greaterTrochanter);
    for (const auto& c : {f.medialCondyle, f.lateralCondyle}) {
      part.shape.bounds.add(c - f.condyleRadii);
      part.shape.bounds.add(c + f.condyleRadii);
    }
    part.shape.bounds.pad(32.0f);
    part.shape.field = [f](const glm::vec3& p) { return femurField(p, f); };
    part.meshing.voxel = 0.9f;
    part.meshing.targetTriangles = 16000;
    parts.push_back(std::move(part));
    const std::string bone = "femur_" + side;
    marks.push_back({"femoral_head_centre_" + side, side, bone, f.head});
    marks.push_back({"greater_trochanter_" + side, side, bone,
                     f.greaterTrochanter + glm::vec3(0, f.greaterTrochanterRadii.y, 0)});
    marks.push_back({"lesser_trochanter_" + side, side, bone, f.lesserTip});
  }
}
}  // namespace pe::gen
