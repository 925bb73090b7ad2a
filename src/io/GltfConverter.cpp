#include "io/GltfConverter.h"

#include <algorithm>

#include <tiny_gltf.h>
#include <glm/geometric.hpp>
#include <glm/gtc/type_ptr.hpp>

#include "io/AccessorReader.h"

namespace pe {
namespace {
template <typename Vec>
std::vector<Vec> readVectors(const tinygltf::Model& m, int accessor, int components) {
  std::vector<double> raw = readAccessor(m, accessor, false);
  std::vector<Vec> out(raw.size() / static_cast<size_t>(components));
  for (size_t e = 0; e < out.size(); ++e)
    for (int c = 0; c < components && c < Vec::length(); ++c)
      out[e][c] = static_cast<typename Vec::value_type>(raw[e * components + c]);
  return out;
}

std::vector<glm::vec4> readColors(const tinygltf::Model& m, int accessor) {
  const int components = accessorComponentCount(m.accessors[accessor].type);
  std::vector<glm::vec4> out = readVectors<glm::vec4>(m, accessor, components);
  if (components == 3)
    for (glm::vec4& c : out) c.a = 1.0f;
  return out;
}

int attribute(const tinygltf::Primitive& p, const std::string& semantic) {
  auto it = p.attributes.find(semantic);
  return it == p.attributes.end() ? -1 : it->second;
}

template <typename T>
void expand(std::vector<T>& values, const std::vector<uint32_t>& indices) {
  if (values.empty()) return;
  std::vector<T> out(indices.size());
  for (size_t i = 0; i < indices.size(); ++i) out[i] = values[indices[i]];
  values.swap(out);
}

void measureBounds(Primitive& p) {
  p.bounds = Bounds();
  for (const glm::vec3& v : p.positions) p.bounds.add(v);
  for (const MorphTarget& t : p.targets)
    for (size_t v = 0; v < t.positions.size() && v < p.positions.size(); ++v)
      p.bounds.add(p.positions[v] + t.positions[v]);
}

Primitive convertPrimitive(const tinygltf::Model& m, const tinygltf::Primitive& src) {
  Primitive p;
  p.mode = static_cast<PrimitiveMode>(src.mode < 0 ? 4 : src.mode);
  p.material = src.material;
  if (int a = attribute(src, "POSITION"); a >= 0) p.positions = readVectors<glm::vec3>(m, a, 3);
  if (int a = attribute(src, "NORMAL"); a >= 0) p.normals = readVectors<glm::vec3>(m, a, 3);
  for (int set = 0; set < 2; ++set) {
    const std::string n = std::to_string(set);
    if (int a = attribute(src, "TEXCOORD_" + n); a >= 0)
      p.texcoords[set] = readVectors<glm::vec2>(m, a, 2);
    if (int a = attribute(src, "JOINTS_" + n); a >= 0)
      p.joints[set] = readVectors<glm::uvec4>(m, a, 4);
    if (int a = attribute(src, "WEIGHTS_" + n); a >= 0)
      p.weights[set] = readVectors<glm::vec4>(m, a, 4);
  }
  if (int a = attribute(src, "COLOR_0"); a >= 0) p.colors = readColors(m, a);
  if (src.indices >= 0) {
    for (double i : readAccessor(m, src.indices, false))
      p.indices.push_back(static_cast<uint32_t>(i));
  }
  for (const auto& target : src.targets) {
    MorphTarget t;
    if (auto it = target.find("POSITION"); it != target.end())
      t.positions = readVectors<glm::vec3>(m, it->second, 3);
    if (auto it = target.find("NORMAL"); it != target.end())
      t.normals = readVectors<glm::vec3>(m, it->second, 3);
    p.targets.push_back(std::move(t));
  }
  const bool triangles = p.mode == PrimitiveMode::Triangles ||
                         p.mode == PrimitiveMode::TriangleStrip ||
                         p.mode == PrimitiveMode::TriangleFan;
  if (triangles && p.normals.empty() && !p.positions.empty()) computeFlatNormals(p);
  measureBounds(p);
  return p;
}

glm::mat4 toMat4(const std::vector<double>& m) {
  glm::mat4 out(1.0f);
  for (int i = 0; i < 16; ++i) glm::value_ptr(out)[i] = static_cast<float>(m[i]);
  return out;
}

void copyExtras(const tinygltf::Value& extras, std::map<std::string, std::string>& out) {
  if (!extras.IsObject()) return;
  for (const std::string& key : extras.Keys()) {
    const tinygltf::Value& v = extras.Get(key);
    if (v.IsString())
      out[key] = v.Get<std::string>();
    else if (v.IsInt())
      out[key] = std::to_string(v.Get<int>());
    else if (v.IsNumber())
      out[key] = std::to_string(v.GetNumberAsDouble());
    else if (v.IsBool())
      out[key] = v.Get<bool>() ? "true" : "false";
  }
}

AnimationClip convertAnimation(const tinygltf::Model& m, const tinygltf::Animation& src,
                               size_t index) {
  AnimationClip clip;
  clip.name = src.name.empty() ? "animation " + std::to_string(index) : src.name;
  for (const tinygltf::AnimationSampler& s : src.samplers) {
    AnimationSampler out;
    for (double t : readAccessor(m, s.input, false)) out.input.push_back(static_cast<float>(t));
    for (double v : readAccessor(m, s.output, false)) out.output.push_back(static_cast<float>(v));
    out.interpolation = s.interpolation == "STEP"          ? Interpolation::Step
                        : s.interpolation == "CUBICSPLINE" ? Interpolation::CubicSpline
                                                           : Interpolation::Linear;
    if (!out.input.empty()) clip.duration = std::max(clip.duration, out.input.back());
    clip.samplers.push_back(std::move(out));
  }
  for (const tinygltf::AnimationChannel& c : src.channels) {
    if (c.target_node < 0) continue;
    AnimationChannel ch;
    ch.node = c.target_node;
    ch.sampler = c.sampler;
    AnimationSampler& s = clip.samplers[c.sampler];
    if (c.target_path == "translation")
      ch.path = AnimationPath::Translation, s.components = 3;
    else if (c.target_path == "rotation")
      ch.path = AnimationPath::Rotation, s.components = 4;
    else if (c.target_path == "scale")
      ch.path = AnimationPath::Scale, s.components = 3;
    else {
      ch.path = AnimationPath::Weights;
      s.components =
          static_cast<int>(m.meshes[m.nodes[c.target_node].mesh].primitives[0].targets.size());
    }
    clip.channels.push_back(ch);
  }
  return clip;
}
}  // namespace

void computeFlatNormals(Primitive& p) {
  std::vector<uint32_t> corners = p.triangleCorners();
  expand(p.positions, corners);
  for (int set = 0; set < 2; ++set) {
    expand(p.texcoords[set], corners);
    expand(p.joints[set], corners);
    expand(p.weights[set], corners);
  }
  expand(p.colors, corners);
  for (MorphTarget& t : p.targets) {
    expand(t.positions, corners);
    expand(t.normals, corners);
  }
  p.indices.clear();
  p.mode = PrimitiveMode::Triangles;
  p.normals.assign(p.positions.size(), glm::vec3(0, 0, 1));
  for (size_t i = 0; i + 2 < p.positions.size(); i += 3) {
    glm::vec3 n =
        glm::cross(p.positions[i + 1] - p.positions[i], p.positions[i + 2] - p.positions[i]);
    float len = glm::length(n);
    if (len > 0)
      n /= len;
    else
      n = glm::vec3(0, 0, 1);
    p.normals[i] = p.normals[i + 1] = p.normals[i + 2] = n;
  }
}

// Long on purpose: one pass per glTF array (images, materials, meshes, nodes, skins, clips).
Model convertModel(const tinygltf::Model& m, const std::string& path) {
  Model out;
  out.sourcePath = path;
  for (const tinygltf::Image& src : m.images) {
    Image img;
    img.name = src.name;
    if (src.component == 4 && src.bits == 8 && !src.image.empty()) {
      img.width = src.width;
      img.height = src.height;
      img.rgba = src.image;
    }
    out.images.push_back(std::move(img));
  }
  for (const tinygltf::Texture& src : m.textures) {
    Texture t;
    t.image = src.source;
    if (src.sampler >= 0) {
      const tinygltf::Sampler& s = m.samplers[src.sampler];
      t.minFilter = std::max(0, s.minFilter);
      t.magFilter = std::max(0, s.magFilter);
      t.wrapS = s.wrapS;
      t.wrapT = s.wrapT;
    }
    out.textures.push_back(t);
  }
  for (const tinygltf::Material& src : m.materials) {
    Material mat;
    mat.name = src.name;
    const auto& pbr = src.pbrMetallicRoughness;
    for (int i = 0; i < 4 && i < static_cast<int>(pbr.baseColorFactor.size()); ++i)
      mat.baseColorFactor[i] = static_cast<float>(pbr.baseColorFactor[i]);
    mat.baseColorTexture = pbr.baseColorTexture.index;
    mat.baseColorTexCoord = std::clamp(pbr.baseColorTexture.texCoord, 0, 1);
    for (int i = 0; i < 3 && i < static_cast<int>(src.emissiveFactor.size()); ++i)
      mat.emissiveFactor[i] = static_cast<float>(src.emissiveFactor[i]);
    mat.alphaMode = src.alphaMode == "BLEND"  ? AlphaMode::Blend
                    : src.alphaMode == "MASK" ? AlphaMode::Mask
                                              : AlphaMode::Opaque;
    mat.alphaCutoff = static_cast<float>(src.alphaCutoff);
    mat.doubleSided = src.doubleSided;
    out.materials.push_back(mat);
  }
  for (const tinygltf::Mesh& src : m.meshes) {
    Mesh mesh;
    mesh.name = src.name;
    for (double w : src.weights) mesh.defaultWeights.push_back(static_cast<float>(w));
    if (src.extras.IsObject() && src.extras.Has("targetNames") &&
        src.extras.Get("targetNames").IsArray()) {
      const tinygltf::Value& names = src.extras.Get("targetNames");
      for (size_t i = 0; i < names.ArrayLen(); ++i)
        mesh.targetNames.push_back(names.Get(static_cast<int>(i)).IsString()
                                       ? names.Get(static_cast<int>(i)).Get<std::string>()
                                       : std::string());
    }
    for (const tinygltf::Primitive& p : src.primitives)
      mesh.primitives.push_back(convertPrimitive(m, p));
    out.meshes.push_back(std::move(mesh));
  }
  out.nodes.resize(m.nodes.size());
  for (size_t i = 0; i < m.nodes.size(); ++i) {
    const tinygltf::Node& src = m.nodes[i];
    Node& n = out.nodes[i];
    n.name = src.name;
    n.mesh = src.mesh;
    n.skin = src.skin;
    n.children = src.children;
    for (int c : src.children) out.nodes[c].parent = static_cast<int>(i);
    if (src.matrix.size() == 16) {
      n.hasMatrix = true;
      n.matrix = toMat4(src.matrix);
    }
    if (src.translation.size() == 3)
      n.local.translation = glm::vec3(src.translation[0], src.translation[1], src.translation[2]);
    if (src.rotation.size() == 4)
      n.local.rotation = glm::normalize(
          glm::quat(static_cast<float>(src.rotation[3]), static_cast<float>(src.rotation[0]),
                    static_cast<float>(src.rotation[1]), static_cast<float>(src.rotation[2])));
    if (src.scale.size() == 3) n.local.scale = glm::vec3(src.scale[0], src.scale[1], src.scale[2]);
    for (double w : src.weights) n.weights.push_back(static_cast<float>(w));
    copyExtras(src.extras, n.extras);
  }
  for (const tinygltf::Skin& src : m.skins) {
    Skin skin;
    skin.name = src.name;
    skin.joints = src.joints;
    skin.skeleton = src.skeleton;
    skin.inverseBindMatrices.assign(src.joints.size(), glm::mat4(1.0f));
    if (src.inverseBindMatrices >= 0) {
      std::vector<double> raw = readAccessor(m, src.inverseBindMatrices, false);
      for (size_t j = 0; j < skin.joints.size(); ++j)
        skin.inverseBindMatrices[j] =
            toMat4(std::vector<double>(raw.begin() + j * 16, raw.begin() + j * 16 + 16));
    }
    out.skins.push_back(std::move(skin));
  }
  for (size_t i = 0; i < m.animations.size(); ++i)
    out.clips.push_back(convertAnimation(m, m.animations[i], i));
  for (const tinygltf::Scene& src : m.scenes) out.scenes.push_back({src.name, src.nodes});
  out.defaultScene = m.scenes.empty() ? -1 : std::max(0, m.defaultScene);
  return out;
}
}  // namespace pe
