// The four muscles of the region on each side: psoas major (fascicles from T12-L4 bodies and
// discs and the L1-L5 transverse processes gathering into one belly over the pelvic brim to the
// lesser trochanter), psoas minor (on its anterior surface, long flat tendon to the iliopubic
// eminence), iliacus (filling the iliac fossa, joining the lateral side of the psoas tendon) and
// quadratus lumborum (iliac crest to the 12th rib and the transverse process tips).
#pragma once
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
void addMuscles(const MeasurementTable& m, std::vector<Part>& parts);
// Lines of action of psoas major, iliacus and psoas minor on both sides.
std::vector<LineOfAction> musclesLinesOfAction(const MeasurementTable& m);
// Points along a muscle's path read from the table: NAME.p0, NAME.p1, ... with half-widths
// NAME.w0.. and half-depths NAME.d0.. (left side).
std::vector<SweepSection> sweepSections(const MeasurementTable& m, const std::string& name,
                                        int count);
}  // namespace pe::gen
