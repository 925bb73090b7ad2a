// T12 and the lumbar vertebrae, the intervertebral discs from T12/L1 to L5/S1, each from the
// measurements of its level.
#pragma once
#include <string>
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
// The frame of a vertebral body: centre, axis (inferior to superior) and anterior direction.
struct BodyFrame {
  glm::vec3 centre{0.0f}, up{0, 1, 0}, forward{0, 0, 1};
  float width = 0, depth = 0, height = 0;
  glm::vec3 top() const { return centre + up * (0.5f * height); }
  glm::vec3 bottom() const { return centre - up * (0.5f * height); }
};

const std::vector<std::string>& vertebraLevels();  // T12, L1 ... L5
BodyFrame bodyFrame(const MeasurementTable& m, const std::string& level);

// A point on the left transverse process of `level`: 0 at its root, 1 at its tip (model
// frame). Mirror x for the right side.
glm::vec3 transverseProcessPoint(const MeasurementTable& m, const std::string& level, float along);

void addVertebrae(const MeasurementTable& m, std::vector<Part>& parts,
                  std::vector<Landmark>& marks);
// The discs; the one below L5 rests on the sacral base described by the table.
void addDiscs(const MeasurementTable& m, std::vector<Part>& parts);
}  // namespace pe::gen
