// The CPU scene model: plain structs loaded from glTF, with no GL in them.
// Vertex data is decoded to floats at load time so animation, picking and rendering share it.
#pragma once
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include <glm/gtc/quaternion.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

namespace pe {
struct Bounds {
  glm::vec3 min{1e30f};
  glm::vec3 max{-1e30f};
  bool valid() const { return min.x <= max.x && min.y <= max.y && min.z <= max.z; }
  void add(const glm::vec3& p);
  void add(const Bounds& b);
  glm::vec3 center() const { return (min + max) * 0.5f; }
  glm::vec3 size() const { return max - min; }
  Bounds transformed(const glm::mat4& m) const;
};

enum class AlphaMode { Opaque, Mask, Blend };

struct Image {
  std::string name;
  int width = 0;
  int height = 0;
  std::vector<uint8_t> rgba;  // width * height * 4
};

struct Texture {
  int image = -1;
  int minFilter = 0;  // glTF/GL enum value, 0 when unspecified
  int magFilter = 0;
  int wrapS = 10497;  // REPEAT
  int wrapT = 10497;
};

struct Material {
  std::string name;
  glm::vec4 baseColorFactor{1.0f};
  int baseColorTexture = -1;
  int baseColorTexCoord = 0;
  glm::vec3 emissiveFactor{0.0f};
  AlphaMode alphaMode = AlphaMode::Opaque;
  float alphaCutoff = 0.5f;
  bool doubleSided = false;
};

enum class PrimitiveMode {
  Points = 0,
  Lines = 1,
  LineLoop = 2,
  LineStrip = 3,
  Triangles = 4,
  TriangleStrip = 5,
  TriangleFan = 6
};

struct MorphTarget {
  std::vector<glm::vec3> positions;  // deltas; empty when the target has none
  std::vector<glm::vec3> normals;
};

// A simplified version of a primitive's triangles over the same vertices: what a view draws
// where the difference cannot be seen (error: the largest deviation from the full surface, in
// model units).
struct DetailLevel {
  std::vector<uint32_t> indices;
  float error = 0.0f;
};

struct Primitive {
  PrimitiveMode mode = PrimitiveMode::Triangles;
  int material = -1;
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;  // always filled for triangle modes (computed when absent)
  std::vector<glm::vec2> texcoords[2];
  std::vector<glm::vec4> colors;
  std::vector<glm::uvec4> joints[2];
  std::vector<glm::vec4> weights[2];
  std::vector<uint32_t> indices;    // empty: draw vertices in order
  std::vector<DetailLevel> levels;  // simplified triangles, finest first; may be empty
  std::vector<MorphTarget> targets;
  Bounds bounds;  // of positions, with every morph target fully applied included
  bool skinned() const { return !joints[0].empty() && !weights[0].empty(); }
  size_t triangleCount() const;
  // Corner indices of every triangle of a triangle mode, in the winding the GPU uses.
  std::vector<uint32_t> triangleCorners() const;
};

struct Mesh {
  std::string name;
  std::vector<Primitive> primitives;
  std::vector<float> defaultWeights;
  std::vector<std::string> targetNames;  // extras.targetNames, one per morph target, if given
};

struct Transform {
  glm::vec3 translation{0.0f};
  glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};
  glm::vec3 scale{1.0f};
  glm::mat4 matrix() const;
};

struct Node {
  std::string name;
  int parent = -1;
  std::vector<int> children;
  int mesh = -1;
  int skin = -1;
  Transform local;         // used when hasMatrix is false
  bool hasMatrix = false;  // a matrix node cannot be animated (glTF spec)
  glm::mat4 matrix{1.0f};
  std::vector<float> weights;                 // morph weights overriding the mesh defaults
  std::map<std::string, std::string> extras;  // string/number values of glTF extras
};

struct Skin {
  std::string name;
  std::vector<int> joints;
  std::vector<glm::mat4> inverseBindMatrices;  // one per joint (identity when absent)
  int skeleton = -1;
};

enum class AnimationPath { Translation, Rotation, Scale, Weights };
enum class Interpolation { Step, Linear, CubicSpline };

struct AnimationSampler {
  std::vector<float> input;   // strictly increasing key times in seconds
  std::vector<float> output;  // components per key (x3 for CUBICSPLINE: in-tangent, value, out)
  int components = 0;         // floats per value: 3, 4, or the morph target count
  Interpolation interpolation = Interpolation::Linear;
};

struct AnimationChannel {
  int node = -1;
  AnimationPath path = AnimationPath::Translation;
  int sampler = -1;
};

struct AnimationClip {
  std::string name;
  std::vector<AnimationSampler> samplers;
  std::vector<AnimationChannel> channels;
  float duration = 0.0f;
};

struct SceneRoots {
  std::string name;
  std::vector<int> nodes;
};

struct Model {
  std::string sourcePath;
  std::vector<Node> nodes;
  std::vector<Mesh> meshes;
  std::vector<Material> materials;
  std::vector<Texture> textures;
  std::vector<Image> images;
  std::vector<Skin> skins;
  std::vector<AnimationClip> clips;
  std::vector<SceneRoots> scenes;
  int defaultScene = 0;
  std::vector<std::string> warnings;  // things loaded with a fallback, shown to the user

  // Index of the clip with that name, or -1.
  int findClip(const std::string& name) const;
};
}  // namespace pe
