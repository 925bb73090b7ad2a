#include "gen/Anatomy.h"

#include "gen/AbdominalWall.h"

#include "gen/Femur.h"
#include "gen/Muscles.h"
#include "gen/Nerves.h"
#include "gen/Pelvis.h"
#include "gen/Skin.h"
#include "gen/SoftTissue.h"
#include "gen/Vertebrae.h"
#include "gen/Vessels.h"
#include "gen/Viscera.h"

namespace pe::gen {
namespace {
constexpr float kClearance = 0.4f;  // mm kept between a muscle and the bone it lies on

bool overlaps(const Box3& a, const Box3& b) {
  return a.lo.x <= b.hi.x && b.lo.x <= a.hi.x && a.lo.y <= b.hi.y && b.lo.y <= a.hi.y &&
         a.lo.z <= b.hi.z && b.lo.z <= a.hi.z;
}

// Soft tissue never enters bone: each bone near it is carved out of its shape (at rest), so a
// muscle wraps the bone it lies on and meets it exactly at its attachments.
void carveBones(std::vector<Part>& parts) {
  std::vector<Shape> bones;
  for (const auto& p : parts)
    if (p.layer == "bones") bones.push_back(p.shape);
  for (auto& p : parts) {
    if (p.layer != "muscles" && p.layer != "ligaments" && p.layer != "vessels" &&
        p.layer != "nerves")
      continue;
    std::vector<Shape> near;
    for (const auto& b : bones)
      if (overlaps(b.bounds, p.shape.bounds)) near.push_back(b);
    p.shape.field = [soft = p.shape.field, near](const glm::vec3& q) {
      float d = soft(q);
      for (const auto& b : near) {
        if (glm::any(glm::lessThan(q, b.bounds.lo)) || glm::any(glm::greaterThan(q, b.bounds.hi)))
          continue;
        d = smoothSubtract(d, b.field(q) - kClearance, 1.0f);
      }
      return d;
    };
  }
}
}  // namespace

Anatomy buildAnatomy(const MeasurementTable& table) {
  Anatomy a;
  addPelvis(table, a.parts, a.landmarks);
  addVertebrae(table, a.parts, a.landmarks);
  addDiscs(table, a.parts);
  addFemurs(table, a.parts, a.landmarks);
  a.lines = musclesLinesOfAction(table);
  addRibs(table, a.parts);
  addInguinalLigaments(table, a.parts);
  addMuscles(table, a.parts);
  addVessels(table, a.parts);
  addViscera(table, a.parts);
  addNerves(table, a.parts);
  addLineaAlba(table, a.parts);
  addSkin(table, a.parts, a.landmarks);
  addAbdominalWall(table, a.parts);
  carveBones(a.parts);
  return a;
}
}  // namespace pe::gen
