// Structure checks of the node graph, skins, scenes and animations.
#include <cmath>
#include <functional>

#include <tiny_gltf.h>

#include "io/AccessorReader.h"
#include "io/GltfValidator.h"

namespace pe {
namespace {
using tinygltf::Model;

std::string name(const char* kind, size_t index) {
  return std::string(kind) + " " + std::to_string(index);
}
bool inRange(int index, size_t size) {
  return index >= 0 && static_cast<size_t>(index) < size;
}

bool allFinite(const std::vector<double>& v) {
  for (double d : v)
    if (!std::isfinite(d)) return false;
  return true;
}

size_t morphTargetCount(const Model& m, int mesh) {
  if (!inRange(mesh, m.meshes.size()) || m.meshes[mesh].primitives.empty()) return 0;
  return m.meshes[mesh].primitives[0].targets.size();
}

bool meshIsSkinned(const Model& m, int mesh) {
  if (!inRange(mesh, m.meshes.size())) return false;
  for (const auto& p : m.meshes[mesh].primitives)
    if (p.attributes.count("JOINTS_0") && p.attributes.count("WEIGHTS_0")) return true;
  return false;
}

void checkNodeTransform(const tinygltf::Node& n, const std::string& where, ValidationReport& r) {
  if (!allFinite(n.translation) || !allFinite(n.rotation) || !allFinite(n.scale) ||
      !allFinite(n.matrix) || !allFinite(n.weights))
    return r.error(where + ": transform or weights contain NaN or infinity");
  if (!n.translation.empty() && n.translation.size() != 3)
    r.error(where + ": translation needs 3 numbers");
  if (!n.scale.empty() && n.scale.size() != 3) r.error(where + ": scale needs 3 numbers");
  if (!n.rotation.empty()) {
    if (n.rotation.size() != 4) return r.error(where + ": rotation needs 4 numbers");
    double len = std::sqrt(n.rotation[0] * n.rotation[0] + n.rotation[1] * n.rotation[1] +
                           n.rotation[2] * n.rotation[2] + n.rotation[3] * n.rotation[3]);
    if (std::abs(len - 1.0) > 1e-3) r.error(where + ": rotation is not a unit quaternion");
  }
  if (!n.matrix.empty()) {
    if (n.matrix.size() != 16) return r.error(where + ": matrix needs 16 numbers");
    const auto& x = n.matrix;  // column-major; the last row must be 0 0 0 1 for a TRS matrix
    if (x[3] != 0 || x[7] != 0 || x[11] != 0 || x[15] != 1)
      return r.error(where + ": matrix is not a translation-rotation-scale transform");
    double det = x[0] * (x[5] * x[10] - x[9] * x[6]) - x[4] * (x[1] * x[10] - x[9] * x[2]) +
                 x[8] * (x[1] * x[6] - x[5] * x[2]);
    if (std::abs(det) < 1e-12) r.error(where + ": matrix is degenerate (zero scale)");
    if (!n.translation.empty() || !n.rotation.empty() || !n.scale.empty())
      r.error(where + ": has both a matrix and translation/rotation/scale");
  }
}
}  // namespace

// The node tree walked depth first from its roots: each node's root and the walk's step on
// entering and leaving it (-1: never reached, so in a cycle).
struct Hierarchy {
  std::vector<int> root, enter, leave;
};

Hierarchy walkHierarchy(const Model& m, const std::vector<int>& parent) {
  const size_t count = parent.size();
  Hierarchy h{std::vector<int>(count, -1), std::vector<int>(count, -1),
              std::vector<int>(count, -1)};
  int step = 0;
  std::vector<std::pair<int, size_t>> stack;  // node, next child to visit
  for (size_t r = 0; r < count; ++r) {
    if (parent[r] >= 0) continue;
    stack.push_back({static_cast<int>(r), 0});
    h.root[r] = static_cast<int>(r);
    h.enter[r] = step++;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const std::vector<int>& children = m.nodes[node].children;
      if (next < children.size()) {
        const int c = children[next++];
        h.root[c] = h.root[node];
        h.enter[c] = step++;
        stack.push_back({c, 0});
      } else {
        h.leave[node] = step++;
        stack.pop_back();
      }
    }
  }
  return h;
}

