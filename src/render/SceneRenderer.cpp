#include "render/SceneRenderer.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include <glm/gtc/matrix_inverse.hpp>
#include "render/Gl.h"

#include "pose/Deformation.h"
#include "render/RenderTarget.h"
#include "scene/MeshOptimization.h"

namespace pe {
namespace {
constexpr float kHalfPi = 1.5707963f;

// The largest rotation of any joint of a skin from its bind pose, in radians.
float largestJointRotation(const Skin& skin, const Pose& pose) {
  float largest = 0.0f;
  for (const glm::mat4& m : jointMatrices(skin, pose)) {
    const glm::mat3 r(glm::normalize(glm::vec3(m[0])), glm::normalize(glm::vec3(m[1])),
                      glm::normalize(glm::vec3(m[2])));
    const float c = std::clamp((r[0][0] + r[1][1] + r[2][2] - 1.0f) * 0.5f, -1.0f, 1.0f);
    largest = std::max(largest, std::acos(c));
  }
  return largest;
}

bool isTriangleMode(PrimitiveMode m) {
  return m == PrimitiveMode::Triangles || m == PrimitiveMode::TriangleStrip ||
         m == PrimitiveMode::TriangleFan;
}
}  // namespace

SceneRenderer::SceneRenderer() {
  meshProgram_ = std::make_unique<ShaderProgram>("mesh.vert", "mesh.frag");
  skinnedProgram_ = std::make_unique<ShaderProgram>("mesh.vert", "mesh.frag",
                                                    std::vector<std::string>{"SKINNED"});
  backgroundProgram_ = std::make_unique<ShaderProgram>("background.vert", "background.frag");
  glGenVertexArrays(1, &emptyVao_);
  edgeFilter_ = std::make_unique<EdgeFilter>();
  capProgram_ = std::make_unique<ShaderProgram>("cap.vert", "cap.frag");
  glGenVertexArrays(1, &capVao_);
  glGenBuffers(1, &capBuffer_);
  glBindVertexArray(capVao_);
  glBindBuffer(GL_ARRAY_BUFFER, capBuffer_);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 0, nullptr);
  glBindVertexArray(0);
}

SceneRenderer::~SceneRenderer() {
  gpu_.reset();
  edgeFilter_.reset();
  glDeleteVertexArrays(1, &emptyVao_);
  glDeleteVertexArrays(1, &capVao_);
  glDeleteBuffers(1, &capBuffer_);
}

void SceneRenderer::setModel(const Model* model) {
  gpu_.reset();
  appearance_.clear();
  model_ = model;
  if (model_) gpu_ = std::make_unique<GpuModel>(*model_);
}

void SceneRenderer::drawBackground(const RenderSettings& settings) {
  glDepthFunc(GL_LEQUAL);
  glDisable(GL_CULL_FACE);
  glDisable(GL_POLYGON_OFFSET_FILL);
  setClipDistance(false);
  glDepthMask(GL_FALSE);
  backgroundProgram_->use();
  backgroundProgram_->set("uTop", settings.backgroundTop);
  backgroundProgram_->set("uBottom", settings.backgroundBottom);
  glBindVertexArray(emptyVao_);
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glDepthMask(GL_TRUE);
  glDepthFunc(GL_LESS);
  setClipDistance(clip_.enabled);
}

void SceneRenderer::uploadJoints(int node, const Pose& pose) {
  joints_.upload(jointMatrices(model_->skins[model_->nodes[node].skin], pose), 1);
}

