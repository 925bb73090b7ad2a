// Draws a posed Model with an orbit camera: background, opaque and masked primitives, then
// blended ones back to front. GPU skinning reads joint matrices from a buffer texture.
#pragma once
#include <memory>
#include <vector>

#include "core/Settings.h"
#include "render/EdgeFilter.h"
#include "render/GpuModel.h"
#include "render/JointTexture.h"
#include "render/RenderTarget.h"
#include "render/ShaderProgram.h"
#include "scene/ClipPlane.h"
#include "scene/OrbitCamera.h"
#include "scene/Pose.h"
#include "scene/StructureView.h"

namespace pe {
struct FrameStats {
  int drawCalls = 0;
  size_t triangles = 0;
};

class SceneRenderer {
 public:
  SceneRenderer();  // needs a current GL 3.3 context; throws GraphicsError
  ~SceneRenderer();
  SceneRenderer(const SceneRenderer&) = delete;
  SceneRenderer& operator=(const SceneRenderer&) = delete;

  // Uploads the model (nullptr: nothing to draw). The model must outlive the renderer's use.
  void setModel(const Model* model);
  const Model* model() const { return model_; }

  // Primitives with simplified levels draw the coarsest whose error stays within
  // RenderSettings::detailPixels on screen, or movingDetailPixels while `moving` (the camera
  // or the pose moves).
  void setMoving(bool moving) { moving_ = moving; }

  // The cross-section plane (disabled: nothing cut).
  void setClipPlane(const ClipPlane& plane) { clip_ = plane; }

  // Per-node visibility, opacity and highlight for the next frames; empty: all plain.
  void setAppearance(std::vector<NodeAppearance> appearance) {
    appearance_ = std::move(appearance);
  }

  // Draws into the bound framebuffer, whose size is width x height.
  FrameStats render(const Pose& pose, int scene, const OrbitCamera& camera, const Bounds& bounds,
                    const RenderSettings& settings, int width, int height);

  // Finishes the image drawn into `target`: resolves multisampling, or runs the edge filter
  // when `smooth` and RenderSettings::edgeFilter ask for it.
  void finish(RenderTarget& target, const RenderSettings& settings, bool smooth);

  // World positions the vertex shader produces for one primitive of a mesh node, read back
  // by transform feedback (tests compare them with the CPU reference).
  std::vector<glm::vec3> captureWorldPositions(const Pose& pose, int node, int primitive);

 private:
  struct DrawItem {
    int node;
    int primitive;
    float depth;
    int level;          // simplified level drawn, -1: all triangles
    float surfaceLift;  // footprints: drawn this much nearer the eye, in model units
  };
  void drawBackground(const RenderSettings& settings);
  void drawItem(const DrawItem& item, const Pose& pose, const RenderSettings& settings,
                FrameStats& stats);
  void uploadJoints(int node, const Pose& pose);
  void drawCaps(const std::vector<DrawItem>& opaque, const Pose& pose,
                const RenderSettings& settings, const glm::mat4& viewProjection,
                const OrbitCamera& camera);
  ShaderProgram& programFor(bool skinned) { return skinned ? *skinnedProgram_ : *meshProgram_; }

  const Model* model_ = nullptr;
  std::unique_ptr<GpuModel> gpu_;
  std::unique_ptr<EdgeFilter> edgeFilter_;
  std::unique_ptr<ShaderProgram> meshProgram_, skinnedProgram_, backgroundProgram_, capProgram_;
  unsigned capVao_ = 0, capBuffer_ = 0;
  ClipPlane clip_;
  bool stencilOnly_ = false;
  unsigned emptyVao_ = 0;
  JointTexture joints_;
  bool moving_ = false;
  std::vector<NodeAppearance> appearance_;
};
}  // namespace pe
