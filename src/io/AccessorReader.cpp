#include "io/AccessorReader.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

#include <tiny_gltf.h>

namespace pe {
namespace {
std::string accessorName(int index) {
  return "accessor " + std::to_string(index);
}

double readComponent(const unsigned char* p, int componentType, bool normalize) {
  switch (componentType) {
    case TINYGLTF_COMPONENT_TYPE_BYTE: {
      int8_t v;
      std::memcpy(&v, p, 1);
      return normalize ? std::max(v / 127.0, -1.0) : v;
    }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE: {
      uint8_t v;
      std::memcpy(&v, p, 1);
      return normalize ? v / 255.0 : v;
    }
    case TINYGLTF_COMPONENT_TYPE_SHORT: {
      int16_t v;
      std::memcpy(&v, p, 2);
      return normalize ? std::max(v / 32767.0, -1.0) : v;
    }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT: {
      uint16_t v;
      std::memcpy(&v, p, 2);
      return normalize ? v / 65535.0 : v;
    }
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT: {
      uint32_t v;
      std::memcpy(&v, p, 4);
      return normalize ? v / 4294967295.0 : v;
    }
    case TINYGLTF_COMPONENT_TYPE_FLOAT: {
      float v;
      std::memcpy(&v, p, 4);
      return v;
    }
  }
  return 0.0;
}

// Vector and scalar accessors (no matrix column padding): one loop per component type, the
// same values readComponent gives, several times faster on large meshes.
template <typename T>
void readTight(const unsigned char* base, size_t stride, size_t count, int components,
               int componentType, bool normalize, double* out) {
  for (size_t e = 0; e < count; ++e) {
    const unsigned char* p = base + e * stride;
    double* o = out + e * components;
    for (int c = 0; c < components; ++c) {
      T v;
      std::memcpy(&v, p + c * sizeof(T), sizeof(T));
      o[c] = normalize ? readComponent(p + c * sizeof(T), componentType, true)
                       : static_cast<double>(v);
    }
  }
}

// Byte offset of component c within an element, honouring matrix column padding.
size_t componentOffset(const tinygltf::Accessor& a, int c) {
  const int size = componentByteSize(a.componentType);
  int rows = 0;
  if (a.type == TINYGLTF_TYPE_MAT2) rows = 2;
  if (a.type == TINYGLTF_TYPE_MAT3) rows = 3;
  if (a.type == TINYGLTF_TYPE_MAT4) rows = 4;
  if (rows == 0) return static_cast<size_t>(c) * size;
  size_t columnBytes = static_cast<size_t>(rows) * size;
  columnBytes = (columnBytes + 3) & ~size_t(3);
  return static_cast<size_t>(c / rows) * columnBytes + static_cast<size_t>(c % rows) * size;
}

// A checked view of `count` elements of `elementSize` bytes at offset in a buffer view.
struct ElementSpan {
  const unsigned char* base = nullptr;
  size_t stride = 0;
};

ElementSpan spanFor(const tinygltf::Model& model, int viewIndex, size_t byteOffset, size_t count,
                    size_t elementSize, size_t tightStride, const std::string& what) {
  if (viewIndex < 0 || viewIndex >= static_cast<int>(model.bufferViews.size()))
    throw std::runtime_error(what + ": bufferView " + std::to_string(viewIndex) +
                             " does not exist");
  const tinygltf::BufferView& view = model.bufferViews[viewIndex];
  if (view.buffer < 0 || view.buffer >= static_cast<int>(model.buffers.size()))
    throw std::runtime_error(what + ": bufferView " + std::to_string(viewIndex) +
                             " refers to missing buffer " + std::to_string(view.buffer));
  const tinygltf::Buffer& buffer = model.buffers[view.buffer];
  const size_t stride = view.byteStride ? view.byteStride : tightStride;
  if (stride < elementSize)
    throw std::runtime_error(what + ": byteStride " + std::to_string(stride) +
                             " is smaller than one element (" + std::to_string(elementSize) +
                             " bytes)");
  if (view.byteOffset > buffer.data.size() ||
      view.byteLength > buffer.data.size() - view.byteOffset)
    throw std::runtime_error(what + ": bufferView " + std::to_string(viewIndex) +
                             " lies outside its buffer");
  if (count > 0) {
    // Overflow-safe form of: byteOffset + stride * (count - 1) + elementSize <= byteLength.
    if (byteOffset > view.byteLength || elementSize > view.byteLength - byteOffset ||
        (count - 1) > (view.byteLength - byteOffset - elementSize) / stride)
      throw std::runtime_error(what + ": " + std::to_string(count) +
                               " elements do not fit in bufferView " + std::to_string(viewIndex) +
                               " (" + std::to_string(view.byteLength) + " bytes)");
  }
  return {buffer.data.data() + view.byteOffset + byteOffset, stride};
}
}  // namespace

int accessorComponentCount(int type) {
  switch (type) {
    case TINYGLTF_TYPE_SCALAR:
      return 1;
    case TINYGLTF_TYPE_VEC2:
      return 2;
    case TINYGLTF_TYPE_VEC3:
      return 3;
    case TINYGLTF_TYPE_VEC4:
      return 4;
    case TINYGLTF_TYPE_MAT2:
      return 4;
    case TINYGLTF_TYPE_MAT3:
      return 9;
    case TINYGLTF_TYPE_MAT4:
      return 16;
  }
  return 0;
}

int componentByteSize(int componentType) {
  switch (componentType) {
    case TINYGLTF_COMPONENT_TYPE_BYTE:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE:
      return 1;
    case TINYGLTF_COMPONENT_TYPE_SHORT:
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT:
      return 2;
    case TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT:
    case TINYGLTF_COMPONENT_TYPE_FLOAT:
      return 4;
  }
  return 0;
}

size_t accessorElementSize(const tinygltf::Accessor& a) {
  const int n = accessorComponentCount(a.type);
  const int size = componentByteSize(a.componentType);
  if (n == 0 || size == 0) return 0;
  // Columns of MAT2/MAT3 with 1- or 2-byte components start on 4-byte boundaries.
  if (a.type == TINYGLTF_TYPE_MAT2 && size == 1) return 8;
  if (a.type == TINYGLTF_TYPE_MAT3 && size == 1) return 12;
  if (a.type == TINYGLTF_TYPE_MAT3 && size == 2) return 24;
  return static_cast<size_t>(n) * size;
}

std::vector<double> readAccessor(const tinygltf::Model& model, int index, bool normalize) {
  const std::string what = accessorName(index);
  if (index < 0 || index >= static_cast<int>(model.accessors.size()))
    throw std::runtime_error(what + " does not exist");
  const tinygltf::Accessor& a = model.accessors[index];
  const int components = accessorComponentCount(a.type);
  const int compSize = componentByteSize(a.componentType);
  if (components == 0 || compSize == 0)
    throw std::runtime_error(what + ": unknown type or componentType");
  const size_t count = a.count;
  // Refuse sizes no real model has before allocating anything (hostile counts).
  constexpr size_t kMaxElements = size_t(1) << 28;
  if (count > kMaxElements)
    throw std::runtime_error(what + ": count " + std::to_string(count) + " is too large");
  const bool norm = normalize || a.normalized;
  const size_t elementSize = accessorElementSize(a);

  std::vector<double> out(count * components, 0.0);
  if (a.bufferView >= 0) {
    ElementSpan span =
        spanFor(model, a.bufferView, a.byteOffset, count, elementSize, elementSize, what);
    const bool plain = a.type != TINYGLTF_TYPE_MAT2 && a.type != TINYGLTF_TYPE_MAT3 &&
                       a.type != TINYGLTF_TYPE_MAT4;
    const auto tight = [&](auto zero) {
      readTight<decltype(zero)>(span.base, span.stride, count, components, a.componentType, norm,
                                out.data());
    };
    if (plain && a.componentType == TINYGLTF_COMPONENT_TYPE_FLOAT)
      tight(float{});
    else if (plain && a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT)
      tight(uint32_t{});
    else if (plain && a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT)
      tight(uint16_t{});
    else if (plain && a.componentType == TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE)
      tight(uint8_t{});
    else
      for (size_t e = 0; e < count; ++e) {
        const unsigned char* p = span.base + e * span.stride;
        for (int c = 0; c < components; ++c)
          out[e * components + c] = readComponent(p + componentOffset(a, c), a.componentType, norm);
      }
  }
  if (a.sparse.isSparse) {
    const size_t sparseCount = a.sparse.count;
    if (sparseCount == 0 || sparseCount > count)
      throw std::runtime_error(what + ": sparse count " + std::to_string(sparseCount) +
                               " is not in 1.." + std::to_string(count));
    const int indexType = a.sparse.indices.componentType;
    const int indexSize = componentByteSize(indexType);
    if (indexType != TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE &&
        indexType != TINYGLTF_COMPONENT_TYPE_UNSIGNED_SHORT &&
        indexType != TINYGLTF_COMPONENT_TYPE_UNSIGNED_INT)
      throw std::runtime_error(what + ": sparse indices must be unsigned integers");
    ElementSpan idx = spanFor(model, a.sparse.indices.bufferView, a.sparse.indices.byteOffset,
                              sparseCount, indexSize, indexSize, what + " sparse indices");
    ElementSpan val = spanFor(model, a.sparse.values.bufferView, a.sparse.values.byteOffset,
                              sparseCount, elementSize, elementSize, what + " sparse values");
    if (model.bufferViews[a.sparse.indices.bufferView].byteStride != 0 ||
        model.bufferViews[a.sparse.values.bufferView].byteStride != 0)
      throw std::runtime_error(what + ": sparse bufferViews must not have a byteStride");
    double previous = -1;
    for (size_t s = 0; s < sparseCount; ++s) {
      double target = readComponent(idx.base + s * indexSize, indexType, false);
      if (target >= static_cast<double>(count) || target <= previous)
        throw std::runtime_error(what + ": sparse index " + std::to_string(size_t(target)) +
                                 " is out of range or not increasing");
      previous = target;
      const unsigned char* p = val.base + s * elementSize;
      for (int c = 0; c < components; ++c)
        out[static_cast<size_t>(target) * components + c] =
            readComponent(p + componentOffset(a, c), a.componentType, norm);
    }
  }
  return out;
}
}  // namespace pe
