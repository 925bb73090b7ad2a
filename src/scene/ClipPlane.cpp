#include "scene/ClipPlane.h"

#include <cmath>

#include <glm/geometric.hpp>

namespace pe {
bool ClipPlane::keeps(const glm::vec3& p) const {
  return !enabled || glm::dot(normal, p) <= offset;
}

std::optional<ClipPlane> parseClipPlane(const std::string& spec) {
  const size_t colon = spec.find(':');
  if (colon == std::string::npos) return std::nullopt;
  const std::string name = spec.substr(0, colon);
  std::string rest = spec.substr(colon + 1);
  bool flip = false;
  const size_t second = rest.find(':');
  if (second != std::string::npos) {
    if (rest.substr(second + 1) != "flip") return std::nullopt;
    flip = true;
    rest = rest.substr(0, second);
  }
  ClipPlane plane;
  plane.enabled = true;
  if (name == "sagittal")
    plane.normal = {1, 0, 0};
  else if (name == "coronal")
    plane.normal = {0, 0, 1};
  else if (name == "transverse")
    plane.normal = {0, 1, 0};
  else
    return std::nullopt;
  try {
    size_t used = 0;
    plane.offset = std::stof(rest, &used);
    if (used != rest.size() || !std::isfinite(plane.offset)) return std::nullopt;
  } catch (...) {
    return std::nullopt;
  }
  if (flip) {
    plane.normal = -plane.normal;
    plane.offset = -plane.offset;
  }
  return plane;
}
}  // namespace pe
