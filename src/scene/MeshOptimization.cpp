#include "scene/MeshOptimization.h"

#include <meshoptimizer.h>
#include <cstdint>

#include <glm/geometric.hpp>

namespace pe {
namespace {
bool indexedTriangles(const Primitive& p) {
  return p.mode == PrimitiveMode::Triangles && !p.indices.empty() && p.indices.size() % 3 == 0;
}
}  // namespace

PreparedIndices prepareIndices(const Model& model, float ratio, size_t minTriangles) {
  PreparedIndices out;
  for (const Mesh& mesh : model.meshes) {
    out.full.emplace_back(mesh.primitives.size());
    out.coarse.emplace_back(mesh.primitives.size());
    for (size_t i = 0; i < mesh.primitives.size(); ++i) {
      const Primitive& p = mesh.primitives[i];
      if (!indexedTriangles(p)) continue;
      std::vector<uint32_t>& full = out.full.back()[i];
      full.resize(p.indices.size());
      meshopt_optimizeVertexCache(full.data(), p.indices.data(), p.indices.size(),
                                  p.positions.size());
      // Morph targets move vertices apart, so a simplification of the rest shape may not hold.
      // Skinned meshes keep their level: it indexes the same vertices, which the GPU skins the
      // same way, and it is drawn only while the camera moves.
      if (p.indices.size() / 3 < minTriangles || !p.targets.empty()) continue;
      const size_t target =
          static_cast<size_t>(static_cast<double>(p.indices.size()) * ratio) / 3 * 3;
      std::vector<uint32_t> coarse(p.indices.size());
      float error = 0.0f;
      // 1% of the primitive's size: invisible at the half resolution used while moving.
      const size_t n =
          meshopt_simplify(coarse.data(), full.data(), full.size(), &p.positions[0].x,
                           p.positions.size(), sizeof(glm::vec3), target, 0.01f, 0, &error);
      if (n == 0 || n > p.indices.size() * 3 / 4) continue;  // not worth a second index buffer
      coarse.resize(n);
      meshopt_optimizeVertexCache(coarse.data(), coarse.data(), coarse.size(), p.positions.size());
      out.coarse.back()[i] = std::move(coarse);
    }
  }
  return out;
}

size_t applyPreparedIndices(Model& model, PreparedIndices prepared) {
  size_t saved = 0;
  for (size_t m = 0; m < model.meshes.size() && m < prepared.full.size(); ++m)
    for (size_t i = 0; i < model.meshes[m].primitives.size(); ++i) {
      Primitive& p = model.meshes[m].primitives[i];
      if (!prepared.full[m][i].empty()) p.indices = std::move(prepared.full[m][i]);
      if (!prepared.coarse[m][i].empty()) {
        p.coarseIndices = std::move(prepared.coarse[m][i]);
        saved += (p.indices.size() - p.coarseIndices.size()) / 3;
      }
    }
  return saved;
}

void optimizeVertexOrder(Model& model) {
  PreparedIndices prepared = prepareIndices(model, 1.0f, SIZE_MAX);
  applyPreparedIndices(model, std::move(prepared));
}

size_t buildCoarseLevels(Model& model, float ratio, size_t minTriangles) {
  return applyPreparedIndices(model, prepareIndices(model, ratio, minTriangles));
}
}  // namespace pe
