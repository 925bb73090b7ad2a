// Mesh preparation for fast drawing on a software rasterizer (meshoptimizer).
#pragma once
#include "scene/Model.h"

namespace pe {
// Reorders the triangles of indexed triangle lists for the vertex cache; the shape is unchanged.
void optimizeVertexOrder(Model& model);

// Index lists prepared off the main thread: per mesh, per primitive, the reordered full
// triangles and the simplified ones (either may be empty: keep what the primitive has).
struct PreparedIndices {
  std::vector<std::vector<std::vector<uint32_t>>> full;
  std::vector<std::vector<std::vector<uint32_t>>> coarse;
};
// Reads the model only, so it can run on a worker thread while the model is drawn.
PreparedIndices prepareIndices(const Model& model, float ratio, size_t minTriangles);
// Installs prepared lists; returns the triangles the simplified levels save.
size_t applyPreparedIndices(Model& model, PreparedIndices prepared);

// Gives indexed triangle lists of at least minTriangles a simplified index list with about
// `ratio` of the triangles, drawn while the camera moves. Returns the triangles it saved.
size_t buildCoarseLevels(Model& model, float ratio, size_t minTriangles);
}  // namespace pe
