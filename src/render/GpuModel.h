// GPU copies of a Model's meshes and textures. Created from the CPU model, which stays the
// truth; morph targets are applied on the CPU and re-uploaded when the weights change.
#pragma once
#include <vector>

#include "scene/Model.h"

namespace pe {
struct GpuPrimitive {
  unsigned vao = 0;
  unsigned positionBuffer = 0;
  unsigned normalBuffer = 0;
  std::vector<unsigned> otherBuffers;
  unsigned indexBuffer = 0;
  unsigned levelIndexBuffer = 0;  // the simplified levels one after another, 0 when none
  int vertexCount = 0;
  int indexCount = 0;
  std::vector<int> levelFirst, levelCount;  // per level: first index in the buffer, count
  unsigned mode = 0;                        // GL primitive mode
  unsigned presentAttributes = 0;           // bit per attribute location that has a buffer
  std::vector<float> uploadedWeights;       // morph weights the position/normal buffers hold
};

class GpuModel {
 public:
  explicit GpuModel(const Model& model);
  ~GpuModel();
  GpuModel(const GpuModel&) = delete;
  GpuModel& operator=(const GpuModel&) = delete;

  GpuPrimitive& primitive(int mesh, int index) { return meshes_[mesh][index]; }
  // The GL texture for a glTF texture index, 0 when it has no usable image.
  unsigned texture(int index) const;
  // The GL sampler object holding a glTF texture's filters and wrap modes.
  unsigned sampler(int index) const;
  // Sets constant values (normal +Z, white colour, zero weights) for attributes absent.
  static void bindAbsentAttributeDefaults(const GpuPrimitive& primitive);
  // Re-uploads morphed positions/normals when `weights` differ from what the GPU holds.
  void applyMorphWeights(int mesh, int index, const std::vector<float>& weights);

 private:
  const Model& model_;
  std::vector<std::vector<GpuPrimitive>> meshes_;
  std::vector<unsigned> images_;    // GL texture per image
  std::vector<unsigned> textures_;  // GL texture per glTF texture
  std::vector<unsigned> samplers_;  // GL sampler object per glTF texture
};
}  // namespace pe
