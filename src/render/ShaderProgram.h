// A linked GL program built from embedded shader files plus variant #defines.
#pragma once
#include <string>
#include <unordered_map>
#include <vector>

#include <glm/mat3x3.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>

namespace pe {
class ShaderProgram {
 public:
  // Builds vertex + fragment shaders from shaders/<vertex> and shaders/<fragment>, each
  // prefixed with the target's version line ("#version 330 core", or "#version 300 es" in
  // the browser) and "#define D" for every define. `feedback` names
  // varyings captured by transform feedback. Throws GraphicsError naming shader, variant, log.
  ShaderProgram(const std::string& vertex, const std::string& fragment,
                const std::vector<std::string>& defines = {},
                const std::vector<std::string>& feedback = {});
  ~ShaderProgram();
  ShaderProgram(const ShaderProgram&) = delete;
  ShaderProgram& operator=(const ShaderProgram&) = delete;

  void use() const;
  unsigned id() const { return program_; }
  int location(const char* name);
  void set(const char* name, int v);
  void set(const char* name, float v);
  void set(const char* name, const glm::vec2& v);
  void set(const char* name, const glm::vec3& v);
  void set(const char* name, const glm::vec4& v);
  void set(const char* name, const glm::mat3& v);
  void set(const char* name, const glm::mat4& v);

 private:
  unsigned program_ = 0;
  std::unordered_map<std::string, int> locations_;
};
}  // namespace pe
