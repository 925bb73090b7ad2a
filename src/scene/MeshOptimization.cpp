#include "scene/MeshOptimization.h"

#include <meshoptimizer.h>
#include <glm/geometric.hpp>

namespace pe {
namespace {
bool indexedTriangles(const Primitive& p) {
  return p.mode == PrimitiveMode::Triangles && !p.indices.empty() && p.indices.size() % 3 == 0;
}
}  // namespace

void optimizeVertexOrder(Model& model) {
  for (Mesh& mesh : model.meshes)
    for (Primitive& p : mesh.primitives)
      if (indexedTriangles(p))
        meshopt_optimizeVertexCache(p.indices.data(), p.indices.data(), p.indices.size(),
                                    p.positions.size());
}

size_t buildCoarseLevels(Model& model, float ratio, size_t minTriangles) {
  size_t saved = 0;
  for (Mesh& mesh : model.meshes)
    for (Primitive& p : mesh.primitives) {
      // Morphed and skinned vertices move, so a simplification of the rest shape may not hold.
      if (!indexedTriangles(p) || p.indices.size() / 3 < minTriangles || !p.targets.empty() ||
          p.skinned())
        continue;
      const size_t target =
          static_cast<size_t>(static_cast<double>(p.indices.size()) * ratio) / 3 * 3;
      std::vector<uint32_t> coarse(p.indices.size());
      float error = 0.0f;
      // 1% of the primitive's size: invisible at the half resolution used while moving.
      const size_t n =
          meshopt_simplify(coarse.data(), p.indices.data(), p.indices.size(), &p.positions[0].x,
                           p.positions.size(), sizeof(glm::vec3), target, 0.01f, 0, &error);
      if (n == 0 || n > p.indices.size() * 3 / 4) continue;  // not worth a second index buffer
      coarse.resize(n);
      meshopt_optimizeVertexCache(coarse.data(), coarse.data(), coarse.size(), p.positions.size());
      saved += (p.indices.size() - n) / 3;
      p.coarseIndices = std::move(coarse);
    }
  return saved;
}
}  // namespace pe
