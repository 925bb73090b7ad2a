#include "geometry/ContractionTint.h"

#include <algorithm>

namespace pe {
namespace {
// A heat scale over a neutral grey, so the muscles' own red does not hide it.
const glm::vec3 kStanding{0.78f, 0.76f, 0.74f};
const glm::vec3 kShorter{0.90f, 0.10f, 0.06f};
const glm::vec3 kLonger{0.08f, 0.32f, 0.95f};
constexpr float kStrength = 0.85f;
}  // namespace

glm::vec4 contractionTint(float shortening) {
  const float f = shortening >= 0.0f ? std::min(shortening / kFullShortening, 1.0f)
                                     : std::min(-shortening / kFullLengthening, 1.0f);
  const glm::vec3 end = shortening >= 0.0f ? kShorter : kLonger;
  return glm::vec4(kStanding + (end - kStanding) * f, kStrength);
}

void tintByContraction(const StructureIndex& index, const MuscleMeter& meter,
                       const std::vector<MuscleMeter::Reading>& readings,
                       std::vector<NodeAppearance>& nodes) {
  for (size_t i = 0; i < meter.lines().size() && i < readings.size(); ++i) {
    const int s = index.find(meter.lines()[i].muscle);
    if (s < 0) continue;
    for (int n : index.structures[s].meshNodes)
      if (n < static_cast<int>(nodes.size()))
        nodes[n].tint = contractionTint(readings[i].shortening);
  }
}

namespace {
constexpr unsigned packRgba(unsigned r, unsigned g, unsigned b) {
  return 0xff000000u | b << 16 | g << 8 | r;
}
}  // namespace

unsigned muscleColour(const std::string& muscle) {
  if (muscle.rfind("psoas_major", 0) == 0) return packRgba(230, 159, 0);  // orange
  if (muscle.rfind("iliacus", 0) == 0) return packRgba(86, 180, 233);     // sky blue
  if (muscle.rfind("psoas_minor", 0) == 0) return packRgba(0, 158, 115);  // bluish green
  return packRgba(204, 121, 167);                                         // reddish purple
}
}  // namespace pe
