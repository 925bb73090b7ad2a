#include "anim/LabelAnchors.h"

#include <glm/gtc/matrix_transform.hpp>

#include "anim/SceneBounds.h"

namespace pe {
std::vector<LabelTarget> computeLabelTargets(const Model& model, const StructureIndex& index) {
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
    if (count == 0) continue;  // a landmark: its node's origin
    const glm::vec3 centroid(sum / double(count));
    float bestDistance = 1e30f;
    for (int n : st.meshNodes)
      for (const Primitive& p : model.meshes[model.nodes[n].mesh].primitives)
        for (const glm::vec3& v : p.positions) {
          const glm::vec3 w(rest.world[n] * glm::vec4(v, 1.0f));
          const float d = glm::dot(w - centroid, w - centroid);
          if (d < bestDistance) bestDistance = d, target.node = n, target.local = v;
        }
  }
  return out;
}

glm::vec2 projectedXRange(const Bounds& b, const OrbitCamera& camera, glm::vec2 viewport) {
  const glm::mat4 vp = glm::perspective(glm::radians(camera.fovYDegrees),
                                        viewport.x / std::max(viewport.y, 1.0f), 0.001f, 1000.0f) *
                       camera.view();
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

std::vector<LabelAnchor> computeLabelAnchors(const Model& model, const Pose& pose, int scene,
                                             const StructureView& view, const OrbitCamera& camera,
                                             glm::vec2 viewport, const ModelPicker* picker,
                                             const std::vector<LabelTarget>& targets) {
  std::vector<LabelAnchor> out;
  const float aspect = viewport.x / std::max(viewport.y, 1.0f);
  const glm::mat4 viewProjection =
      glm::perspective(glm::radians(camera.fovYDegrees), aspect, 0.001f, 1000.0f) * camera.view();
  const std::vector<NodeAppearance> all = view.nodeAppearance(model.nodes.size());
  const glm::vec3 eye = camera.eye();
  for (size_t s = 0; s < view.index().structures.size(); ++s) {
    const Structure& st = view.index().structures[s];
    if (!view.shown(static_cast<int>(s)) || view.opacity(static_cast<int>(s)) < kPickableOpacity)
      continue;
    glm::vec3 point;
    if (st.meshNodes.empty()) {
      point = glm::vec3(pose.world[st.node][3]);  // a landmark
      auto cover = pickRay(model, pose, scene, eye, point - eye, &all, picker);
      if (cover && cover->distance < glm::length(point - eye) * 0.999f) continue;
    } else {
      // Aim at the vertex nearest the structure's centroid: on its surface even when the
      // shape is bent (a femur's box centre lies off the shaft).
      const glm::vec3 target(pose.world[targets[s].node] * glm::vec4(targets[s].local, 1.0f));
      // The structure's own surface on that line, then whether anything is in front of it.
      std::vector<NodeAppearance> only(model.nodes.size());
      for (NodeAppearance& a : only) a.visible = false;
      for (int n : st.meshNodes) only[n].visible = true;
      auto own = pickRay(model, pose, scene, eye, target - eye, &only, picker);
      if (!own) continue;
      auto first = pickRay(model, pose, scene, eye, target - eye, &all, picker);
      if (first && first->distance < own->distance * 0.999f) continue;
      point = own->point;
    }
    const glm::vec4 clip = viewProjection * glm::vec4(point, 1.0f);
    if (clip.w <= 0) continue;
    const glm::vec2 ndc(clip.x / clip.w, clip.y / clip.w);
    if (std::abs(ndc.x) > 1 || std::abs(ndc.y) > 1) continue;
    out.push_back(
        {static_cast<int>(s), {(ndc.x + 1) * 0.5f * viewport.x, (1 - ndc.y) * 0.5f * viewport.y}});
  }
  return out;
}
}  // namespace pe
