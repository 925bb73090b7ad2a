// Attachment footprints: the patch of bone surface a muscle's volume meets at each origin and
// insertion site, kept as its own mesh lifted a fraction of a millimetre off the bone.
#pragma once
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "gen/MeasurementTable.h"
#include "gen/Part.h"

namespace pe::gen {
struct AttachmentSite {
  std::string muscle, role, site, key;  // id: MUSCLE_ROLE_KEY_SIDE (muscle without its side)
  std::string side;
  std::vector<std::string> bones;
  std::function<bool(const glm::vec3&)> region;  // model frame, mm
};

std::vector<AttachmentSite> attachmentSites(const MeasurementTable& m);

// The footprint of each site; throws std::runtime_error naming a site whose muscle does not
// reach its bones.
std::vector<Part> buildFootprints(const std::vector<AttachmentSite>& sites,
                                  const std::vector<Part>& parts,
                                  const std::map<std::string, GenMesh>& meshes,
                                  std::map<std::string, GenMesh>& footprintMeshes);
}  // namespace pe::gen
