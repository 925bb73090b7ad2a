// A lofted sweep: a smooth centreline (Catmull-Rom through anatomical points) carrying
// elliptical cross-sections whose two half-axes vary along it. Suits muscles, tendons, ribs
// and ligaments. `widthHint` orients the first half-axis (e.g. lateral for the psoas).
#pragma once
#include <string>
#include <vector>

#include "gen/Sdf.h"

namespace pe::gen {
struct SweepSection {
  glm::vec3 point{0.0f};
  float halfWidth = 1.0f, halfDepth = 1.0f;
};

// Sections of a left-side path moved to `side` ("left" keeps them).
inline std::vector<SweepSection> sectionsOnSide(std::vector<SweepSection> sections,
                                                const std::string& side) {
  if (side != "left")
    for (auto& s : sections) s.point.x = -s.point.x;
  return sections;
}

class Sweep {
 public:
  Sweep(const std::vector<SweepSection>& sections, const glm::vec3& widthHint, int samples = 96);
  float distance(const glm::vec3& p) const;
  // Arc-length parameter (0 at the first section, 1 at the last) of the centreline point
  // nearest p.
  float parameter(const glm::vec3& p) const;
  Box3 bounds() const;
  float length() const { return arc_.back(); }
  glm::vec3 pointAt(float t) const;

 private:
  size_t nearestSegment(const glm::vec3& p, float& along) const;
  std::vector<glm::vec3> centre_, width_, depth_;
  std::vector<float> a_, b_, arc_;
};
}  // namespace pe::gen
