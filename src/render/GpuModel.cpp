#include "render/GpuModel.h"

#include "render/Gl.h"

#include "pose/Deformation.h"

namespace pe {
namespace {
template <typename T>
unsigned uploadAttribute(GLuint location, const std::vector<T>& data, GLint components,
                         GLenum usage) {
  GLuint buffer = 0;
  glGenBuffers(1, &buffer);
  glBindBuffer(GL_ARRAY_BUFFER, buffer);
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(T)), data.data(),
               usage);
  glEnableVertexAttribArray(location);
  glVertexAttribPointer(location, components, GL_FLOAT, GL_FALSE, 0, nullptr);
  return buffer;
}

GLenum glMode(PrimitiveMode mode) {
  switch (mode) {
    case PrimitiveMode::Points:
      return GL_POINTS;
    case PrimitiveMode::Lines:
      return GL_LINES;
    case PrimitiveMode::LineLoop:
      return GL_LINE_LOOP;
    case PrimitiveMode::LineStrip:
      return GL_LINE_STRIP;
    case PrimitiveMode::Triangles:
      return GL_TRIANGLES;
    case PrimitiveMode::TriangleStrip:
      return GL_TRIANGLE_STRIP;
    case PrimitiveMode::TriangleFan:
      return GL_TRIANGLE_FAN;
  }
  return GL_TRIANGLES;
}

GpuPrimitive upload(const Primitive& p) {
  GpuPrimitive g;
  g.mode = glMode(p.mode);
  g.vertexCount = static_cast<int>(p.positions.size());
  glGenVertexArrays(1, &g.vao);
  glBindVertexArray(g.vao);
  const GLenum usage = p.targets.empty() ? GL_STATIC_DRAW : GL_DYNAMIC_DRAW;
  g.positionBuffer = uploadAttribute(0, p.positions, 3, usage);
  g.presentAttributes = 1u;
  if (!p.normals.empty()) {
    g.normalBuffer = uploadAttribute(1, p.normals, 3, usage);
    g.presentAttributes |= 1u << 1;
  }
  auto optional = [&](GLuint location, const auto& data, GLint components) {
    if (data.empty()) return;
    g.otherBuffers.push_back(uploadAttribute(location, data, components, GL_STATIC_DRAW));
    g.presentAttributes |= 1u << location;
  };
  optional(2, p.texcoords[0], 2);
  optional(3, p.texcoords[1], 2);
  optional(4, p.colors, 4);
  for (int set = 0; set < 2; ++set) {
    std::vector<glm::vec4> joints(p.joints[set].begin(), p.joints[set].end());
    optional(5 + set * 2, joints, 4);
    optional(6 + set * 2, p.weights[set], 4);
  }
  if (!p.indices.empty()) {
    glGenBuffers(1, &g.indexBuffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indexBuffer);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(p.indices.size() * 4),
                 p.indices.data(), GL_STATIC_DRAW);
    g.indexCount = static_cast<int>(p.indices.size());
  }
  if (!p.levels.empty()) {
    std::vector<uint32_t> all;
    for (const DetailLevel& level : p.levels) {
      g.levelFirst.push_back(static_cast<int>(all.size()));
      g.levelCount.push_back(static_cast<int>(level.indices.size()));
      all.insert(all.end(), level.indices.begin(), level.indices.end());
    }
    glGenBuffers(1, &g.levelIndexBuffer);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.levelIndexBuffer);
    glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(all.size() * 4), all.data(),
                 GL_STATIC_DRAW);
    // The VAO keeps the full index buffer bound; the levels' buffer is bound per draw.
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, g.indexBuffer);
  }
  glBindVertexArray(0);
  return g;
}

unsigned uploadImage(const Image& image) {
  if (image.rgba.empty()) return 0;
  GLuint tex = 0;
  glGenTextures(1, &tex);
  glBindTexture(GL_TEXTURE_2D, tex);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  // Base colour textures are sRGB-encoded (glTF spec); the GPU linearises on sampling.
  glTexImage2D(GL_TEXTURE_2D, 0, GL_SRGB8_ALPHA8, image.width, image.height, 0, GL_RGBA,
               GL_UNSIGNED_BYTE, image.rgba.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  return tex;
}
}  // namespace