void SceneRenderer::drawItem(const DrawItem& item, const Pose& pose, const RenderSettings& settings,
                             FrameStats& stats) {
  const Node& node = model_->nodes[item.node];
  const Primitive& prim = model_->meshes[node.mesh].primitives[item.primitive];
  GpuPrimitive& gpu = gpu_->primitive(node.mesh, item.primitive);
  const bool skinned = node.skin >= 0 && prim.skinned();
  ShaderProgram& program = programFor(skinned);
  program.use();

  static const Material kDefaultMaterial;
  const Material& mat = prim.material >= 0 ? model_->materials[prim.material] : kDefaultMaterial;
  const glm::mat4& world = pose.world[item.node];
  if (skinned) {
    uploadJoints(item.node, pose);
    program.set("uJointMatrices", 1);
  } else {
    program.set("uModel", world);
    program.set("uNormalMatrix", glm::inverseTranspose(glm::mat3(world)));
  }
  gpu_->applyMorphWeights(node.mesh, item.primitive, pose.weights[item.node]);

  program.set("uBaseColor", mat.baseColorFactor);
  const unsigned texture = gpu_->texture(mat.baseColorTexture);
  program.set("uHasBaseColorTexture", texture ? 1 : 0);
  if (texture) {
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, texture);
    glBindSampler(0, gpu_->sampler(mat.baseColorTexture));
    program.set("uBaseColorTexture", 0);
    program.set("uBaseColorTexCoord", mat.baseColorTexCoord);
  }
  const NodeAppearance plain;
  const NodeAppearance& look =
      item.node < static_cast<int>(appearance_.size()) ? appearance_[item.node] : plain;
  program.set("uOpacity", look.opacity);
  program.set("uBlended", (mat.alphaMode == AlphaMode::Blend || look.opacity < 1.0f) ? 1 : 0);
  // Selection: a strong warm tint that reads through ghosted layers; hover: a light one.
  program.set("uHighlight", look.selected  ? glm::vec4(1.0f, 0.85f, 0.2f, 0.45f)
                            : look.hovered ? glm::vec4(1.0f, 1.0f, 1.0f, 0.2f)
                                           : look.tint);
  // Footprints lie on the bone: pull them forward so they win the depth test there, also over
  // a simplified bone that lies above the full surface.
  program.set("uSurfaceLift", item.surfaceLift);
  if (look.onSurface) {
    glEnable(GL_POLYGON_OFFSET_FILL);
    glPolygonOffset(-2.0f, -4.0f);
  } else {
    glDisable(GL_POLYGON_OFFSET_FILL);
  }
  program.set("uAlphaMode", static_cast<int>(mat.alphaMode));
  program.set("uAlphaCutoff", mat.alphaCutoff);
  program.set("uEmissive", mat.emissiveFactor);
  program.set("uLit", isTriangleMode(prim.mode) ? 1 : 0);

  // The stencil pass of the cross-section counts every face.
  const bool cull = !stencilOnly_ && settings.backfaceCulling && !mat.doubleSided;
  if (cull)
    glEnable(GL_CULL_FACE);
  else
    glDisable(GL_CULL_FACE);
  // A mirroring transform turns the winding around (glTF spec 3.7.4).
  glFrontFace(!skinned && glm::determinant(glm::mat3(world)) < 0 ? GL_CW : GL_CCW);

  glBindVertexArray(gpu.vao);
  GpuModel::bindAbsentAttributeDefaults(gpu);
  if (item.level >= 0) {
    const int count = gpu.levelCount[item.level];
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.levelIndexBuffer);
    glDrawElements(gpu.mode, count, GL_UNSIGNED_INT,
                   reinterpret_cast<const void*>(
                       static_cast<uintptr_t>(gpu.levelFirst[item.level]) * sizeof(uint32_t)));
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indexBuffer);
    stats.triangles += static_cast<size_t>(count) / 3;
  } else {
    if (gpu.indexCount > 0)
      glDrawElements(gpu.mode, gpu.indexCount, GL_UNSIGNED_INT, nullptr);
    else
      glDrawArrays(gpu.mode, 0, gpu.vertexCount);
    stats.triangles += prim.triangleCount();
  }
  ++stats.drawCalls;
}

