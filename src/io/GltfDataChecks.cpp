// Checks of the data itself: the validator's ACCESSOR_* data rules that change what is drawn.
#include <algorithm>
#include <cmath>
#include <set>

#include <tiny_gltf.h>

#include "io/AccessorReader.h"
#include "io/GltfValidator.h"

namespace pe {
namespace {
using tinygltf::Model;

std::string name(const char* kind, size_t index) {
  return std::string(kind) + " " + std::to_string(index);
}

// An accessor with neither bufferView nor sparse values is all zeros; the validator does not
// judge its content, and neither do we.
bool stored(const Model& m, int accessor) {
  const tinygltf::Accessor& a = m.accessors[accessor];
  return a.bufferView >= 0 || a.sparse.isSparse;
}

// Declared min/max must bound the data and equal its extremes (float32 rounding allowed).
void checkMinMax(const tinygltf::Accessor& a, const std::vector<double>& values, int components,
                 const std::string& where, ValidationReport& r) {
  if (a.normalized) return;  // min/max of normalized accessors are in raw integer units
  const bool hasMin = a.minValues.size() == static_cast<size_t>(components);
  const bool hasMax = a.maxValues.size() == static_cast<size_t>(components);
  if (!hasMin && !hasMax) return;
  for (int c = 0; c < components; ++c) {
    double lo = INFINITY, hi = -INFINITY;
    for (size_t e = c; e < values.size(); e += components) {
      lo = std::min(lo, values[e]);
      hi = std::max(hi, values[e]);
    }
    auto close = [](double x, double y) {
      return std::abs(x - y) <= 1e-6 * std::max(1.0, std::abs(y));
    };
    if (hasMin && lo < a.minValues[c] && !close(lo, a.minValues[c]))
      return r.error(where + ": a value lies below the declared min");
    if (hasMax && hi > a.maxValues[c] && !close(hi, a.maxValues[c]))
      return r.error(where + ": a value lies above the declared max");
    if ((hasMin && !close(lo, a.minValues[c])) || (hasMax && !close(hi, a.maxValues[c])))
      return r.error(where + ": declared min/max differ from the data");
  }
}

void checkIndices(const Model& m, const tinygltf::Primitive& p, const std::string& where,
                  ValidationReport& r) {
  auto pos = p.attributes.find("POSITION");
  size_t vertices = 0;
  if (pos != p.attributes.end())
    vertices = m.accessors[pos->second].count;
  else if (!p.attributes.empty())
    vertices = m.accessors[p.attributes.begin()->second].count;
  const tinygltf::Accessor& a = m.accessors[p.indices];
  const double restart = a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE    ? 255.0
                         : a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT ? 65535.0
                                                                                     : 4294967295.0;
  for (double i : readAccessor(m, p.indices, false)) {
    if (i == restart)
      return r.error(where + ": index " + std::to_string(size_t(i)) +
                     " is the primitive-restart value, which glTF forbids");
    if (i >= static_cast<double>(vertices))
      return r.error(where + ": index " + std::to_string(size_t(i)) + " is past the last vertex (" +
                     std::to_string(vertices) + " vertices)");
  }
}

// JOINTS_n/WEIGHTS_n of a skinned node's primitive: indices within the skin, weights >= 0
// summing to one, no joint twice for a vertex.
void checkSkinWeights(const Model& m, const tinygltf::Primitive& p, size_t jointCount,
                      const std::string& where, ValidationReport& r) {
  std::vector<std::vector<double>> joints, weights;
  for (int set = 0;; ++set) {
    auto j = p.attributes.find("JOINTS_" + std::to_string(set));
    auto w = p.attributes.find("WEIGHTS_" + std::to_string(set));
    if (j == p.attributes.end() || w == p.attributes.end()) break;
    if (!stored(m, w->second)) return;
    joints.push_back(readAccessor(m, j->second, false));
    weights.push_back(readAccessor(m, w->second, false));
  }
  if (joints.empty()) return;
  const size_t vertices = joints[0].size() / 4;
  for (size_t v = 0; v < vertices; ++v) {
    double sum = 0;
    std::set<double> used;
    for (size_t set = 0; set < joints.size(); ++set)
      for (int k = 0; k < 4; ++k) {
        const double joint = joints[set][v * 4 + k];
        const double weight = weights[set][v * 4 + k];
        if (weight < 0)
          return r.error(where + ": vertex " + std::to_string(v) + " has a negative weight");
        sum += weight;
        if (weight == 0) continue;
        if (joint >= static_cast<double>(jointCount))
          return r.error(where + ": vertex " + std::to_string(v) + " uses joint " +
                         std::to_string(size_t(joint)) + " but the skin has " +
                         std::to_string(jointCount) + " joints");
        if (!used.insert(joint).second)
          return r.error(where + ": vertex " + std::to_string(v) + " uses joint " +
                         std::to_string(size_t(joint)) + " twice");
      }
    if (std::abs(sum - 1.0) > 2e-2)
      return r.error(where + ": weights of vertex " + std::to_string(v) + " sum to " +
                     std::to_string(sum) + ", not 1");
  }
}

void checkAnimationData(const Model& m, ValidationReport& r) {
  for (size_t ai = 0; ai < m.animations.size(); ++ai) {
    const tinygltf::Animation& anim = m.animations[ai];
    for (size_t si = 0; si < anim.samplers.size(); ++si) {
      const std::string where = name("animation", ai) + " sampler " + std::to_string(si);
      if (!stored(m, anim.samplers[si].input)) continue;
      std::vector<double> times = readAccessor(m, anim.samplers[si].input, false);
      for (size_t k = 0; k < times.size(); ++k) {
        if (times[k] < 0)
          return r.error(where + ": key time " + std::to_string(times[k]) + " is negative");
        if (k > 0 && times[k] <= times[k - 1])
          return r.error(where + ": key times are not strictly increasing");
      }
    }
    for (size_t ci = 0; ci < anim.channels.size(); ++ci) {
      const tinygltf::AnimationChannel& ch = anim.channels[ci];
      if (ch.target_path != "rotation" || ch.target_node < 0) continue;
      const tinygltf::AnimationSampler& s = anim.samplers[ch.sampler];
      if (!stored(m, s.output)) continue;
      std::vector<double> q = readAccessor(m, s.output, false);
      const bool cubic = s.interpolation == "CUBICSPLINE";
      for (size_t e = 0; e + 3 < q.size(); e += 4) {
        if (cubic && (e / 4) % 3 != 1) continue;  // tangents need not be unit length
        double len = std::sqrt(q[e] * q[e] + q[e + 1] * q[e + 1] + q[e + 2] * q[e + 2] +
                               q[e + 3] * q[e + 3]);
        if (std::abs(len - 1.0) > 1e-3)
          return r.error(name("animation", ai) + " channel " + std::to_string(ci) +
                         ": rotation key " + std::to_string(e / 4) + " is not a unit quaternion");
      }
    }
  }
}
}  // namespace

void checkModelData(const Model& m, ValidationReport& r) {
  for (size_t i = 0; i < m.accessors.size(); ++i) {
    const tinygltf::Accessor& a = m.accessors[i];
    std::vector<double> values = readAccessor(m, static_cast<int>(i), false);
    if (a.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT)
      for (double v : values)
        if (!std::isfinite(v)) return r.error(name("accessor", i) + ": contains NaN or infinity");
    if (stored(m, static_cast<int>(i)))
      checkMinMax(a, values, accessorComponentCount(a.type), name("accessor", i), r);
  }
  for (size_t s = 0; s < m.skins.size(); ++s) {
    const int ibm = m.skins[s].inverseBindMatrices;
    if (ibm < 0) continue;
    std::vector<double> mats = readAccessor(m, ibm, false);
    for (size_t e = 0; e + 15 < mats.size(); e += 16)
      if (mats[e + 3] != 0 || mats[e + 7] != 0 || mats[e + 11] != 0 || mats[e + 15] != 1)
        return r.error(name("skin", s) + ": inverse bind matrix " + std::to_string(e / 16) +
                       " is not an affine transform");
  }
  for (size_t mi = 0; mi < m.meshes.size(); ++mi)
    for (size_t pi = 0; pi < m.meshes[mi].primitives.size(); ++pi) {
      const tinygltf::Primitive& p = m.meshes[mi].primitives[pi];
      if (p.indices >= 0)
        checkIndices(m, p, name("mesh", mi) + " primitive " + std::to_string(pi), r);
    }
  for (size_t n = 0; n < m.nodes.size(); ++n) {
    const tinygltf::Node& node = m.nodes[n];
    if (node.skin < 0 || node.mesh < 0) continue;
    const auto& prims = m.meshes[node.mesh].primitives;
    for (size_t pi = 0; pi < prims.size(); ++pi)
      checkSkinWeights(m, prims[pi], m.skins[node.skin].joints.size(),
                       name("mesh", node.mesh) + " primitive " + std::to_string(pi), r);
  }
  checkAnimationData(m, r);
}
}  // namespace pe