// Long on purpose: the specification's rules for nodes, skins and scenes, one check after
// another in its order, so each can be compared with the text.
void checkNodesSkinsScenes(const Model& m, ValidationReport& r) {
  const size_t count = m.nodes.size();
  std::vector<int> parent(count, -1);
  for (size_t i = 0; i < count; ++i) {
    const tinygltf::Node& n = m.nodes[i];
    const std::string where = name("node", i);
    checkNodeTransform(n, where, r);
    if (n.mesh >= 0 && !inRange(n.mesh, m.meshes.size()))
      r.error(where + ": mesh " + std::to_string(n.mesh) + " does not exist");
    if (n.camera >= 0 && !inRange(n.camera, m.cameras.size()))
      r.error(where + ": camera " + std::to_string(n.camera) + " does not exist");
    if (n.skin >= 0) {
      if (!inRange(n.skin, m.skins.size()))
        r.error(where + ": skin " + std::to_string(n.skin) + " does not exist");
      if (n.mesh < 0)
        r.error(where + ": has a skin but no mesh");
      else if (inRange(n.mesh, m.meshes.size()) && !meshIsSkinned(m, n.mesh))
        r.error(where + ": has a skin but its mesh has no JOINTS_0/WEIGHTS_0");
    }
    if (!n.weights.empty() && n.weights.size() != morphTargetCount(m, n.mesh))
      r.error(where + ": " + std::to_string(n.weights.size()) +
              " morph weights do not match the mesh's " +
              std::to_string(morphTargetCount(m, n.mesh)) + " targets");
    for (int c : n.children) {
      if (!inRange(c, count)) {
        r.error(where + ": child node " + std::to_string(c) + " does not exist");
        continue;
      }
      if (c == static_cast<int>(i))
        r.error(where + ": is its own child");
      else if (parent[c] >= 0)
        r.error(name("node", c) + ": has more than one parent");
      else
        parent[c] = static_cast<int>(i);
    }
  }
  if (!r.errors.empty()) return;
  // With one parent each, a depth-first walk from the roots visits every node not in a cycle
  // once: O(n) at any depth, and it gives each node its root and its place in the walk.
  const Hierarchy tree = walkHierarchy(m, parent);
  for (size_t i = 0; i < count; ++i)
    if (tree.enter[i] < 0) {
      r.error(name("node", i) + ": is part of a cycle in the node hierarchy");
      return;
    }
  auto rootOf = [&](int n) { return tree.root[n]; };
  // a is an ancestor of (or is) b when b's walk lies inside a's.
  auto ancestorOf = [&](int a, int b) {
    return tree.enter[a] <= tree.enter[b] && tree.leave[b] <= tree.leave[a];
  };
  for (size_t s = 0; s < m.scenes.size(); ++s)
    for (int n : m.scenes[s].nodes) {
      if (!inRange(n, count)) {
        r.error(name("scene", s) + ": node " + std::to_string(n) + " does not exist");
        continue;
      }
      if (parent[n] >= 0)
        r.error(name("scene", s) + ": node " + std::to_string(n) + " is not a root node");
    }
  if (m.defaultScene >= 0 && !inRange(m.defaultScene, m.scenes.size()))
    r.error("default scene " + std::to_string(m.defaultScene) + " does not exist");

  for (size_t s = 0; s < m.skins.size(); ++s) {
    const tinygltf::Skin& skin = m.skins[s];
    const std::string where = name("skin", s);
    bool ok = true;
    for (int j : skin.joints)
      if (!inRange(j, count)) {
        r.error(where + ": joint node " + std::to_string(j) + " does not exist");
        ok = false;
      }
    if (skin.skeleton >= 0 && !inRange(skin.skeleton, count)) {
      r.error(where + ": skeleton node " + std::to_string(skin.skeleton) + " does not exist");
      ok = false;
    }
    if (skin.inverseBindMatrices >= 0) {
      if (!inRange(skin.inverseBindMatrices, m.accessors.size())) {
        r.error(where + ": inverseBindMatrices accessor does not exist");
      } else {
        const tinygltf::Accessor& a = m.accessors[skin.inverseBindMatrices];
        if (a.type != TINYGLTF_TYPE_MAT4 || a.componentType != TINYGLTF_COMPONENT_TYPE_FLOAT)
          r.error(where + ": inverseBindMatrices must be float MAT4");
        else if (a.count < skin.joints.size())
          r.error(where + ": " + std::to_string(a.count) + " inverse bind matrices for " +
                  std::to_string(skin.joints.size()) + " joints");
        if (inRange(a.bufferView, m.bufferViews.size()) &&
            m.bufferViews[a.bufferView].byteStride != 0)
          r.error(where + ": the inverseBindMatrices bufferView must not have a byteStride");
      }
    }
    if (!ok || skin.joints.empty()) continue;
    const int root = rootOf(skin.joints[0]);
    for (int j : skin.joints)
      if (rootOf(j) != root) {
        r.error(where + ": joints do not share a common root node");
        ok = false;
        break;
      }
    if (ok && skin.skeleton >= 0)
      for (int j : skin.joints)
        if (!ancestorOf(skin.skeleton, j)) {
          r.error(where + ": skeleton node is not an ancestor of every joint");
          break;
        }
  }
  // A skinned node drawn in a scene needs its joints in that scene.
  for (size_t s = 0; s < m.scenes.size(); ++s) {
    std::vector<bool> rootInScene(count, false), inScene(count, false);
    for (int n : m.scenes[s].nodes)
      if (inRange(n, count)) rootInScene[n] = true;
    for (size_t i = 0; i < count; ++i) inScene[i] = rootInScene[rootOf(static_cast<int>(i))];
    for (size_t i = 0; i < count; ++i) {
      const int skin = m.nodes[i].skin;
      if (!inScene[i] || !inRange(skin, m.skins.size())) continue;
      for (int j : m.skins[skin].joints)
        if (inRange(j, count) && !inScene[j]) {
          r.error(name("node", i) + ": its skin's joints are not in scene " + std::to_string(s));
          break;
        }
    }
  }
}

