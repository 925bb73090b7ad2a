#include "geometry/LabelAnchors.h"

#include <algorithm>
#include <optional>

#include <glm/gtc/matrix_transform.hpp>

#include "pose/SceneBounds.h"

namespace pe {
std::vector<LabelTarget> computeLabelTargets(const Model& model, const StructureIndex& index) {
  constexpr size_t kVertexCandidates = 6;
  const Pose rest = restPose(model);
  std::vector<LabelTarget> out(index.structures.size());
  for (size_t s = 0; s < index.structures.size(); ++s) {
    const Structure& st = index.structures[s];
    LabelTarget& target = out[s];
    target.node = st.node;
    glm::dvec3 sum(0.0);
    size_t count = 0;
    for (int n : st.meshNodes)
      for (const Primitive& p : model.meshes[model.nodes[n].mesh].primitives)
        for (const glm::vec3& v : p.positions) {
          sum += glm::dvec3(rest.world[n] * glm::vec4(v, 1.0f));
          ++count;
        }
    if (count == 0) {  // a landmark: its node's origin
      target.candidates.push_back(glm::vec3(0.0f));
      continue;
    }
    const glm::vec3 centroid(sum / double(count));
    // The nearest vertices in world space at rest, kept in the first mesh node's space.
    std::vector<std::pair<float, glm::vec3>> nearest;
    for (int n : st.meshNodes)
      for (const Primitive& p : model.meshes[model.nodes[n].mesh].primitives)
        for (const glm::vec3& v : p.positions) {
          const glm::vec3 w(rest.world[n] * glm::vec4(v, 1.0f));
          nearest.emplace_back(glm::dot(w - centroid, w - centroid), w);
          if (nearest.size() > 4 * kVertexCandidates) {
            std::nth_element(nearest.begin(), nearest.begin() + kVertexCandidates, nearest.end(),
                             [](const auto& x, const auto& y) { return x.first < y.first; });
            nearest.resize(kVertexCandidates);
          }
        }
    std::sort(nearest.begin(), nearest.end(),
              [](const auto& x, const auto& y) { return x.first < y.first; });
    if (nearest.size() > kVertexCandidates) nearest.resize(kVertexCandidates);
    target.node = st.meshNodes.front();
    const glm::mat4 toNode = glm::inverse(rest.world[target.node]);
    target.candidates.push_back(glm::vec3(toNode * glm::vec4(centroid, 1.0f)));
    for (const auto& [d, w] : nearest)
      target.candidates.push_back(glm::vec3(toNode * glm::vec4(w, 1.0f)));
  }
  return out;
}

glm::vec2 projectedXRange(const Bounds& b, const OrbitCamera& camera, glm::vec2 viewport) {
  const glm::mat4 vp =
      camera.screenProjection(viewport.x / std::max(viewport.y, 1.0f)) * camera.view();
  glm::vec2 range(1e30f, -1e30f);
  for (int i = 0; i < 8 && b.valid(); ++i) {
    const glm::vec4 c = vp * glm::vec4((i & 1) ? b.max.x : b.min.x, (i & 2) ? b.max.y : b.min.y,
                                       (i & 4) ? b.max.z : b.min.z, 1.0f);
    if (c.w <= 0) continue;
    const float x = (c.x / c.w + 1.0f) * 0.5f * viewport.x;
    range = {std::min(range.x, x), std::max(range.y, x)};
  }
  return range;
}

namespace {
struct AnchorContext {
  const Model& model;
  const Pose& pose;
  int scene;
  const StructureView& view;
  const OrbitCamera& camera;
  glm::vec2 viewport;
  const ModelPicker* picker;
  glm::mat4 viewProjection;
  std::vector<NodeAppearance> all;
};

std::optional<glm::vec2> toScreen(const AnchorContext& c, const glm::vec3& point, glm::vec2& ndc) {
  const glm::vec4 clip = c.viewProjection * glm::vec4(point, 1.0f);
  if (clip.w <= 0) return std::nullopt;
  ndc = glm::vec2(clip.x / clip.w, clip.y / clip.w);
  if (std::abs(ndc.x) > 1 || std::abs(ndc.y) > 1) return std::nullopt;
  return glm::vec2((ndc.x + 1) * 0.5f * c.viewport.x, (1 - ndc.y) * 0.5f * c.viewport.y);
}

// The structure shows at this pixel and the four around it: not an edge it shares with a
// neighbour (a ureter lying on the psoas).
bool solidAt(const AnchorContext& c, glm::vec2 ndc, int structure) {
  const float aspect = c.viewport.x / std::max(c.viewport.y, 1.0f);
  const glm::vec2 pixel(2.0f / c.viewport.x, 2.0f / c.viewport.y);
  for (glm::vec2 offset :
       {glm::vec2(0), glm::vec2(1, 0), glm::vec2(-1, 0), glm::vec2(0, 1), glm::vec2(0, -1)}) {
    auto hit = pickRay(c.model, c.pose, c.scene, c.camera.eye(),
                       c.camera.rayDirection(ndc + offset * pixel, aspect), &c.all, c.picker);
    if (!hit || c.view.index().structureOfNode[hit->node] != structure) return false;
  }
  return true;
}

std::optional<glm::vec2> anchorFor(const AnchorContext& c, int s, const LabelTarget& target) {
  const Structure& st = c.view.index().structures[s];
  const glm::vec3 eye = c.camera.eye();
  glm::vec2 ndc;
  if (st.meshNodes.empty()) {  // a landmark: visible unless something covers it
    const glm::vec3 point(c.pose.world[st.node][3]);
    auto cover = pickRay(c.model, c.pose, c.scene, eye, point - eye, &c.all, c.picker);
    if (cover && cover->distance < glm::length(point - eye) * 0.999f) return std::nullopt;
    return toScreen(c, point, ndc);
  }
  for (const glm::vec3& local : target.candidates) {
    const glm::vec3 aim(c.pose.world[target.node] * glm::vec4(local, 1.0f));
    auto first = pickRay(c.model, c.pose, c.scene, eye, aim - eye, &c.all, c.picker);
    if (!first || c.view.index().structureOfNode[first->node] != s) continue;  // covered or missed
    auto screen = toScreen(c, first->point, ndc);
    if (screen && solidAt(c, ndc, s)) return screen;
  }
  return std::nullopt;
}
}  // namespace

std::vector<LabelAnchor> computeLabelAnchors(const Model& model, const Pose& pose, int scene,
                                             const StructureView& view, const OrbitCamera& camera,
                                             glm::vec2 viewport, const ModelPicker* picker,
                                             const std::vector<LabelTarget>& targets) {
  const float aspect = viewport.x / std::max(viewport.y, 1.0f);
  AnchorContext context{model,
                        pose,
                        scene,
                        view,
                        camera,
                        viewport,
                        picker,
                        camera.screenProjection(aspect) * camera.view(),
                        view.nodeAppearance(model.nodes.size())};
  std::vector<LabelAnchor> out;
  for (size_t s = 0; s < view.index().structures.size(); ++s) {
    if (!view.shown(static_cast<int>(s)) || view.opacity(static_cast<int>(s)) < kPickableOpacity)
      continue;
    // Only anatomy is named: the rig's joints are parts of the model, not of the body.
    if (view.index().structures[s].kind == "joint") continue;
    if (auto screen = anchorFor(context, static_cast<int>(s), targets[s]))
      out.push_back({static_cast<int>(s), *screen});
  }
  return out;
}
}  // namespace pe
