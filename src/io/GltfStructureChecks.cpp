#include <cmath>
#include <set>

#include <tiny_gltf.h>

#include "io/AccessorReader.h"
#include "io/GltfValidator.h"

namespace pe {
namespace {
using tinygltf::Model;

std::string name(const char* kind, size_t index) {
  return std::string(kind) + " " + std::to_string(index);
}

bool inRange(int index, size_t size) {
  return index >= 0 && static_cast<size_t>(index) < size;
}

void checkRef(int index, size_t size, const std::string& where, const char* what,
              ValidationReport& r, bool optional = true) {
  if (index < 0 && optional) return;
  if (!inRange(index, size))
    r.error(where + ": " + what + " " + std::to_string(index) + " does not exist");
}

bool finite(const std::vector<double>& v) {
  for (double d : v)
    if (!std::isfinite(d)) return false;
  return true;
}

void checkBuffers(const Model& m, const std::vector<bool>& remote, ValidationReport& r) {
  for (size_t i = 0; i < m.buffers.size(); ++i) {
    const tinygltf::Buffer& b = m.buffers[i];
    if (i < remote.size() && remote[i]) continue;
    if (b.data.empty()) r.error(name("buffer", i) + ": byteLength must be at least 1");
  }
  for (size_t i = 0; i < m.bufferViews.size(); ++i) {
    const tinygltf::BufferView& v = m.bufferViews[i];
    const std::string where = name("bufferView", i);
    if (!inRange(v.buffer, m.buffers.size())) {
      r.error(where + ": buffer " + std::to_string(v.buffer) + " does not exist");
      continue;
    }
    if (v.byteLength == 0) r.error(where + ": byteLength must be at least 1");
    const size_t size = m.buffers[v.buffer].data.size();
    if (v.byteOffset > size || v.byteLength > size - v.byteOffset)
      r.error(where + ": bytes " + std::to_string(v.byteOffset) + ".." +
              std::to_string(v.byteOffset + v.byteLength) + " run past the end of buffer " +
              std::to_string(v.buffer) + " (" + std::to_string(size) + " bytes)");
    if (v.byteStride != 0) {
      if (v.byteStride < 4 || v.byteStride > 252 || v.byteStride % 4 != 0)
        r.error(where + ": byteStride " + std::to_string(v.byteStride) +
                " must be a multiple of 4 between 4 and 252");
      if (v.byteStride > v.byteLength)
        r.error(where + ": byteStride " + std::to_string(v.byteStride) + " exceeds byteLength " +
                std::to_string(v.byteLength));
      if (v.target == TINYGLTF_TARGET_ELEMENT_ARRAY_BUFFER)
        r.error(where + ": an index buffer view must not have a byteStride");
    }
  }
}

void checkAccessors(const Model& m, ValidationReport& r) {
  for (size_t i = 0; i < m.accessors.size(); ++i) {
    const tinygltf::Accessor& a = m.accessors[i];
    const std::string where = name("accessor", i);
    const int compSize = componentByteSize(a.componentType);
    if (compSize == 0) {
      r.error(where + ": unknown componentType " + std::to_string(a.componentType));
      continue;
    }
    if (accessorComponentCount(a.type) == 0) {
      r.error(where + ": unknown type");
      continue;
    }
    if (a.count == 0) r.error(where + ": count must be at least 1");
    if (!finite(a.minValues) || !finite(a.maxValues)) r.error(where + ": min/max must be finite");
    const size_t elementSize = accessorElementSize(a);
    if (a.bufferView >= 0) {
      if (!inRange(a.bufferView, m.bufferViews.size())) {
        r.error(where + ": bufferView " + std::to_string(a.bufferView) + " does not exist");
        continue;
      }
      const tinygltf::BufferView& v = m.bufferViews[a.bufferView];
      const bool matrix = a.type == TINYGLTF_TYPE_MAT2 || a.type == TINYGLTF_TYPE_MAT3 ||
                          a.type == TINYGLTF_TYPE_MAT4;
      const size_t align = matrix ? 4 : static_cast<size_t>(compSize);
      if (a.byteOffset % align != 0)
        r.error(where + ": byteOffset " + std::to_string(a.byteOffset) + " is not a multiple of " +
                std::to_string(align));
      else if ((v.byteOffset + a.byteOffset) % align != 0)
        r.error(where + ": its data does not start on a " + std::to_string(align) +
                "-byte boundary in the buffer");
      if (v.byteStride != 0 && v.byteStride < elementSize)
        r.error(where + ": bufferView byteStride " + std::to_string(v.byteStride) +
                " is less than the element size " + std::to_string(elementSize));
      if (matrix && v.byteStride % 4 != 0)
        r.error(where + ": matrix columns must be 4-byte aligned");
      const size_t stride = v.byteStride ? v.byteStride : elementSize;
      if (a.count > 0 &&
          (a.byteOffset > v.byteLength || elementSize > v.byteLength - a.byteOffset ||
           (a.count - 1) > (v.byteLength - a.byteOffset - elementSize) / stride))
        r.error(where + ": " + std::to_string(a.count) + " elements do not fit in bufferView " +
                std::to_string(a.bufferView) + " (" + std::to_string(v.byteLength) + " bytes)");
    }
    if (a.sparse.isSparse) {
      if (a.sparse.count < 1 || static_cast<size_t>(a.sparse.count) > a.count)
        r.error(where + ": sparse count " + std::to_string(a.sparse.count) + " is not in 1.." +
                std::to_string(a.count));
      checkRef(a.sparse.indices.bufferView, m.bufferViews.size(), where + " sparse indices",
               "bufferView", r, false);
      checkRef(a.sparse.values.bufferView, m.bufferViews.size(), where + " sparse values",
               "bufferView", r, false);
      for (int view : {a.sparse.indices.bufferView, a.sparse.values.bufferView})
        if (inRange(view, m.bufferViews.size()) && m.bufferViews[view].byteStride != 0)
          r.error(where + ": sparse bufferView " + std::to_string(view) +
                  " must not have a byteStride");
    }
  }
}

// Format rules for mesh attributes (glTF 2.0, 3.7.2.1).
bool attributeFormatOk(const std::string& semantic, const tinygltf::Accessor& a) {
  const int ct = a.componentType;
  const bool f = ct == TINYGLTF_COMPONENT_TYPE_FLOAT;
  const bool ubn = ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE && a.normalized;
  const bool usn = ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT && a.normalized;
  auto starts = [&](const char* p) { return semantic.rfind(p, 0) == 0; };
  if (semantic == "POSITION" || semantic == "NORMAL") return a.type == TINYGLTF_TYPE_VEC3 && f;
  if (semantic == "TANGENT") return a.type == TINYGLTF_TYPE_VEC4 && f;
  if (starts("TEXCOORD_")) return a.type == TINYGLTF_TYPE_VEC2 && (f || ubn || usn);
  if (starts("COLOR_"))
    return (a.type == TINYGLTF_TYPE_VEC3 || a.type == TINYGLTF_TYPE_VEC4) && (f || ubn || usn);
  if (starts("JOINTS_"))
    return a.type == TINYGLTF_TYPE_VEC4 && !a.normalized &&
           (ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE ||
            ct == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT);
  if (starts("WEIGHTS_")) return a.type == TINYGLTF_TYPE_VEC4 && (f || ubn || usn);
  return true;  // application-specific "_NAME" attributes: any format
}

bool knownSemantic(const std::string& s, std::string& base, int& setIndex) {
  setIndex = -1;
  base = s;
  for (const char* p : {"POSITION", "NORMAL", "TANGENT"})
    if (s == p) return true;
  if (!s.empty() && s[0] == '_') return true;
  for (const char* p : {"TEXCOORD_", "COLOR_", "JOINTS_", "WEIGHTS_"}) {
    std::string prefix = p;
    if (s.rfind(prefix, 0) != 0) continue;
    std::string digits = s.substr(prefix.size());
    if (digits.empty() || digits.size() > 3 ||
        digits.find_first_not_of("0123456789") != std::string::npos)
      return false;
    if (digits.size() > 1 && digits[0] == '0') return false;
    base = prefix;
    setIndex = std::stoi(digits);
    return true;
  }
  return false;
}

// Long on purpose: the specification's rules for primitives and their attributes in order.
void checkMeshes(const Model& m, ValidationReport& r) {
  for (size_t mi = 0; mi < m.meshes.size(); ++mi) {
    const tinygltf::Mesh& mesh = m.meshes[mi];
    size_t targetCount = mesh.primitives.empty() ? 0 : mesh.primitives[0].targets.size();
    for (size_t pi = 0; pi < mesh.primitives.size(); ++pi) {
      const tinygltf::Primitive& p = mesh.primitives[pi];
      const std::string where = name("mesh", mi) + " primitive " + std::to_string(pi);
      if (p.mode < 0 || p.mode > 6) r.error(where + ": unknown mode " + std::to_string(p.mode));
      checkRef(p.material, m.materials.size(), where, "material", r);
      if (p.targets.size() != targetCount)
        r.error(name("mesh", mi) + ": primitives have different numbers of morph targets");
      std::map<std::string, std::set<int>> sets;
      long vertexCount = -1;
      bool refsOk = true;
      for (const auto& [semantic, acc] : p.attributes) {
        std::string base;
        int set;
        if (!knownSemantic(semantic, base, set)) {
          r.error(where + ": invalid attribute name '" + semantic + "'");
          continue;
        }
        if (set >= 0) sets[base].insert(set);
        if (!inRange(acc, m.accessors.size())) {
          r.error(where + ": attribute " + semantic + " uses accessor " + std::to_string(acc) +
                  " which does not exist");
          refsOk = false;
          continue;
        }
        const tinygltf::Accessor& a = m.accessors[acc];
        if (a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT)
          r.error(where + ": attribute " + semantic + " must not use UNSIGNED_INT components");
        else if (!attributeFormatOk(semantic, a))
          r.error(where + ": attribute " + semantic + " has an invalid type or componentType");
        if (a.bufferView >= 0 && inRange(a.bufferView, m.bufferViews.size())) {
          const tinygltf::BufferView& v = m.bufferViews[a.bufferView];
          if (a.byteOffset % 4 != 0 || (v.byteOffset + a.byteOffset) % 4 != 0 ||
              v.byteStride % 4 != 0)
            r.error(where + ": attribute " + semantic + " data is not 4-byte aligned");
        }
        if (vertexCount < 0)
          vertexCount = static_cast<long>(a.count);
        else if (vertexCount != static_cast<long>(a.count))
          r.error(where + ": attributes have different counts");
      }
      for (const auto& [base, indices] : sets)
        if (*indices.rbegin() != static_cast<int>(indices.size()) - 1)
          r.error(where + ": " + base + "n attributes must be numbered 0, 1, 2... without gaps");
      if (sets["JOINTS_"].size() != sets["WEIGHTS_"].size())
        r.error(where + ": JOINTS_n and WEIGHTS_n attributes must come in pairs");
      if (p.indices >= 0) {
        if (!inRange(p.indices, m.accessors.size())) {
          r.error(where + ": indices accessor " + std::to_string(p.indices) + " does not exist");
        } else {
          const tinygltf::Accessor& a = m.accessors[p.indices];
          const int ct = a.componentType;
          if (a.type != TINYGLTF_TYPE_SCALAR || a.normalized ||
              (ct != TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE &&
               ct != TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT &&
               ct != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT))
            r.error(where + ": indices must be unsigned byte, short or int scalars");
          if (inRange(a.bufferView, m.bufferViews.size()) &&
              m.bufferViews[a.bufferView].byteStride != 0)
            r.error(where + ": the indices bufferView must not have a byteStride");
          if (a.bufferView < 0) r.error(where + ": indices must be stored in a bufferView");
        }
      }
      for (size_t t = 0; t < p.targets.size(); ++t)
        for (const auto& [semantic, acc] : p.targets[t]) {
          const std::string tw = where + " target " + std::to_string(t);
          if (semantic != "POSITION" && semantic != "NORMAL" && semantic != "TANGENT" &&
              semantic.rfind("TEXCOORD_", 0) != 0 && semantic.rfind("COLOR_", 0) != 0) {
            r.error(tw + ": attribute " + semantic + " cannot be morphed");
            continue;
          }
          if (!p.attributes.count(semantic))
            r.error(tw + ": morphs " + semantic + " which the primitive does not have");
          if (!inRange(acc, m.accessors.size())) {
            r.error(tw + ": accessor " + std::to_string(acc) + " does not exist");
            continue;
          }
          const tinygltf::Accessor& a = m.accessors[acc];
          if ((semantic == "POSITION" || semantic == "NORMAL") &&
              (a.type != TINYGLTF_TYPE_VEC3 || a.componentType != TINYGLTF_COMPONENT_TYPE_FLOAT))
            r.error(tw + ": " + semantic + " must be float VEC3");
          if (refsOk && vertexCount >= 0 && static_cast<long>(a.count) != vertexCount)
            r.error(tw + ": " + semantic + " count differs from the primitive's vertex count");
        }
    }
    if (!mesh.weights.empty() && mesh.weights.size() != targetCount)
      r.error(name("mesh", mi) + ": has " + std::to_string(mesh.weights.size()) + " weights for " +
              std::to_string(targetCount) + " morph targets");
  }
}
}  // namespace

void checkNodesSkinsScenes(const Model& m, ValidationReport& r);
void checkAnimations(const Model& m, ValidationReport& r);

void checkModelStructure(const Model& m, const std::vector<bool>& remote, ValidationReport& r) {
  checkBuffers(m, remote, r);
  checkAccessors(m, r);
  checkMeshes(m, r);
  for (size_t i = 0; i < m.textures.size(); ++i) {
    checkRef(m.textures[i].source, m.images.size(), name("texture", i), "image", r);
    checkRef(m.textures[i].sampler, m.samplers.size(), name("texture", i), "sampler", r);
  }
  for (size_t i = 0; i < m.images.size(); ++i) {
    const tinygltf::Image& img = m.images[i];
    if (img.bufferView >= 0 && !inRange(img.bufferView, m.bufferViews.size()))
      r.error(name("image", i) + ": bufferView " + std::to_string(img.bufferView) +
              " does not exist");
  }
  for (size_t i = 0; i < m.materials.size(); ++i) {
    const tinygltf::Material& mat = m.materials[i];
    const std::string where = name("material", i);
    for (int tex : {mat.pbrMetallicRoughness.baseColorTexture.index,
                    mat.pbrMetallicRoughness.metallicRoughnessTexture.index,
                    mat.normalTexture.index, mat.occlusionTexture.index, mat.emissiveTexture.index})
      checkRef(tex, m.textures.size(), where, "texture", r);
    if (mat.alphaMode != "OPAQUE" && mat.alphaMode != "MASK" && mat.alphaMode != "BLEND")
      r.error(where + ": unknown alphaMode '" + mat.alphaMode + "'");
  }
  for (size_t i = 0; i < m.cameras.size(); ++i) {
    const tinygltf::Camera& c = m.cameras[i];
    const std::string where = name("camera", i);
    if (c.type == "perspective") {
      const auto& p = c.perspective;
      if (!std::isfinite(p.znear) || p.znear <= 0 || !std::isfinite(p.yfov) || p.yfov <= 0 ||
          !std::isfinite(p.aspectRatio) || p.aspectRatio < 0 || std::isnan(p.zfar) ||
          (p.zfar != 0 && p.zfar <= p.znear))
        r.error(where + ": perspective values are out of range");
    } else if (c.type == "orthographic") {
      const auto& o = c.orthographic;
      if (!std::isfinite(o.xmag) || !std::isfinite(o.ymag) || !std::isfinite(o.znear) ||
          !std::isfinite(o.zfar) || o.znear < 0 || o.zfar <= o.znear)
        r.error(where + ": orthographic values are out of range");
    } else {
      r.error(where + ": unknown type '" + c.type + "'");
    }
  }
  checkNodesSkinsScenes(m, r);
  checkAnimations(m, r);
}
}  // namespace pe
