// Turns a signed-distance shape into a smooth, closed triangle mesh: the field is sampled on a
// narrow band around its surface, the surface is extracted with surface nets, each vertex is
// projected onto the zero set, normals come from the field's gradient, and the mesh is
// simplified to a triangle budget with meshoptimizer.
#pragma once
#include <cstdint>
#include <vector>

#include "gen/Sdf.h"

namespace pe::gen {
struct GenMesh {
  std::vector<glm::vec3> positions, normals;
  std::vector<uint32_t> indices;
  size_t triangleCount() const { return indices.size() / 3; }
};

struct MeshingOptions {
  float voxel = 1.0f;              // sampling step in millimetres
  size_t targetTriangles = 0;      // 0 keeps every triangle
  float maxSimplifyError = 0.15f;  // in millimetres
};

GenMesh meshShape(const Shape& shape, const MeshingOptions& options);

// Unit normal of the field at p by central differences.
glm::vec3 fieldGradient(const Field& field, const glm::vec3& p, float step = 0.05f);

// Signed volume enclosed by a closed mesh (cubic millimetres when positions are in mm).
double enclosedVolume(const GenMesh& mesh);
}  // namespace pe::gen
