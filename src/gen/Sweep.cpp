#include "gen/Sweep.h"

#include <algorithm>

#include "gen/ThickPatch.h"

namespace pe::gen {
Sweep::Sweep(const std::vector<SweepSection>& sections, const glm::vec3& widthHint, int samples) {
  std::vector<glm::vec3> pts;
  std::vector<float> a, b;
  for (const auto& s : sections)
    pts.push_back(s.point), a.push_back(s.halfWidth), b.push_back(s.halfDepth);
  const int n = static_cast<int>(sections.size());
  for (int i = 0; i <= samples; ++i) {
    const float t = static_cast<float>(i) / samples;
    centre_.push_back(catmullRom(pts, t));
    const float s = t * static_cast<float>(n - 1);
    const int k = std::min(static_cast<int>(s), n - 2);
    const float f = s - static_cast<float>(k);
    const float g = f * f * (3.0f - 2.0f * f);  // smooth radius changes between sections
    a_.push_back(a[k] + (a[k + 1] - a[k]) * g);
    b_.push_back(b[k] + (b[k + 1] - b[k]) * g);
  }
  arc_.push_back(0.0f);
  for (size_t i = 1; i < centre_.size(); ++i)
    arc_.push_back(arc_.back() + glm::length(centre_[i] - centre_[i - 1]));
  for (size_t i = 0; i < centre_.size(); ++i) {
    const glm::vec3 tangent =
        glm::normalize(centre_[std::min(i + 1, centre_.size() - 1)] - centre_[i > 0 ? i - 1 : 0]);
    glm::vec3 w = widthHint - tangent * glm::dot(widthHint, tangent);
    if (glm::length(w) < 1e-4f) w = glm::cross(tangent, glm::vec3(0, 0, 1));
    w = glm::normalize(w);
    width_.push_back(w);
    depth_.push_back(glm::cross(tangent, w));
  }
}

size_t Sweep::nearestSegment(const glm::vec3& p, float& along) const {
  size_t best = 0;
  float bestD = 1e30f;
  along = 0.0f;
  for (size_t i = 0; i + 1 < centre_.size(); ++i) {
    const glm::vec3 ab = centre_[i + 1] - centre_[i];
    const float h = std::clamp(glm::dot(p - centre_[i], ab) / glm::dot(ab, ab), 0.0f, 1.0f);
    const glm::vec3 d = p - (centre_[i] + ab * h);
    const float d2 = glm::dot(d, d);
    if (d2 < bestD) bestD = d2, best = i, along = h;
  }
  return best;
}

float Sweep::distance(const glm::vec3& p) const {
  float h = 0.0f;
  const size_t i = nearestSegment(p, h);
  const glm::vec3 c = glm::mix(centre_[i], centre_[i + 1], h);
  const glm::vec3 w = glm::normalize(glm::mix(width_[i], width_[i + 1], h));
  const glm::vec3 dn = glm::normalize(glm::mix(depth_[i], depth_[i + 1], h));
  const glm::vec3 tangent = glm::normalize(centre_[i + 1] - centre_[i]);
  const float a = a_[i] + (a_[i + 1] - a_[i]) * h, b = b_[i] + (b_[i + 1] - b_[i]) * h;
  const glm::vec3 q = p - c;
  const float x = glm::dot(q, w), y = glm::dot(q, dn);
  // Beyond an end: rounded over the smaller half-axis.
  float s = 0.0f;
  if (i == 0 && h == 0.0f) s = std::max(0.0f, -glm::dot(q, tangent));
  if (i + 2 == centre_.size() && h == 1.0f) s = std::max(0.0f, glm::dot(q, tangent));
  const float r = std::min(a, b);
  const float k0 = std::sqrt((x / a) * (x / a) + (y / b) * (y / b) + (s / r) * (s / r));
  const float k1 = std::sqrt((x / (a * a)) * (x / (a * a)) + (y / (b * b)) * (y / (b * b)) +
                             (s / (r * r)) * (s / (r * r)));
  return k1 > 0.0f ? k0 * (k0 - 1.0f) / k1 : -r;
}

float Sweep::parameter(const glm::vec3& p) const {
  float h = 0.0f;
  const size_t i = nearestSegment(p, h);
  return (arc_[i] + h * (arc_[i + 1] - arc_[i])) / arc_.back();
}

glm::vec3 Sweep::pointAt(float t) const {
  const float target = std::clamp(t, 0.0f, 1.0f) * arc_.back();
  const size_t i = std::min<size_t>(
      std::upper_bound(arc_.begin(), arc_.end(), target) - arc_.begin(), arc_.size() - 1);
  if (i == 0) return centre_[0];
  const float f = (target - arc_[i - 1]) / std::max(arc_[i] - arc_[i - 1], 1e-6f);
  return glm::mix(centre_[i - 1], centre_[i], f);
}

Box3 Sweep::bounds() const {
  Box3 box;
  float r = 0.0f;
  for (size_t i = 0; i < centre_.size(); ++i) box.add(centre_[i]), r = std::max({r, a_[i], b_[i]});
  box.pad(r + 1.0f);
  return box;
}
}  // namespace pe::gen