FrameStats SceneRenderer::render(const Pose& pose, int scene, const OrbitCamera& camera,
                                 const Bounds& bounds, const RenderSettings& settings, int width,
                                 int height) {
  FrameStats stats;
  glViewport(0, 0, width, height);
  glClearColor(settings.backgroundBottom.r, settings.backgroundBottom.g,
               settings.backgroundBottom.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);
  if (!model_) {
    drawBackground(settings);
    return stats;
  }

  const float aspect = static_cast<float>(width) / static_cast<float>(std::max(height, 1));
  const glm::mat4 view = camera.view();
  const glm::mat4 viewProjection = camera.projection(aspect, bounds) * view;
  const glm::vec3 key =
      glm::normalize(-camera.forward() + 0.6f * camera.up() - 0.4f * camera.right());
  const glm::vec3 fill =
      glm::normalize(-camera.forward() - 0.3f * camera.up() + 0.7f * camera.right());
  for (ShaderProgram* p : {meshProgram_.get(), skinnedProgram_.get()}) {
    p->use();
    p->set("uViewProjection", viewProjection);
    p->set("uEye", camera.eye());
    p->set("uKeyLightDir", key);
    p->set("uFillLightDir", fill);
    p->set("uLightIntensity", settings.lightIntensity);
    p->set("uAmbient", settings.ambient);
    p->set("uClipPlane", clip_.equation());
    p->set("uClipEnabled", clip_.enabled ? 1 : 0);
  }
  setClipDistance(clip_.enabled);

  // Level of detail: a simplification error of e model units at distance d covers
  // e * pixelsPerUnitAtOne / d pixels.
  const float pixelsPerUnitAtOne =
      static_cast<float>(height) / (2.0f * std::tan(glm::radians(camera.fovYDegrees) * 0.5f));
  const float maxPixels = moving_ ? settings.movingDetailPixels : settings.detailPixels;
  const glm::vec3 eye = camera.eye();
  std::vector<DrawItem> opaque, blended;
  for (int n : sceneNodes(*model_, scene)) {
    const Node& node = model_->nodes[n];
    if (node.mesh < 0) continue;
    const bool styled = n < static_cast<int>(appearance_.size());
    if (styled && !appearance_[n].visible) continue;
    const bool faded = styled && appearance_[n].opacity < 1.0f;
    const Mesh& mesh = model_->meshes[node.mesh];
    // Simplified skinned meshes hold up to 90 degrees from the bind pose and fold at the groin
    // beyond (HipPoseRender.MusclesAt120DegreesHaveNoHoles): still views draw them whole then.
    const bool deeplyBent = maxPixels > 0.0f && !moving_ && node.skin >= 0 &&
                            largestJointRotation(model_->skins[node.skin], pose) > kHalfPi;
    for (size_t p = 0; p < mesh.primitives.size(); ++p) {
      const Primitive& prim = mesh.primitives[p];
      if (prim.positions.empty()) continue;
      const Bounds placed = prim.bounds.transformed(pose.world[n]);
      const glm::vec3 center = placed.center();
      const float depth = -(view * glm::vec4(center, 1.0f)).z;
      const float nearest = std::max(glm::length(center - eye) - 0.5f * glm::length(placed.size()),
                                     1e-4f * glm::length(center - eye) + 1e-6f);
      const float pixelsPerUnit = pixelsPerUnitAtOne / nearest;
      const bool simplify = maxPixels > 0.0f && !(deeplyBent && prim.skinned());
      const int level = simplify ? chooseDetailLevel(prim.levels, pixelsPerUnit, maxPixels) : -1;
      const float lift =
          styled && appearance_[n].onSurface ? 1.5f * maxPixels / pixelsPerUnit : 0.0f;
      const bool blend = faded || (prim.material >= 0 &&
                                   model_->materials[prim.material].alphaMode == AlphaMode::Blend);
      (blend ? blended : opaque).push_back({n, static_cast<int>(p), depth, level, lift});
    }
  }
  // Opaque front to back so early depth rejection saves shading; blended back to front.
  std::sort(opaque.begin(), opaque.end(),
            [](const DrawItem& a, const DrawItem& b) { return a.depth < b.depth; });
  std::sort(blended.begin(), blended.end(),
            [](const DrawItem& a, const DrawItem& b) { return a.depth > b.depth; });

  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LESS);
  glDisable(GL_BLEND);
  // A software rasterizer keeps every binned triangle until the frame is flushed: flushing
  // every so many triangles bounds that memory (about 60 MB for 300,000 triangles unflushed).
  constexpr size_t kFlushTriangles = 10000;
  size_t unflushed = 0;
  for (const DrawItem& item : opaque) {
    const size_t before = stats.triangles;
    drawItem(item, pose, settings, stats);
    unflushed += stats.triangles - before;
    if (unflushed >= kFlushTriangles) {
      glFlush();
      unflushed = 0;
    }
  }
  // The background after the opaque structures, behind them: only uncovered pixels shade it.
  drawBackground(settings);
  if (clip_.enabled) drawCaps(opaque, pose, settings, viewProjection, camera);
  if (!blended.empty()) {
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDepthMask(GL_FALSE);
    for (const DrawItem& item : blended) drawItem(item, pose, settings, stats);
    glDepthMask(GL_TRUE);
    glDisable(GL_BLEND);
  }
  glDisable(GL_CULL_FACE);
  setClipDistance(false);
  glDisable(GL_POLYGON_OFFSET_FILL);
  glBindVertexArray(0);
  glBindSampler(0, 0);
  return stats;
}

