// Writes a glTF 2.0 binary (.glb) from plain arrays, byte for byte the same for the same input:
// JSON keys in sorted order, shortest round-trip float formatting, no time stamps.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include <glm/gtc/type_precision.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>
#include <nlohmann/json.hpp>

namespace pe::gen {
class GlbWriter {
 public:
  GlbWriter();
  nlohmann::json& json() { return doc_; }

  // Each returns the accessor index.
  int addVec3(const std::vector<glm::vec3>& v, bool withBounds, bool vertexAttribute = true);
  int addVec4(const std::vector<glm::vec4>& v, bool vertexAttribute = true);
  int addJoints(const std::vector<glm::u16vec4>& v);
  int addIndices(const std::vector<uint32_t>& indices);
  int addScalars(const std::vector<float>& v);  // animation input: with min and max
  int addMat4(const std::vector<glm::mat4>& v);

  std::string bytes() const;

 private:
  int addView(const void* data, size_t size, int target);
  int addAccessor(int view, int componentType, size_t count, const char* type);
  nlohmann::json doc_;
  std::string bin_;
};
}  // namespace pe::gen