// Long on purpose: the specification's rules for animation channels and samplers in order.
void checkAnimations(const Model& m, ValidationReport& r) {
  for (size_t ai = 0; ai < m.animations.size(); ++ai) {
    const tinygltf::Animation& anim = m.animations[ai];
    const std::string where = name("animation", ai);
    for (size_t si = 0; si < anim.samplers.size(); ++si) {
      const tinygltf::AnimationSampler& s = anim.samplers[si];
      const std::string sw = where + " sampler " + std::to_string(si);
      if (s.interpolation != "LINEAR" && s.interpolation != "STEP" &&
          s.interpolation != "CUBICSPLINE")
        r.error(sw + ": unknown interpolation '" + s.interpolation + "'");
      if (!inRange(s.input, m.accessors.size()))
        r.error(sw + ": input accessor " + std::to_string(s.input) + " does not exist");
      if (!inRange(s.output, m.accessors.size()))
        r.error(sw + ": output accessor " + std::to_string(s.output) + " does not exist");
      if (!inRange(s.input, m.accessors.size())) continue;
      const tinygltf::Accessor& in = m.accessors[s.input];
      if (in.type != TINYGLTF_TYPE_SCALAR || in.componentType != TINYGLTF_COMPONENT_TYPE_FLOAT ||
          in.normalized)
        r.error(sw + ": input must be float scalars (key times)");
      if (s.interpolation == "CUBICSPLINE" && in.count < 2)
        r.error(sw + ": CUBICSPLINE needs at least two keys");
    }
    for (size_t ci = 0; ci < anim.channels.size(); ++ci) {
      const tinygltf::AnimationChannel& ch = anim.channels[ci];
      const std::string cw = where + " channel " + std::to_string(ci);
      if (!inRange(ch.sampler, anim.samplers.size())) {
        r.error(cw + ": sampler " + std::to_string(ch.sampler) + " does not exist");
        continue;
      }
      if (ch.target_node < 0) continue;  // no target node: the channel is ignored (spec)
      if (!inRange(ch.target_node, m.nodes.size())) {
        r.error(cw + ": target node " + std::to_string(ch.target_node) + " does not exist");
        continue;
      }
      const tinygltf::Node& node = m.nodes[ch.target_node];
      if (!node.matrix.empty())
        r.error(cw + ": targets a node with a matrix, which cannot be animated");
      const tinygltf::AnimationSampler& s = anim.samplers[ch.sampler];
      if (!inRange(s.input, m.accessors.size()) || !inRange(s.output, m.accessors.size())) continue;
      const tinygltf::Accessor& in = m.accessors[s.input];
      const tinygltf::Accessor& out = m.accessors[s.output];
      size_t components = 0;
      bool formatOk = true;
      const bool floatOut = out.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT;
      const bool normInt = out.normalized && out.componentType != TINYGLTF_COMPONENT_TYPE_FLOAT &&
                           out.componentType != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT;
      if (ch.target_path == "translation" || ch.target_path == "scale") {
        components = 3;
        formatOk = out.type == TINYGLTF_TYPE_VEC3 && floatOut;
      } else if (ch.target_path == "rotation") {
        components = 4;
        formatOk = out.type == TINYGLTF_TYPE_VEC4 && (floatOut || normInt);
      } else if (ch.target_path == "weights") {
        components = morphTargetCount(m, node.mesh);
        if (components == 0) {
          r.error(cw + ": animates weights of a node without morph targets");
          continue;
        }
        formatOk = out.type == TINYGLTF_TYPE_SCALAR && (floatOut || normInt);
      } else {
        r.error(cw + ": unknown target path '" + ch.target_path + "'");
        continue;
      }
      if (!formatOk) r.error(cw + ": output accessor has the wrong type for " + ch.target_path);
      // Output elements per key: one value (a whole VEC3/VEC4, or one scalar per morph target),
      // three for CUBICSPLINE (in-tangent, value, out-tangent).
      const size_t perKey = (ch.target_path == "weights" ? components : 1) *
                            (s.interpolation == "CUBICSPLINE" ? 3 : 1);
      const size_t expected = in.count * perKey;
      if (expected / perKey != in.count || out.count != expected)
        r.error(cw + ": output has " + std::to_string(out.count) + " values, expected " +
                std::to_string(expected));
    }
  }
}
}  // namespace pe