void SceneRenderer::finish(RenderTarget& target, const RenderSettings& settings, bool smooth) {
  if (smooth && settings.edgeFilter && target.samples() == 0)
    edgeFilter_->apply(target);
  else
    target.resolve();
}

// Fills the cut of each opaque structure: its clipped faces toggle the stencil, so a pixel of
// the plane lies inside the structure where an odd number of faces cover it; a quad on the
// plane is then drawn there in the structure's colour.
void SceneRenderer::drawCaps(const std::vector<DrawItem>& opaque, const Pose& pose,
                             const RenderSettings& settings, const glm::mat4& viewProjection,
                             const OrbitCamera& camera) {
  std::vector<int> nodes;
  for (const DrawItem& item : opaque)
    if (std::find(nodes.begin(), nodes.end(), item.node) == nodes.end()) nodes.push_back(item.node);
  const glm::vec3 n = clip_.normal;
  const glm::vec3 u =
      glm::normalize(glm::cross(n, std::abs(n.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0)));
  const glm::vec3 v = glm::cross(n, u);
  const float facing = std::abs(glm::dot(n, camera.forward()));
  FrameStats ignored;
  glEnable(GL_STENCIL_TEST);
  for (int node : nodes) {
    const Mesh& mesh = model_->meshes[model_->nodes[node].mesh];
    Bounds nodeBounds;
    bool closedMode = true;
    for (const Primitive& p : mesh.primitives) {
      nodeBounds.add(p.bounds.transformed(pose.world[node]));
      closedMode = closedMode && p.mode == PrimitiveMode::Triangles;
    }
    if (!closedMode || !nodeBounds.valid()) continue;
    const glm::vec3 c = nodeBounds.center();
    const float distance = glm::dot(n, c) - clip_.offset;
    const float half = glm::length(nodeBounds.size());
    if (std::abs(distance) > half) continue;  // the plane misses this structure
    glClear(GL_STENCIL_BUFFER_BIT);
    glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
    glDepthMask(GL_FALSE);
    glDisable(GL_DEPTH_TEST);
    glStencilFunc(GL_ALWAYS, 0, 1);
    glStencilOp(GL_KEEP, GL_KEEP, GL_INVERT);
    stencilOnly_ = true;
    for (const DrawItem& item : opaque)
      if (item.node == node) drawItem(item, pose, settings, ignored);
    stencilOnly_ = false;
    glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
    glDepthMask(GL_TRUE);
    glEnable(GL_DEPTH_TEST);
    glDepthFunc(GL_LEQUAL);
    glStencilFunc(GL_EQUAL, 1, 1);
    glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
    setClipDistance(false);
    glDisable(GL_CULL_FACE);
    const glm::vec3 o = c - n * distance;
    const glm::vec3 corners[4] = {o - half * u - half * v, o + half * u - half * v,
                                  o + half * u + half * v, o - half * u + half * v};
    glBindVertexArray(capVao_);
    glBindBuffer(GL_ARRAY_BUFFER, capBuffer_);
    glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STREAM_DRAW);
    const int material = mesh.primitives.empty() ? -1 : mesh.primitives[0].material;
    glm::vec3 color =
        material >= 0 ? glm::vec3(model_->materials[material].baseColorFactor) : glm::vec3(1.0f);
    color *= settings.ambient + settings.lightIntensity * (0.35f + 0.65f * facing);
    capProgram_->use();
    capProgram_->set("uViewProjection", viewProjection);
    capProgram_->set("uColor", color);
    glDrawArrays(GL_TRIANGLE_FAN, 0, 4);
    setClipDistance(true);
    glDepthFunc(GL_LESS);
  }
  glDisable(GL_STENCIL_TEST);
}

