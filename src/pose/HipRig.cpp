#include "pose/HipRig.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/quaternion.hpp>

#include "pose/AnimationPlayer.h"

namespace pe {
int nodeWithId(const Model& model, const std::string& id) {
  for (size_t n = 0; n < model.nodes.size(); ++n) {
    auto it = model.nodes[n].extras.find("id");
    if (it != model.nodes[n].extras.end() && it->second == id) return static_cast<int>(n);
  }
  return -1;
}

namespace {
float angleOf(const glm::quat& q) {
  return 2.0f * std::atan2(glm::length(glm::vec3(q.x, q.y, q.z)), std::abs(q.w));
}

glm::quat flexion(float radians) {
  return glm::angleAxis(-radians, glm::vec3(1, 0, 0));
}
}  // namespace

std::optional<HipRig> findHipRig(const Model& model) {
  HipRig rig;
  const char* sides[2] = {"left", "right"};
  for (int s = 0; s < 2; ++s) {
    rig.femur[s] = nodeWithId(model, std::string("femur_") + sides[s]);
    rig.brim[s] = nodeWithId(model, std::string("brim_") + sides[s]);
    if (rig.femur[s] < 0) return std::nullopt;
    const int clip = model.findClip(std::string("hip_flexion_") + sides[s]);
    if (rig.brim[s] < 0 || clip < 0) continue;
    // The pulley's share of the flexion, at the clip's deepest point.
    Pose probe = restPose(model);
    const AnimationClip& c = model.clips[clip];
    applyClip(model, c, 0.5f * c.duration, probe);
    const float femurAngle = angleOf(probe.local[rig.femur[s]].rotation);
    if (femurAngle > 1e-3f)
      rig.brimFraction[s] = angleOf(probe.local[rig.brim[s]].rotation) / femurAngle;
    // The morph weights the clip drives with this hip, sampled at their key times while the hip
    // rises to its deepest point.
    std::vector<float> times = {0.0f, 0.5f * c.duration};
    for (const AnimationChannel& channel : c.channels)
      if (channel.sampler >= 0 && (channel.path == AnimationPath::Weights ||
                                   channel.node == rig.femur[s] || channel.node == rig.brim[s]))
        for (float t : c.samplers[static_cast<size_t>(channel.sampler)].input)
          if (t <= 0.5f * c.duration) times.push_back(t);
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    std::vector<std::pair<float, Pose>> samples;
    for (float t : times) {
      Pose at = restPose(model);
      applyClip(model, c, t, at);
      samples.push_back({hipFlexionDegrees(model, rig, s, at), std::move(at)});
    }
    std::stable_sort(samples.begin(), samples.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& sample : samples) rig.degrees[s].push_back(sample.first);
    for (const AnimationChannel& channel : c.channels) {
      if (channel.path != AnimationPath::Weights || channel.node < 0 ||
          static_cast<size_t>(channel.node) >= probe.weights.size())
        continue;
      for (size_t k = 0; k < probe.weights[channel.node].size(); ++k) {
        HipRig::Driven d{channel.node, k, {}};
        bool moves = false;
        for (const auto& sample : samples) {
          d.values.push_back(sample.second.weights[channel.node][k]);
          moves = moves || d.values.back() != 0.0f;
        }
        if (moves) rig.driven[s].push_back(std::move(d));  // a side's clip leaves the other's
      }
    }
  }
  return rig;
}

void applyHipFlexion(const Model& model, const HipRig& rig, int side, float degrees, Pose& pose) {
  const float radians = glm::radians(std::fmax(kMinHipFlexion, std::fmin(kMaxHipFlexion, degrees)));
  pose.local[rig.femur[side]].rotation =
      model.nodes[rig.femur[side]].local.rotation * flexion(radians);
  if (rig.brim[side] >= 0)
    pose.local[rig.brim[side]].rotation =
        model.nodes[rig.brim[side]].local.rotation *
        flexion(radians > 0.0f ? radians * rig.brimFraction[side] : 0.0f);
  const std::vector<float>& at = rig.degrees[side];
  if (at.empty()) return;
  const float deg = glm::degrees(radians);
  const size_t upper =
      static_cast<size_t>(std::upper_bound(at.begin(), at.end(), deg) - at.begin());
  const size_t lo = upper == 0 ? 0 : upper - 1, hi = std::min(upper, at.size() - 1);
  const float f = hi == lo ? 0.0f : (deg - at[lo]) / (at[hi] - at[lo]);
  for (const HipRig::Driven& d : rig.driven[side]) {
    auto& w = pose.weights[static_cast<size_t>(d.node)];
    if (d.target < w.size()) w[d.target] = d.values[lo] + f * (d.values[hi] - d.values[lo]);
  }
}

float hipFlexionDegrees(const Model& model, const HipRig& rig, int side, const Pose& pose) {
  const int femur = rig.femur[side];
  glm::quat q = glm::inverse(model.nodes[femur].local.rotation) * pose.local[femur].rotation;
  if (q.w < 0.0f) q = -q;  // the same rotation; keeps the angle within +-180 degrees
  // Flexion is a negative turn about +X (the knee swings forward).
  return -glm::degrees(2.0f * std::atan2(q.x, q.w));
}

float flexionCycleDegrees(float seconds, float period) {
  const float mid = 0.5f * (kMinHipFlexion + kMaxHipFlexion),
              half = 0.5f * (kMaxHipFlexion - kMinHipFlexion);
  const float phase = period > 0.0f ? std::fmod(seconds, period) / period : 0.0f;
  return mid - half * std::cos(2.0f * 3.14159265f * phase);
}
}  // namespace pe
