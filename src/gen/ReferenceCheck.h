// The BodyParts3D reference meshes that generated structures are held to (issue 3), brought
// into the model frame (metres or millimetres, +X left, +Y up, +Z anterior).
#pragma once
#include <string>
#include <vector>

#include "scene/TriangleMesh.h"

namespace pe::gen {
struct ReferenceTarget {
  std::string name;                // what the table prints: the structure, or the group
  std::vector<std::string> ids;    // generated structures compared together
  std::vector<std::string> files;  // under reference/bodyparts3d/stl, compared together
  double limitMm;                  // the bound on the mean symmetric surface distance
  // Compare only the part of the reference within the generated structures' height range
  // (references that run on beyond the modelled region: the aorta up to the arch).
  bool cropToHeight = false;
};

const std::vector<ReferenceTarget>& referenceTargets();

// BodyParts3D (mm, +X left, +Y posterior, +Z superior) to the model frame in millimetres: the
// reference's midsagittal plane at x = 0, its mid-ASIS height and depth at y = z = 0.
TriangleMesh referenceToModelFrame(const TriangleMesh& stlMesh);
glm::vec3 referencePointToModelFrame(const glm::vec3& stlPoint);

// The triangles of `reference` whose centre lies within the height range of `generated`.
TriangleMesh cropToHeightOf(const TriangleMesh& reference, const TriangleMesh& generated);
}  // namespace pe::gen
