#include "render/ShaderProgram.h"

#include <glm/gtc/type_ptr.hpp>
#include "render/Gl.h"

#include "core/Error.h"
#include "render/EmbeddedShaders.h"

namespace pe {
namespace {
// One source per stage; the version line is the target's. OpenGL ES needs default precisions
// (high, as the desktop computes).
#ifdef __EMSCRIPTEN__
const char* const kVersionLine =
    "#version 300 es\nprecision highp float;\nprecision highp int;\n"
    "precision highp sampler2D;\n";
#else
const char* const kVersionLine = "#version 330 core\n";
#endif
std::string variantName(const std::vector<std::string>& defines) {
  if (defines.empty()) return "default";
  std::string out;
  for (const std::string& d : defines) out += (out.empty() ? "" : "+") + d;
  return out;
}

GLuint compile(GLenum stage, const std::string& file, const std::vector<std::string>& defines) {
  const char* body = embeddedShaderSource(file.c_str());
  if (!body) throw GraphicsError("shader " + file + " is not embedded in the binary");
  std::string source = kVersionLine;
  for (const std::string& d : defines) source += "#define " + d + "\n";
  source += "#line 1\n";
  source += body;
  GLuint shader = glCreateShader(stage);
  const char* text = source.c_str();
  glShaderSource(shader, 1, &text, nullptr);
  glCompileShader(shader);
  GLint ok = 0;
  glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
  if (!ok) {
    char log[4096] = {};
    glGetShaderInfoLog(shader, sizeof log, nullptr, log);
    glDeleteShader(shader);
    throw GraphicsError("shader " + file + " (variant " + variantName(defines) +
                        ") failed to compile: " + log);
  }
  return shader;
}
}  // namespace

ShaderProgram::ShaderProgram(const std::string& vertex, const std::string& fragment,
                             const std::vector<std::string>& defines,
                             const std::vector<std::string>& feedback) {
  GLuint vs = compile(GL_VERTEX_SHADER, vertex, defines);
  GLuint fs = 0;
  try {
    fs = compile(GL_FRAGMENT_SHADER, fragment, defines);
  } catch (...) {
    glDeleteShader(vs);
    throw;
  }
  program_ = glCreateProgram();
  glAttachShader(program_, vs);
  glAttachShader(program_, fs);
  if (!feedback.empty()) {
    std::vector<const char*> names;
    for (const std::string& f : feedback) names.push_back(f.c_str());
    glTransformFeedbackVaryings(program_, static_cast<GLsizei>(names.size()), names.data(),
                                GL_INTERLEAVED_ATTRIBS);
  }
  glLinkProgram(program_);
  glDeleteShader(vs);
  glDeleteShader(fs);
  GLint ok = 0;
  glGetProgramiv(program_, GL_LINK_STATUS, &ok);
  if (!ok) {
    char log[4096] = {};
    glGetProgramInfoLog(program_, sizeof log, nullptr, log);
    glDeleteProgram(program_);
    throw GraphicsError("program " + vertex + " + " + fragment + " (variant " +
                        variantName(defines) + ") failed to link: " + log);
  }
}

ShaderProgram::~ShaderProgram() {
  glDeleteProgram(program_);
}

void ShaderProgram::use() const {
  glUseProgram(program_);
}

int ShaderProgram::location(const char* name) {
  auto it = locations_.find(name);
  if (it != locations_.end()) return it->second;
  int loc = glGetUniformLocation(program_, name);
  locations_.emplace(name, loc);
  return loc;
}

void ShaderProgram::set(const char* name, int v) {
  glUniform1i(location(name), v);
}
void ShaderProgram::set(const char* name, float v) {
  glUniform1f(location(name), v);
}
void ShaderProgram::set(const char* name, const glm::vec2& v) {
  glUniform2fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::vec3& v) {
  glUniform3fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::vec4& v) {
  glUniform4fv(location(name), 1, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::mat3& v) {
  glUniformMatrix3fv(location(name), 1, GL_FALSE, glm::value_ptr(v));
}
void ShaderProgram::set(const char* name, const glm::mat4& v) {
  glUniformMatrix4fv(location(name), 1, GL_FALSE, glm::value_ptr(v));
}
}  // namespace pe
