#include "gen/Anatomy.h"

#include "gen/Femur.h"
#include "gen/Muscles.h"
#include "gen/Pelvis.h"
#include "gen/SoftTissue.h"
#include "gen/Vertebrae.h"

namespace pe::gen {
Anatomy buildAnatomy(const MeasurementTable& table) {
  Anatomy a;
  addPelvis(table, a.parts, a.landmarks);
  addVertebrae(table, a.parts, a.landmarks);
  addDiscs(table, a.parts);
  addFemurs(table, a.parts, a.landmarks);
  addRibs(table, a.parts);
  addInguinalLigaments(table, a.parts);
  addMuscles(table, a.parts);
  addSkin(table, a.parts, a.landmarks);
  return a;
}
}  // namespace pe::gen
