#include "gen/MuscleBulge.h"

#include <algorithm>

#include <glm/geometric.hpp>

namespace pe::gen {
namespace {
float smoothstep(float a, float b, float x) {
  const float t = std::fmin(1.0f, std::fmax(0.0f, (x - a) / (b - a)));
  return t * t * (3.0f - 2.0f * t);
}

// Each vertex's neighbours across the triangles' edges.
std::vector<std::vector<uint32_t>> neighbours(size_t count, const std::vector<uint32_t>& indices) {
  std::vector<std::vector<uint32_t>> out(count);
  for (size_t t = 0; t + 2 < indices.size(); t += 3)
    for (int k = 0; k < 3; ++k) {
      out[indices[t + k]].push_back(indices[t + (k + 1) % 3]);
      out[indices[t + k]].push_back(indices[t + (k + 2) % 3]);
    }
  return out;
}
}  // namespace

std::vector<glm::vec3> muscleBulge(
    const Part& muscle, const std::vector<glm::vec3>& positions,
    const std::vector<uint32_t>& indices,
    const std::function<bool(size_t, const glm::vec3&, float)>& inBone) {
  const size_t count = positions.size();
  std::vector<glm::vec3> full(count, glm::vec3(0.0f));
  std::vector<float> safe(count, 0.0f);  // the share of the full bulge that stays out of bone
  for (size_t i = 0; i < count; ++i) {
    const glm::vec3& v = positions[i];
    const float t = muscle.path->parameter(v);
    const float share = smoothstep(muscle.brimT - 0.1f, muscle.brimT + 0.1f, t) *
                        (1.0f - smoothstep(0.85f, 0.97f, t));
    if (share <= 0.0f || inBone(i, v, 120.0f)) continue;
    // Not forward: in flexion the front of the muscle is the inside of the fold in the groin,
    // where it is pressed together, not free to swell.
    const glm::vec3 radial = v - muscle.path->pointAt(t);
    const float forward = glm::length(radial) > 1e-3f ? glm::normalize(radial).z : 0.0f;
    full[i] = radial * (muscle.bulge * share * (1.0f - smoothstep(0.0f, 0.7f, forward)));
    // The bulge weighs angle / 120: check it every 30 degrees on the way.
    auto clear = [&](const glm::vec3& d) {
      for (float degrees : {120.0f, 90.0f, 60.0f, 30.0f})
        if (inBone(i, v + d * (degrees / 120.0f), degrees)) return false;
      return true;
    };
    for (int step = 8; step > 0; --step)
      if (clear(full[i] * (static_cast<float>(step) / 8.0f))) {
        safe[i] = static_cast<float>(step) / 8.0f;
        break;
      }
  }
  // The share varies smoothly over the surface, so that no triangle folds where bone holds
  // some vertices back: averaged over each neighbourhood, never more than is safe.
  const auto near = neighbours(count, indices);
  std::vector<float> scale = safe, next(count);
  for (int round = 0; round < 3; ++round) {
    for (size_t i = 0; i < count; ++i) {
      float sum = scale[i];
      for (uint32_t j : near[i]) sum += scale[j];
      next[i] = std::min(safe[i], sum / static_cast<float>(near[i].size() + 1));
    }
    scale.swap(next);
  }
  std::vector<glm::vec3> out(count);
  for (size_t i = 0; i < count; ++i) out[i] = full[i] * scale[i];
  return out;
}
}  // namespace pe::gen
