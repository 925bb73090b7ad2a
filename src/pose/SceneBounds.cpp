#include "pose/SceneBounds.h"

#include <cstdio>
#include <sstream>

#include "pose/Deformation.h"

namespace pe {
Bounds sceneBounds(const Model& model, const Pose& pose, int scene) {
  return nodeBounds(model, pose, sceneNodes(model, scene));
}

Bounds nodeBounds(const Model& model, const Pose& pose, const std::vector<int>& nodes) {
  Bounds out;
  for (int n : nodes) {
    const Node& node = model.nodes[n];
    if (node.mesh < 0) continue;
    for (const Primitive& prim : model.meshes[node.mesh].primitives) {
      const bool morphed = !prim.targets.empty();
      const bool skinned = node.skin >= 0 && prim.skinned();
      if (!morphed && !skinned) {
        out.add(prim.bounds.transformed(pose.world[n]));
        continue;
      }
      for (const glm::vec3& p : posedPositions(model, pose, n, prim)) out.add(p);
    }
  }
  return out;
}

SceneSummary summarize(const Model& model) {
  SceneSummary s;
  s.nodes = model.nodes.size();
  s.meshes = model.meshes.size();
  s.materials = model.materials.size();
  s.textures = model.textures.size();
  s.skins = model.skins.size();
  s.clips = model.clips.size();
  s.scenes = model.scenes.size();
  for (const Mesh& mesh : model.meshes)
    for (const Primitive& prim : mesh.primitives) {
      ++s.primitives;
      s.triangles += prim.triangleCount();
      s.vertices += prim.positions.size();
      s.morphTargets += prim.targets.size();
    }
  s.bounds = sceneBounds(model, restPose(model), model.defaultScene);
  return s;
}

std::string formatSummary(const Model& model, const SceneSummary& s) {
  std::ostringstream os;
  char buf[256];
  os << "file:       " << model.sourcePath << "\n";
  os << "nodes:      " << s.nodes << "\n";
  os << "meshes:     " << s.meshes << " (" << s.primitives << " primitives, " << s.vertices
     << " vertices)\n";
  os << "triangles:  " << s.triangles << "\n";
  os << "materials:  " << s.materials << " (" << s.textures << " textures)\n";
  os << "skins:      " << s.skins << "\n";
  os << "morphs:     " << s.morphTargets << " targets\n";
  os << "scenes:     " << s.scenes << "\n";
  os << "clips:      " << s.clips << "\n";
  for (const AnimationClip& clip : model.clips) {
    std::snprintf(buf, sizeof buf, "  - \"%s\" %.3f s, %zu channels\n", clip.name.c_str(),
                  clip.duration, clip.channels.size());
    os << buf;
  }
  if (s.bounds.valid()) {
    glm::vec3 size = s.bounds.size();
    std::snprintf(buf, sizeof buf,
                  "bounds:     min (%.4g, %.4g, %.4g) max (%.4g, %.4g, %.4g) size %.4g x %.4g x "
                  "%.4g\n",
                  s.bounds.min.x, s.bounds.min.y, s.bounds.min.z, s.bounds.max.x, s.bounds.max.y,
                  s.bounds.max.z, size.x, size.y, size.z);
    os << buf;
  } else {
    os << "bounds:     empty (nothing to draw)\n";
  }
  for (const std::string& w : model.warnings) os << "warning:    " << w << "\n";
  return os.str();
}
}  // namespace pe
