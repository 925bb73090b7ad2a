// Mesh preparation for fast drawing on a software rasterizer (meshoptimizer): triangles in
// vertex-cache order, and simplified levels of detail that a view draws where the difference
// is below a pixel (the rasterizer's time grows with the triangles it sets up).
#pragma once
#include "scene/Model.h"

namespace pe {
// Reorders the triangles of indexed triangle lists for the vertex cache; the shape is unchanged.
void optimizeVertexOrder(Model& model);

// Index lists prepared off the main thread: per mesh, per primitive, the reordered full
// triangles (empty: keep what the primitive has) and the simplified levels.
struct PreparedIndices {
  std::vector<std::vector<std::vector<uint32_t>>> full;
  std::vector<std::vector<std::vector<DetailLevel>>> levels;
};
// Reads the model only, so it can run on a worker thread while the model is drawn. Indexed
// triangle lists of at least minTriangles get levels of about 1/2, 1/4, 1/8 and 1/20 of the
// triangles, each kept only when it saves a quarter of the one before; primitives with morph
// targets keep their full triangles (a simplification of the rest shape may not hold).
PreparedIndices prepareIndices(const Model& model, size_t minTriangles = 2000);
// Installs prepared lists; returns the triangles the coarsest levels save.
size_t applyPreparedIndices(Model& model, PreparedIndices prepared);

// prepareIndices and applyPreparedIndices in one step.
size_t buildDetailLevels(Model& model, size_t minTriangles = 2000);

// The index of the coarsest level whose error, seen `pixelsPerUnit` pixels per model unit,
// stays within `maxPixels`; -1: the full triangles.
int chooseDetailLevel(const std::vector<DetailLevel>& levels, float pixelsPerUnit, float maxPixels);
}  // namespace pe
