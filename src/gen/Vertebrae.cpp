#include "gen/Vertebrae.h"

#include <glm/trigonometric.hpp>

namespace pe::gen {
namespace {
struct ArchSizes {
  float canalHalfWidth, canalDepth, tpSpan, tpHeight, spinousReach, spinousHeight, spinousDrop;
  float facetRise, archDrop, pedicleHalfHeight, bodyConcavity;
};

ArchSizes archSizes(const MeasurementTable& m, const std::string& level) {
  const std::string p = level + ".";
  ArchSizes a;
  a.canalHalfWidth = 0.5f * static_cast<float>(m.mm(p + "canal.width"));
  a.canalDepth = static_cast<float>(m.mm(p + "canal.depth"));
  a.tpSpan = static_cast<float>(m.mm(p + "transverse.span"));
  a.tpHeight = static_cast<float>(m.mm(p + "transverse.height"));
  a.spinousReach = static_cast<float>(m.mm(p + "spinous.reach"));
  a.spinousHeight = static_cast<float>(m.mm(p + "spinous.height"));
  a.spinousDrop = static_cast<float>(m.mm(p + "spinous.drop"));
  a.facetRise = static_cast<float>(m.mm(p + "articular.rise"));
  a.archDrop = static_cast<float>(m.mm(p + "articular.drop"));
  a.pedicleHalfHeight = 0.5f * static_cast<float>(m.mm(p + "pedicle.height"));
  a.bodyConcavity = static_cast<float>(m.mm("vertebra.posterior_concavity"));
  return a;
}

// The vertebra in its body frame: x lateral (to the left), y along the axis, z anterior.
float vertebraField(const glm::vec3& q, const BodyFrame& b, const ArchSizes& a) {
  const float hw = 0.5f * b.width, hd = 0.5f * b.depth, hh = 0.5f * b.height;
  const glm::mat3 id(1.0f);
  const glm::vec3 up(0, 1, 0);
  float d = sdEllipticCylinder(q, glm::vec3(0, 0, 0.04f * b.depth), id, hw, hd, hh, 3.0f);
  // Endplates: shallow central concavities.
  d = smoothSubtract(
      d, sdEllipsoid(q, glm::vec3(0, hh + 1.0f, 0), id, glm::vec3(0.6f * hw, 2.2f, 0.6f * hd)),
      1.5f);
  d = smoothSubtract(
      d, sdEllipsoid(q, glm::vec3(0, -hh - 1.0f, 0), id, glm::vec3(0.6f * hw, 2.2f, 0.6f * hd)),
      1.5f);
  // The posterior wall is concave from side to side (the body is kidney-shaped).
  d = smoothSubtract(
      d,
      sdEllipticCylinder(q, glm::vec3(0, 0, -hd - 0.5f * a.canalHalfWidth + a.bodyConcavity), id,
                         0.55f * a.canalHalfWidth, 0.5f * a.canalHalfWidth, hh + 4.0f, 0.0f),
      3.0f);
  const float yp = 0.18f * b.height;                // pedicles leave the upper body
  const float back = -hd + 1.0f;                    // posterior wall of the body
  const float px = a.canalHalfWidth + 3.5f;         // pedicle axis, lateral
  const float archZ = back - 0.55f * a.canalDepth;  // pedicle-lamina junction
  const float midZ = back - a.canalDepth - 2.5f;    // laminae meet behind the canal
  float arch = 1e9f;
  for (float s : {-1.0f, 1.0f}) {
    const glm::vec3 pedFront(s * px, yp, back + 5.0f), pedBack(s * px, yp - 1.0f, archZ);
    arch =
        smoothUnion(arch, sdSlab(q, pedFront, pedBack, up, 4.0f, a.pedicleHalfHeight, 3.5f), 3.0f);
    const glm::vec3 mid(0, yp - 4.0f, midZ);
    arch = smoothUnion(arch, sdSlab(q, pedBack, mid, up, 3.2f, 10.0f, 2.5f), 3.0f);
    // Transverse process: laterally, a little backwards, flattened front to back.
    const glm::vec3 tpRoot(s * (px + 2.0f), yp + 1.0f, archZ + 4.0f);
    const glm::vec3 tpTip(s * 0.5f * a.tpSpan, yp + 2.0f, archZ - 2.0f);
    arch = smoothUnion(arch, sdSlab(q, tpRoot, tpTip, up, 3.0f, 0.5f * a.tpHeight, 2.8f), 3.0f);
    // Articular processes: superior above the junction, inferior below the lamina.
    arch = smoothUnion(
        arch,
        sdEllipsoid(q, glm::vec3(s * (px + 1.5f), yp + 0.55f * a.facetRise, archZ - 3.0f), id,
                    glm::vec3(4.5f, 0.55f * a.facetRise, 7.0f)),
        3.0f);
    arch = smoothUnion(arch,
                       sdEllipsoid(q, glm::vec3(s * (px - 3.0f), -0.65f * a.archDrop, midZ + 3.0f),
                                   id, glm::vec3(4.5f, 0.4f * a.archDrop, 6.0f)),
                       3.0f);
  }
  const glm::vec3 spineRoot(0, yp - 4.0f, midZ);
  const glm::vec3 spineTip(0, yp - 4.0f - a.spinousDrop, -a.spinousReach + 5.0f);
  arch = smoothUnion(arch, sdSlab(q, spineRoot, spineTip, up, 3.5f, 0.5f * a.spinousHeight, 3.0f),
                     3.0f);
  d = smoothUnion(d, arch, 3.0f);
  // The vertebral canal.
  const float canal = sdEllipticCylinder(q, glm::vec3(0, yp, back - 0.5f * a.canalDepth), id,
                                         a.canalHalfWidth, 0.5f * a.canalDepth, 40.0f, 0.0f);
  return smoothSubtract(d, canal, 1.5f);
}
}  // namespace

const std::vector<std::string>& vertebraLevels() {
  static const std::vector<std::string> levels = {"T12", "L1", "L2", "L3", "L4", "L5"};
  return levels;
}

BodyFrame bodyFrame(const MeasurementTable& m, const std::string& level) {
  BodyFrame b;
  const std::string p = level + ".body.";
  b.centre = m.point(p + "centre");
  const float tilt = glm::radians(static_cast<float>(m.deg(p + "tilt")));
  // Positive tilt: the upper end of the axis lies more posterior.
  b.up = glm::vec3(0, stableCos(tilt), -stableSin(tilt));
  b.forward = glm::vec3(0, stableSin(tilt), stableCos(tilt));
  b.width = static_cast<float>(m.mm(p + "width"));
  b.depth = static_cast<float>(m.mm(p + "depth"));
  b.height = static_cast<float>(m.mm(p + "height"));
  return b;
}

glm::vec3 transverseProcessPoint(const MeasurementTable& m, const std::string& level, float along) {
  const BodyFrame b = bodyFrame(m, level);
  const ArchSizes a = archSizes(m, level);
  const float yp = 0.18f * b.height, back = -0.5f * b.depth + 1.0f;
  const float archZ = back - 0.55f * a.canalDepth, px = a.canalHalfWidth + 3.5f;
  const glm::vec3 root(px + 2.0f, yp + 1.0f, archZ + 4.0f),
      tip(0.5f * a.tpSpan, yp + 2.0f, archZ - 2.0f);
  const glm::vec3 q = root + (tip - root) * along;
  return b.centre + glm::cross(b.up, b.forward) * q.x + b.up * q.y + b.forward * q.z;
}

void addVertebrae(const MeasurementTable& m, std::vector<Part>& parts,
                  std::vector<Landmark>& marks) {
  std::string below = "sacrum";
  for (auto level = vertebraLevels().rbegin(); level != vertebraLevels().rend(); ++level) {
    const BodyFrame b = bodyFrame(m, *level);
    const ArchSizes a = archSizes(m, *level);
    Part part = makePart(*level == "T12" ? "vertebra_t12" : "vertebra_l" + level->substr(1),
                         "midline", "bones", "bone", below, "bone");
    Box3 local;
    local.add(
        glm::vec3(-0.5f * a.tpSpan - 6, -a.archDrop - a.spinousDrop - 8, -a.spinousReach - 8));
    local.add(glm::vec3(0.5f * a.tpSpan + 6, a.facetRise + 8, 0.5f * b.depth + 8));
    part.shape = placeShape(
        b.centre, glm::mat3(glm::cross(b.up, b.forward), b.up, b.forward),
        [b, a](const glm::vec3& q) { return vertebraField(q, b, a); }, local);
    part.meshing.voxel = 0.7f;
    part.meshing.targetTriangles = 9000;
    parts.push_back(std::move(part));
    marks.push_back({parts.back().id + "_body_centre", "midline", parts.back().id, b.centre});
    below = parts.back().id;
  }
}

void addDiscs(const MeasurementTable& m, std::vector<Part>& parts) {
  const auto& levels = vertebraLevels();
  for (size_t i = 0; i < levels.size(); ++i) {
    const BodyFrame upper = bodyFrame(m, levels[i]);
    BodyFrame lower;
    std::string lowerName;
    if (i + 1 < levels.size()) {
      lower = bodyFrame(m, levels[i + 1]);
      lowerName = levels[i + 1];
    } else {
      const float slope = glm::radians(static_cast<float>(m.deg("S1.endplate.slope")));
      lower.centre = m.point("S1.endplate.centre");
      lower.up = glm::vec3(0, stableCos(slope), stableSin(slope));
      lower.height = 0.0f;
      lowerName = "S1";
    }
    const glm::vec3 top = upper.bottom(), bottom = lower.top();
    const glm::vec3 upperNormal = upper.up, lowerNormal = lower.up;
    const glm::vec3 centre = 0.5f * (top + bottom);
    const glm::vec3 axis = glm::normalize(top - bottom);
    const glm::mat3 f = frameFromUp(axis, glm::vec3(0, 0, 1));
    const float hw = 0.5f * upper.width, hd = 0.5f * upper.depth;
    std::string a = levels[i], b = lowerName;
    for (auto& c : a) c = static_cast<char>(std::tolower(c));
    for (auto& c : b) c = static_cast<char>(std::tolower(c));
    Part part = makePart("disc_" + a + "_" + b, "midline", "discs", "disc",
                         lowerName == "S1" ? "sacrum" : "vertebra_" + b, "disc");
    Box3 box;
    box.add(centre - glm::vec3(hw + 10, 30, hd + 10));
    box.add(centre + glm::vec3(hw + 10, 30, hd + 10));
    part.shape.bounds = box;
    part.shape.field = [=](const glm::vec3& p) {
      const float column = sdEllipticCylinder(p, centre + f[2] * (0.03f * upper.depth), f,
                                              hw - 0.5f, hd - 0.5f, 30.0f, 0.0f);
      // Between the two endplates, bulging slightly into their concavities.
      const float underUpper = glm::dot(p - (top + upperNormal * 1.2f), upperNormal);
      const float overLower = -glm::dot(p - (bottom - lowerNormal * 1.2f), lowerNormal);
      return smoothIntersect(column, std::max(underUpper, overLower), 2.0f);
    };
    part.meshing.voxel = 0.8f;
    part.meshing.targetTriangles = 3000;
    parts.push_back(std::move(part));
  }
}
}  // namespace pe::gen