std::vector<glm::vec3> SceneRenderer::captureWorldPositions(const Pose& pose, int nodeIndex,
                                                            int primitive) {
  const Node& node = model_->nodes[nodeIndex];
  const Primitive& prim = model_->meshes[node.mesh].primitives[primitive];
  GpuPrimitive& gpu = gpu_->primitive(node.mesh, primitive);
  const bool skinned = node.skin >= 0 && prim.skinned();
  std::vector<std::string> defines;
  if (skinned) defines.push_back("SKINNED");
  ShaderProgram program("mesh.vert", "capture.frag", defines, {"vWorldPos"});
  program.use();
  if (skinned) {
    uploadJoints(nodeIndex, pose);
    program.set("uJointMatrices", 1);
  } else {
    program.set("uModel", pose.world[nodeIndex]);
    program.set("uNormalMatrix", glm::mat3(1.0f));
  }
  program.set("uViewProjection", glm::mat4(1.0f));
  gpu_->applyMorphWeights(node.mesh, primitive, pose.weights[nodeIndex]);

  // Draw calls need a complete framebuffer even with rasterization discarded, and a
  // surfaceless context has none of its own.
  RenderTarget scratch(1, 1, 0);
  scratch.bindForDrawing();
  const GLsizeiptr bytes = static_cast<GLsizeiptr>(gpu.vertexCount * sizeof(glm::vec3));
  GLuint feedback = 0;
  glGenBuffers(1, &feedback);
  glBindBuffer(GL_TRANSFORM_FEEDBACK_BUFFER, feedback);
  glBufferData(GL_TRANSFORM_FEEDBACK_BUFFER, bytes, nullptr, GL_STATIC_READ);
  glBindBufferBase(GL_TRANSFORM_FEEDBACK_BUFFER, 0, feedback);
  glEnable(GL_RASTERIZER_DISCARD);
  glBindVertexArray(gpu.vao);
  GpuModel::bindAbsentAttributeDefaults(gpu);
  glBeginTransformFeedback(GL_POINTS);
  glDrawArrays(GL_POINTS, 0, gpu.vertexCount);
  glEndTransformFeedback();
  glDisable(GL_RASTERIZER_DISCARD);
  std::vector<glm::vec3> out(static_cast<size_t>(gpu.vertexCount));
  glGetBufferSubData(GL_TRANSFORM_FEEDBACK_BUFFER, 0, bytes, out.data());
  glDeleteBuffers(1, &feedback);
  glBindVertexArray(0);
  return out;
}
}  // namespace pe
