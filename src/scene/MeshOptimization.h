// Mesh preparation for fast drawing on a software rasterizer (meshoptimizer).
#pragma once
#include "scene/Model.h"

namespace pe {
// Reorders the triangles of indexed triangle lists for the vertex cache; the shape is unchanged.
void optimizeVertexOrder(Model& model);

// Gives indexed triangle lists of at least minTriangles a simplified index list with about
// `ratio` of the triangles, drawn while the camera moves. Returns the triangles it saved.
size_t buildCoarseLevels(Model& model, float ratio, size_t minTriangles);
}  // namespace pe
