// One generated structure before it is written: what it is (the node extras), where it hangs
// in the skeleton and its shape.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "gen/Sdf.h"
#include "gen/SurfaceMesher.h"
#include "gen/Sweep.h"

namespace pe::gen {
struct Part {
  std::string id, side, layer, kind;
  std::string parent;    // id of the bone node it hangs from; empty for a root
  std::string material;  // key into the material table
  Shape shape;
  MeshingOptions meshing;
  std::map<std::string, std::string> extras;  // more node extras (muscle, role, site)
  // Muscles that cross the hip: the path from origin to insertion and where along it (0..1)
  // the muscle turns over the pelvic brim. Skinning weights follow this parameter.
  std::shared_ptr<const Sweep> path;
  float brimT = -1.0f;
  std::string femur;  // the femur it inserts on
  // How much the belly thickens in its shortening part at full hip flexion (gen/MuscleBulge.h):
  // a morph target that the clips and the hip rig weigh with the angle, so that the muscle
  // keeps its volume as it shortens. 0: none.
  float bulge = 0.0f;
  // Soft tissue that moves with the skeleton (glTF skinning, weighted by height along the trunk
  // unless `path` says otherwise) rather than hanging rigidly from its parent bone.
  bool skinned = false;
};

// A part with what names it and where it hangs; its shape and meshing are filled in after.
inline Part makePart(const std::string& id, const std::string& side, const std::string& layer,
                     const std::string& kind, const std::string& parent,
                     const std::string& material) {
  Part part;
  part.id = id, part.side = side, part.layer = layer, part.kind = kind;
  part.parent = parent, part.material = material;
  return part;
}

// A muscle's line of action for measuring its length (written as empty nodes on the bones):
// via points from origin to insertion, each fixed to a bone ("" = the trunk at its height),
// and a cylinder about the hip's flexion axis (+X through the hip centre) that the line wraps
// between points wrapAfter and wrapAfter + 1 when it would cut into it.
struct LineOfAction {
  std::string muscle;
  std::vector<std::pair<std::string, glm::vec3>> points;  // bone id, position (mm, model frame)
  int wrapAfter = -1;                                     // -1: no wrap
  std::string wrapBone;
  glm::vec3 wrapCentre{0.0f};
  float wrapRadius = 0.0f;
};

// A named point fixed to a bone (an empty node in the file).
struct Landmark {
  std::string id, side, bone;
  glm::vec3 position{0.0f};  // mm, model frame
};
}  // namespace pe::gen
