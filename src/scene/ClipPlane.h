// A cross-section plane: everything on its positive side is cut away, and the renderer fills
// the cut of each closed structure in the structure's colour.
#pragma once
#include <optional>
#include <string>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace pe {
struct ClipPlane {
  bool enabled = false;
  glm::vec3 normal{1.0f, 0.0f, 0.0f};  // points to the side that is removed
  float offset = 0.0f;                 // metres along the normal from the origin

  // (n, d) with n.p <= d kept: the form the shaders use.
  glm::vec4 equation() const { return glm::vec4(normal, offset); }
  bool keeps(const glm::vec3& p) const;
};

// "sagittal:0.02", "coronal:-0.01", "transverse:0.1", optionally ":flip" to keep the other
// side. Sagittal cuts away the subject's left (+X), coronal the front (+Z), transverse the top
// (+Y). Returns nullopt for anything else.
std::optional<ClipPlane> parseClipPlane(const std::string& spec);
}  // namespace pe
