#include "geometry/RayPick.h"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "pose/Deformation.h"
#include "scene/TriangleBvh.h"

namespace pe {

ModelPicker::ModelPicker(const Model& model) : model_(model) {
  for (const Mesh& mesh : model.meshes) {
    bvhs_.emplace_back();
    for (const Primitive& p : mesh.primitives) {
      const bool moves = !p.targets.empty() || p.skinned();
      const bool triangles = p.mode == PrimitiveMode::Triangles ||
                             p.mode == PrimitiveMode::TriangleStrip ||
                             p.mode == PrimitiveMode::TriangleFan;
      bvhs_.back().push_back(moves || !triangles ? nullptr : std::make_unique<TriangleBvh>(p));
    }
  }
}

ModelPicker::~ModelPicker() = default;

const TriangleBvh* ModelPicker::bvh(int mesh, int primitive) const {
  return bvhs_[mesh][primitive].get();
}

const TriangleBvh* ModelPicker::posedBvh(int node, int primitive, const Pose& pose) const {
  const Node& n = model_.nodes[node];
  const Primitive& prim = model_.meshes[n.mesh].primitives[primitive];
  if (n.skin < 0 || !prim.skinned() || !prim.targets.empty()) return nullptr;
  std::vector<glm::mat4> joints = jointMatrices(model_.skins[n.skin], pose);
  PosedEntry& entry = posed_[{node, primitive}];
  if (!entry.tree || entry.joints != joints) {
    entry.tree = std::make_unique<TriangleBvh>(skinPositions(prim, prim.positions, joints),
                                               prim.triangleCorners());
    entry.joints = std::move(joints);
  }
  return entry.tree.get();
}

std::optional<RayHit> ModelPicker::pick(const Pose& pose, int scene, const glm::vec3& origin,
                                        const glm::vec3& direction,
                                        const std::vector<NodeAppearance>* appearance) const {
  return pickRay(model_, pose, scene, origin, direction, appearance, this);
}

std::optional<RayHit> pickRay(const Model& model, const Pose& pose, int scene,
                              const glm::vec3& origin, const glm::vec3& direction,
                              const std::vector<NodeAppearance>* appearance,
                              const ModelPicker* accelerator) {
  const glm::vec3 d = glm::normalize(direction);
  std::optional<RayHit> best;
  for (int n : sceneNodes(model, scene)) {
    const Node& node = model.nodes[n];
    if (node.mesh < 0) continue;
    const bool hasLook = appearance && n < static_cast<int>(appearance->size());
    if (hasLook && (!(*appearance)[n].visible || (*appearance)[n].opacity < kPickableOpacity))
      continue;
    const auto& prims = model.meshes[node.mesh].primitives;
    for (size_t pi = 0; pi < prims.size(); ++pi) {
      const Primitive& prim = prims[pi];
      // A translucent material (a skin drawn see-through) is looked through like a ghost.
      if (hasLook && prim.material >= 0) {
        const Material& mat = model.materials[prim.material];
        if (mat.alphaMode == AlphaMode::Blend &&
            mat.baseColorFactor.a * (*appearance)[n].opacity < kPickableOpacity)
          continue;
      }
      const bool skinned = node.skin >= 0 && prim.skinned();
      const float maxT = best ? best->distance : 1e30f;
      if (const TriangleBvh* posed = accelerator && skinned
                                         ? accelerator->posedBvh(n, static_cast<int>(pi), pose)
                                         : nullptr) {
        if (auto t = posed->intersect(origin, d, maxT))
          best = RayHit{n, static_cast<int>(pi), *t, origin + d * *t};
        continue;
      }
      if (!skinned && !rayHitsBox(prim.bounds.transformed(pose.world[n]), origin, d, maxT))
        continue;
      if (const TriangleBvh* bvh =
              accelerator ? accelerator->bvh(node.mesh, static_cast<int>(pi)) : nullptr) {
        // The ray in mesh space: same parameter t, so distances compare across meshes.
        const glm::mat4 toMesh = glm::inverse(pose.world[n]);
        const glm::vec3 o = glm::vec3(toMesh * glm::vec4(origin, 1.0f));
        const glm::vec3 dm = glm::mat3(toMesh) * d;
        if (auto t = bvh->intersect(o, dm, maxT))
          best = RayHit{n, static_cast<int>(pi), *t, origin + d * *t};
        continue;
      }
      const std::vector<glm::vec3> positions = posedPositions(model, pose, n, prim);
      const std::vector<uint32_t> tris = prim.triangleCorners();
      for (size_t t = 0; t + 2 < tris.size(); t += 3) {
        auto hit = rayTriangle(origin, d, positions[tris[t]], positions[tris[t + 1]],
                               positions[tris[t + 2]]);
        if (hit && (!best || *hit < best->distance))
          best = RayHit{n, static_cast<int>(pi), *hit, origin + d * *hit};
      }
    }
  }
  return best;
}
}  // namespace pe
