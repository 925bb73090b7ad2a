#include "pose/AnimationPlayer.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/quaternion.hpp>

namespace pe {
namespace {
// Hermite spline of the glTF spec, for CUBICSPLINE keys laid out (in-tangent, value, out-tangent).
float hermite(float p0, float m0, float p1, float m1, float t) {
  float t2 = t * t, t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * p0 + (t3 - 2 * t2 + t) * m0 + (-2 * t3 + 3 * t2) * p1 +
         (t3 - t2) * m1;
}
}  // namespace

void sampleAnimation(const AnimationSampler& s, float time, std::vector<float>& out) {
  const int n = s.components;
  out.assign(static_cast<size_t>(n), 0.0f);
  const size_t keys = s.input.size();
  if (keys == 0 || n == 0) return;
  const bool cubic = s.interpolation == Interpolation::CubicSpline;
  const size_t stride = static_cast<size_t>(n) * (cubic ? 3 : 1);
  const size_t valueOffset = cubic ? static_cast<size_t>(n) : 0;
  auto value = [&](size_t key, int c) { return s.output[key * stride + valueOffset + c]; };

  if (keys == 1 || time <= s.input.front()) {
    for (int c = 0; c < n; ++c) out[c] = value(0, c);
    return;
  }
  if (time >= s.input.back()) {
    for (int c = 0; c < n; ++c) out[c] = value(keys - 1, c);
    return;
  }
  size_t k1 =
      static_cast<size_t>(std::upper_bound(s.input.begin(), s.input.end(), time) - s.input.begin());
  size_t k0 = k1 - 1;
  const float dt = s.input[k1] - s.input[k0];
  const float t = dt > 0 ? (time - s.input[k0]) / dt : 0.0f;
  switch (s.interpolation) {
    case Interpolation::Step:
      for (int c = 0; c < n; ++c) out[c] = value(k0, c);
      break;
    case Interpolation::Linear:
      for (int c = 0; c < n; ++c) out[c] = value(k0, c) + t * (value(k1, c) - value(k0, c));
      break;
    case Interpolation::CubicSpline:
      for (int c = 0; c < n; ++c) {
        float outTangent = s.output[k0 * stride + 2 * n + c] * dt;
        float inTangent = s.output[k1 * stride + c] * dt;
        out[c] = hermite(value(k0, c), outTangent, value(k1, c), inTangent, t);
      }
      break;
  }
}

float wrapClipTime(float time, float duration, bool loop) {
  if (!(duration > 0.0f) || !std::isfinite(time)) return 0.0f;
  if (loop) {
    float t = std::fmod(time, duration);
    return t < 0 ? t + duration : t;
  }
  return std::clamp(time, 0.0f, duration);
}

void applyClip(const Model& /*model*/, const AnimationClip& clip, float time, Pose& pose) {
  std::vector<float> v;
  for (const AnimationChannel& ch : clip.channels) {
    const AnimationSampler& s = clip.samplers[ch.sampler];
    sampleAnimation(s, time, v);
    Transform& local = pose.local[ch.node];
    switch (ch.path) {
      case AnimationPath::Translation:
        local.translation = {v[0], v[1], v[2]};
        break;
      case AnimationPath::Scale:
        local.scale = {v[0], v[1], v[2]};
        break;
      case AnimationPath::Rotation: {
        if (s.interpolation == Interpolation::Linear && s.input.size() > 1) {
          // Linear rotation keys use slerp, not component lerp (glTF spec).
          size_t keys = s.input.size();
          float tc = std::clamp(time, s.input.front(), s.input.back());
          size_t k1 = std::min(
              keys - 1, static_cast<size_t>(std::upper_bound(s.input.begin(), s.input.end(), tc) -
                                            s.input.begin()));
          size_t k0 = k1 > 0 ? k1 - 1 : 0;
          float dt = s.input[k1] - s.input[k0];
          float t = dt > 0 ? (tc - s.input[k0]) / dt : 0.0f;
          const float* a = &s.output[k0 * 4];
          const float* b = &s.output[k1 * 4];
          glm::quat qa(a[3], a[0], a[1], a[2]), qb(b[3], b[0], b[1], b[2]);
          local.rotation = glm::normalize(glm::slerp(glm::normalize(qa), glm::normalize(qb), t));
        } else {
          local.rotation = glm::normalize(glm::quat(v[3], v[0], v[1], v[2]));
        }
        break;
      }
      case AnimationPath::Weights: {
        std::vector<float>& w = pose.weights[ch.node];
        for (size_t i = 0; i < w.size() && i < v.size(); ++i) w[i] = v[i];
        break;
      }
    }
  }
}
}  // namespace pe
