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

PreparedIndices prepareIndices(const Model& model, size_t minTriangles) {
  PreparedIndices out;
  for (const Mesh& mesh : model.meshes) {
    out.full.emplace_back(mesh.primitives.size());
    out.levels.emplace_back(mesh.primitives.size());
    for (size_t i = 0; i < mesh.primitives.size(); ++i) {
      const Primitive& p = mesh.primitives[i];
      if (!indexedTriangles(p)) continue;
      std::vector<uint32_t>& full = out.full.back()[i];
      full.resize(p.indices.size());
      meshopt_optimizeVertexCache(full.data(), p.indices.data(), p.indices.size(),
                                  p.positions.size());
      if (p.indices.size() / 3 < minTriangles || !p.targets.empty()) continue;
      // Each level simplifies the one before: fast, and its error is at most the sum of the
      // steps' errors (meshoptimizer reports them relative to the mesh's extent).
      const float scale =
          meshopt_simplifyScale(&p.positions[0].x, p.positions.size(), sizeof(glm::vec3));
      std::vector<DetailLevel>& levels = out.levels.back()[i];
      const std::vector<uint32_t>* source = &full;
      float error = 0.0f;
      // Skinned meshes stop at 1/8: folded by deep flexion, a coarser level shows more of its
      // inside at the groin crease (and still views bent beyond 90 degrees draw them whole).
      const double coarsest = p.skinned() ? 0.125 : 0.05;
      for (const double fraction : {0.5, 0.25, 0.125, 0.05}) {
        if (fraction < coarsest) break;
        const size_t target =
            static_cast<size_t>(static_cast<double>(full.size()) * fraction) / 3 * 3;
        DetailLevel level;
        level.indices.resize(source->size());
        float stepError = 0.0f;
        const size_t n = meshopt_simplify(level.indices.data(), source->data(), source->size(),
                                          &p.positions[0].x, p.positions.size(), sizeof(glm::vec3),
                                          target, 0.05f, 0, &stepError);
        if (n == 0 || n > source->size() * 3 / 4) break;  // the surface allows no more
        level.indices.resize(n);
        meshopt_optimizeVertexCache(level.indices.data(), level.indices.data(), n,
                                    p.positions.size());
        error += stepError * scale;
        level.error = error;
        levels.push_back(std::move(level));
        source = &levels.back().indices;
      }
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
      p.levels = std::move(prepared.levels[m][i]);
      if (!p.levels.empty()) saved += (p.indices.size() - p.levels.back().indices.size()) / 3;
    }
  return saved;
}

void optimizeVertexOrder(Model& model) {
  PreparedIndices prepared = prepareIndices(model, SIZE_MAX);
  applyPreparedIndices(model, std::move(prepared));
}

size_t buildDetailLevels(Model& model, size_t minTriangles) {
  return applyPreparedIndices(model, prepareIndices(model, minTriangles));
}

int chooseDetailLevel(const std::vector<DetailLevel>& levels, float pixelsPerUnit,
                      float maxPixels) {
  int chosen = -1;
  for (size_t i = 0; i < levels.size(); ++i)
    if (levels[i].error * pixelsPerUnit <= maxPixels) chosen = static_cast<int>(i);
  return chosen;
}
}  // namespace pe
