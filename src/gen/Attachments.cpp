#include "gen/Attachments.h"

#include <stdexcept>

#include "gen/Femur.h"
#include "gen/Pelvis.h"
#include "gen/Vertebrae.h"

namespace pe::gen {
namespace {
constexpr float kContact = 2.5f;  // mm: bone within this distance of the muscle is its footprint
constexpr float kLift = 0.3f;     // mm off the bone surface, against z-fighting

const Part& partById(const std::vector<Part>& parts, const std::string& id) {
  for (const auto& p : parts)
    if (p.id == id) return p;
  throw std::runtime_error("no structure '" + id + "'");
}
}  // namespace

std::vector<AttachmentSite> attachmentSites(const MeasurementTable& m) {
  std::vector<AttachmentSite> sites;
  const glm::vec3 lesser = m.point("femur.lesser_trochanter.tip");
  const glm::vec3 eminence = m.point("hip.iliopubic_eminence");
  const float l1Half = 0.5f * bodyFrame(m, "L1").width;
  for (const std::string side : {"left", "right"}) {
    const float s = side == "left" ? 1.0f : -1.0f;
    auto onThisSide = [s](const glm::vec3& p) { return glm::vec3(s * p.x, p.y, p.z); };
    const glm::vec3 lt = hipCentre(m, side) + glm::vec3(s * lesser.x, lesser.y, lesser.z);
    const glm::vec3 ipe = onSide(eminence, side);
    auto add = [&](const std::string& muscle, const std::string& role, const std::string& key,
                   const std::string& site, std::vector<std::string> bones,
                   std::function<bool(const glm::vec3&)> region) {
      for (auto& b : bones)
        if (b == "hip_bone" || b == "femur" || b == "rib_12") b += "_" + side;
      sites.push_back({muscle + "_" + side, role, site, key, side, bones, std::move(region)});
    };
    add("psoas_major", "origin", "bodies", "T12\u2013L4 vertebral bodies and discs",
        {"vertebra_t12", "vertebra_l1", "vertebra_l2", "vertebra_l3", "vertebra_l4", "vertebra_l5"},
        [=](const glm::vec3& p) {
          return onThisSide(p).x > 2.0f && onThisSide(p).x < l1Half + 6.0f;
        });
    add("psoas_major", "origin", "transverse", "L1\u2013L5 transverse processes",
        {"vertebra_l1", "vertebra_l2", "vertebra_l3", "vertebra_l4", "vertebra_l5"},
        [=](const glm::vec3& p) { return onThisSide(p).x >= l1Half + 6.0f; });
    add("psoas_major", "insertion", "lesser_trochanter", "lesser trochanter", {"femur"},
        [=](const glm::vec3& p) { return glm::length(p - lt) < 22.0f; });
    add("psoas_minor", "origin", "bodies", "T12 and L1 bodies and the disc between them",
        {"vertebra_t12", "vertebra_l1"},
        [=](const glm::vec3& p) { return onThisSide(p).x > 2.0f; });
    add("psoas_minor", "insertion", "eminence", "iliopubic eminence and pecten pubis", {"hip_bone"},
        [=](const glm::vec3& p) { return glm::length(p - ipe) < 22.0f; });
    add("iliacus", "origin", "fossa", "iliac fossa and inner lip of the iliac crest", {"hip_bone"},
        [=](const glm::vec3& p) { return p.y > -45.0f; });
    add("iliacus", "insertion", "lesser_trochanter", "lesser trochanter and the shaft below it",
        {"femur"}, [=](const glm::vec3& p) { return glm::length(p - lt) < 30.0f; });
    add("quadratus_lumborum", "origin", "crest", "posterior iliac crest and iliolumbar ligament",
        {"hip_bone"}, [=](const glm::vec3&) { return true; });
    add("quadratus_lumborum", "insertion", "rib", "lower border of the 12th rib", {"rib_12"},
        [=](const glm::vec3&) { return true; });
    add("quadratus_lumborum", "insertion", "transverse",
        "tips of the L1\u2013L4 transverse processes",
        {"vertebra_l1", "vertebra_l2", "vertebra_l3", "vertebra_l4"},
        [=](const glm::vec3& p) { return onThisSide(p).x > 20.0f; });
  }
  return sites;
}

std::vector<Part> buildFootprints(const std::vector<AttachmentSite>& sites,
                                  const std::vector<Part>& parts,
                                  const std::map<std::string, GenMesh>& meshes,
                                  std::map<std::string, GenMesh>& footprintMeshes) {
  std::vector<Part> out;
  for (const auto& site : sites) {
    const Part& muscle = partById(parts, site.muscle);
    GenMesh patch;
    for (const auto& boneId : site.bones) {
      const GenMesh& bone = meshes.at(boneId);
      std::vector<int32_t> remap(bone.positions.size(), -1);
      for (size_t t = 0; t + 2 < bone.indices.size(); t += 3) {
        bool inside = true;
        for (int k = 0; k < 3 && inside; ++k) {
          const glm::vec3& p = bone.positions[bone.indices[t + k]];
          inside = site.region(p) && muscle.shape.field(p) < kContact;
        }
        if (!inside) continue;
        for (int k = 0; k < 3; ++k) {
          const uint32_t v = bone.indices[t + k];
          if (remap[v] < 0) {
            remap[v] = static_cast<int32_t>(patch.positions.size());
            patch.positions.push_back(bone.positions[v] + bone.normals[v] * kLift);
            patch.normals.push_back(bone.normals[v]);
          }
          patch.indices.push_back(static_cast<uint32_t>(remap[v]));
        }
      }
    }
    if (patch.indices.empty())
      throw std::runtime_error("the " + site.role + " of " + site.muscle + " (" + site.site +
                               ") does not touch its bone; check the table");
    const std::string base = site.muscle.substr(0, site.muscle.size() - site.side.size() - 1);
    Part part = makePart(base + "_" + site.role + "_" + site.key + "_" + site.side, muscle.side,
                         "attachments", "attachment",
                         site.bones.size() == 1 ? site.bones[0] : "sacrum", site.role);
    part.extras = {{"muscle", site.muscle}, {"role", site.role}, {"site", site.site}};
    footprintMeshes[part.id] = std::move(patch);
    out.push_back(std::move(part));
  }
  return out;
}
}  // namespace pe::gen
