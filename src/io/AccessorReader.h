// Bounds-checked reading of glTF accessors (dense, strided, interleaved and sparse) into
// plain arrays. Every offset, count and stride is checked against its buffer before use.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

namespace tinygltf {
class Model;
struct Accessor;
}  // namespace tinygltf

namespace pe {
// Components per element for an accessor type (SCALAR 1 ... MAT4 16), 0 when unknown.
int accessorComponentCount(int type);
// Bytes per component for a glTF componentType, 0 when unknown.
int componentByteSize(int componentType);
// Bytes one element takes, with the column padding glTF requires for small matrices.
size_t accessorElementSize(const tinygltf::Accessor& accessor);

// Reads accessor `index` as doubles, count * components values. Normalized integer
// accessors are mapped to [0, 1] or [-1, 1] when `normalize` is true or the accessor says so.
// Throws std::runtime_error with a message naming the accessor on any inconsistency.
std::vector<double> readAccessor(const tinygltf::Model& model, int index, bool normalize);
}  // namespace pe
