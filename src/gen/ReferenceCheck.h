// The BodyParts3D reference meshes that generated structures are held to (issue 3), brought
// into the model frame (metres or millimetres, +X left, +Y up, +Z anterior).
#pragma once
#include <string>
#include <vector>

#include "scene/TriangleMesh.h"

namespace pe::gen {
struct ReferenceTarget {
  std::string id;    // generated structure id
  std::string file;  // under reference/bodyparts3d/stl
  double limitMm;    // the bound on the mean symmetric surface distance
};

const std::vector<ReferenceTarget>& referenceTargets();

// BodyParts3D (mm, +X left, +Y posterior, +Z superior) to the model frame in millimetres: the
// reference's midsagittal plane at x = 0, its mid-ASIS height and depth at y = z = 0.
TriangleMesh referenceToModelFrame(const TriangleMesh& stlMesh);
glm::vec3 referencePointToModelFrame(const glm::vec3& stlPoint);
}  // namespace pe::gen