GpuModel::GpuModel(const Model& model) : model_(model) {
  for (const Mesh& mesh : model.meshes) {
    std::vector<GpuPrimitive> prims;
    for (const Primitive& p : mesh.primitives) prims.push_back(upload(p));
    meshes_.push_back(std::move(prims));
  }
  for (const Image& image : model.images) images_.push_back(uploadImage(image));
  // Each glTF texture pairs an image with a sampler; GL sampler objects keep them apart.
  for (const Texture& t : model.textures) {
    textures_.push_back(t.image >= 0 ? images_[t.image] : 0);
    GLuint sampler = 0;
    glGenSamplers(1, &sampler);
    glSamplerParameteri(sampler, GL_TEXTURE_MIN_FILTER,
                        t.minFilter ? t.minFilter : GL_LINEAR_MIPMAP_LINEAR);
    glSamplerParameteri(sampler, GL_TEXTURE_MAG_FILTER, t.magFilter ? t.magFilter : GL_LINEAR);
    glSamplerParameteri(sampler, GL_TEXTURE_WRAP_S, t.wrapS);
    glSamplerParameteri(sampler, GL_TEXTURE_WRAP_T, t.wrapT);
    samplers_.push_back(sampler);
  }
}

unsigned GpuModel::sampler(int index) const {
  if (index < 0 || index >= static_cast<int>(samplers_.size())) return 0;
  return samplers_[index];
}

void GpuModel::bindAbsentAttributeDefaults(const GpuPrimitive& g) {
  // Constant attribute values are context state, not VAO state: set them for every draw.
  if (!(g.presentAttributes & (1u << 1))) glVertexAttrib3f(1, 0, 0, 1);
  if (!(g.presentAttributes & (1u << 4))) glVertexAttrib4f(4, 1, 1, 1, 1);
  for (GLuint location : {2u, 3u, 5u, 6u, 7u, 8u})
    if (!(g.presentAttributes & (1u << location))) glVertexAttrib4f(location, 0, 0, 0, 0);
}

GpuModel::~GpuModel() {
  for (auto& prims : meshes_)
    for (GpuPrimitive& g : prims) {
      glDeleteVertexArrays(1, &g.vao);
      glDeleteBuffers(1, &g.positionBuffer);
      if (g.normalBuffer) glDeleteBuffers(1, &g.normalBuffer);
      if (!g.otherBuffers.empty())
        glDeleteBuffers(static_cast<GLsizei>(g.otherBuffers.size()), g.otherBuffers.data());
      if (g.indexBuffer) glDeleteBuffers(1, &g.indexBuffer);
      if (g.levelIndexBuffer) glDeleteBuffers(1, &g.levelIndexBuffer);
    }
  for (unsigned tex : images_)
    if (tex) glDeleteTextures(1, &tex);
  if (!samplers_.empty())
    glDeleteSamplers(static_cast<GLsizei>(samplers_.size()), samplers_.data());
}

unsigned GpuModel::texture(int index) const {
  if (index < 0 || index >= static_cast<int>(textures_.size())) return 0;
  return textures_[index];
}

void GpuModel::applyMorphWeights(int mesh, int index, const std::vector<float>& weights) {
  GpuPrimitive& g = meshes_[mesh][index];
  const Primitive& p = model_.meshes[mesh].primitives[index];
  if (p.targets.empty() || g.uploadedWeights == weights) return;
  std::vector<glm::vec3> positions, normals;
  applyMorphTargets(p, weights, positions, normals);
  glBindBuffer(GL_ARRAY_BUFFER, g.positionBuffer);
  glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(positions.size() * sizeof(glm::vec3)),
                  positions.data());
  if (g.normalBuffer) {
    glBindBuffer(GL_ARRAY_BUFFER, g.normalBuffer);
    glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(normals.size() * sizeof(glm::vec3)),
                    normals.data());
  }
  g.uploadedWeights = weights;
}
}  // namespace pe
