#include "gen/AbdominalWall.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <glm/trigonometric.hpp>

#include "gen/Skin.h"

namespace pe::gen {
namespace {
float smoothstep(float a, float b, float x) {
  const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

struct WallFrame {
  Field skin;          // the skin's body, negative inside
  float fat = 0.0f;    // subcutaneous fat
  float axisZ = 0.0f;  // the trunk's axis for angles round the flank (0 in front, 90 at the side)
  glm::vec3 asis{0.0f}, tubercle{0.0f}, crestTubercle{0.0f}, crestTop{0.0f};
  float top = 0.0f, pubicCrest = 0.0f;
  glm::vec2 semilunaris{0.0f};  // distance of the rectus' lateral border from the midline: at the
                                // umbilicus, at the pubis
  float umbilicus = 0.0f;
  float angle(const glm::vec3& p) const {
    return glm::degrees(std::atan2(std::abs(p.x), p.z - axisZ));
  }
  // The wall's lower border: the inguinal ligament in front, the iliac crest round the flank.
  float lowest(const glm::vec3& p) const {
    const float x = std::abs(p.x);
    if (x < asis.x && p.z > axisZ)
      return asis.y + (asis.x - x) / (asis.x - tubercle.x) * (tubercle.y - asis.y);
    const float a = angle(p), a0 = angle(asis), a1 = angle(crestTubercle), a2 = angle(crestTop);
    if (a < a1) return asis.y + (crestTubercle.y - asis.y) * smoothstep(a0, a1, a);
    return crestTubercle.y + (crestTop.y - crestTubercle.y) * smoothstep(a1, a2, a);
  }
  float rectusBorder(float y) const {
    return semilunaris.y + (semilunaris.x - semilunaris.y) * smoothstep(pubicCrest, umbilicus, y);
  }
};

// A layer between two depths under the skin, within angles round the flank and above the
// wall's lower border (distances in mm, approximately).
float layer(const WallFrame& w, const glm::vec3& p, float outer, float inner, float fromAngle,
            float toAngle, float lowerMargin) {
  const float depth = -w.skin(p);
  const float band = std::max(outer - depth, depth - inner);
  const float r = std::hypot(p.x, p.z - w.axisZ);
  const float a = w.angle(p);
  const float across = glm::radians(std::max(fromAngle - a, a - toAngle)) * r;
  const float vertical = std::max(w.lowest(p) + lowerMargin - p.y, p.y - w.top);
  return std::max({band, across, vertical, -p.x});
}

Part wallPart(const std::string& id, const std::string& side, const Field& left, Box3 box) {
  Part part = makePart(id + "_" + side, side, "abdominal_wall", "muscle", "", "wall_muscle");
  if (side == "left") {
    part.shape.field = left;
  } else {
    part.shape.field = [left](const glm::vec3& p) { return left(glm::vec3(-p.x, p.y, p.z)); };
    box = Box3{glm::vec3(-box.hi.x, box.lo.y, box.lo.z), glm::vec3(-box.lo.x, box.hi.y, box.hi.z)};
  }
  part.shape.bounds = box;
  part.meshing.voxel = 1.0f;
  part.meshing.targetTriangles = 3000;
  part.meshing.maxSimplifyError = 0.3f;
  part.skinned = true;
  part.extras["start_hidden"] = "true";
  return part;
}
}  // namespace

void addAbdominalWall(const MeasurementTable& m, std::vector<Part>& parts) {
  WallFrame w;
  w.skin = skinBody(m, parts, true);
  w.fat = static_cast<float>(m.mm("skin.fat.abdomen"));
  w.axisZ = m.size("skin.level4.side").y;
  w.asis = m.point("hip.asis");
  w.tubercle = m.point("hip.pubic_tubercle");
  w.crestTubercle = m.point("hip.crest.tubercle");
  w.crestTop = m.point("hip.crest.top");
  w.top = static_cast<float>(m.mm("abdominal_wall.top"));
  w.pubicCrest = static_cast<float>(m.mm("rectus_abdominis.lower_end"));
  w.semilunaris = m.size("rectus_abdominis.lateral_border");
  w.umbilicus = static_cast<float>(m.mm("skin.umbilicus.height"));
  const float rectus = static_cast<float>(m.mm("rectus_abdominis.thickness"));
  const float external = static_cast<float>(m.mm("external_oblique.thickness"));
  const float aponeurosis = static_cast<float>(m.mm("external_oblique.aponeurosis"));
  const float internal = static_cast<float>(m.mm("internal_oblique.thickness"));
  const float transversus = static_cast<float>(m.mm("transversus_abdominis.thickness"));
  const float lineaAlba = static_cast<float>(m.mm("rectus_abdominis.from_midline"));
  const glm::vec3 back = m.point("abdominal_wall.posterior_borders");  // EO, IO, TA (deg)
  Box3 box;
  box.add(glm::vec3(0.0f, w.tubercle.y - 10.0f, w.axisZ - 120.0f));
  box.add(glm::vec3(200.0f, w.top + 2.0f, 110.0f));
  // The external oblique's thickness: its aponeurosis in front of the rectus and low down
  // (below the ASIS it is aponeurosis), muscle round the flank.
  auto externalThickness = [=](const glm::vec3& p) {
    const float lateral =
        smoothstep(w.rectusBorder(p.y), w.rectusBorder(p.y) + 30.0f, std::abs(p.x));
    const float high = smoothstep(w.asis.y, w.asis.y + 40.0f, p.y);
    return aponeurosis + (external - aponeurosis) * lateral * high;
  };
  auto semilunarAngle = [=](const glm::vec3& p) {
    return glm::degrees(std::atan2(w.rectusBorder(p.y), std::max(1.0f, p.z - w.axisZ)));
  };
  const float f = w.fat;
  parts.push_back(wallPart(
      "rectus_abdominis", "left",
      [=](const glm::vec3& p) {
        const float depth0 = f + aponeurosis;
        const float band = std::max(depth0 + w.skin(p), -w.skin(p) - depth0 - rectus);
        const float across = std::max(lineaAlba - p.x, p.x - w.rectusBorder(p.y));
        const float vertical = std::max(w.pubicCrest - p.y, p.y - w.top);
        return std::max({band, across, vertical});
      },
      box));
  parts.push_back(wallPart(
      "external_oblique", "left",
      [=](const glm::vec3& p) {
        const float depth = -w.skin(p);
        const float band = std::max(f - depth, depth - f - externalThickness(p));
        const float a = w.angle(p), r = std::hypot(p.x, p.z - w.axisZ);
        const float across = std::max(lineaAlba - p.x, glm::radians(a - back.x) * r);
        const float vertical = std::max(w.lowest(p) - p.y, p.y - w.top);
        return std::max({band, across, vertical});
      },
      box));
  parts.push_back(wallPart(
      "internal_oblique", "left",
      [=](const glm::vec3& p) {
        const float outer = f + externalThickness(p);
        return layer(w, p, outer, outer + internal, semilunarAngle(p), back.y, 2.0f);
      },
      box));
  parts.push_back(wallPart(
      "transversus_abdominis", "left",
      [=](const glm::vec3& p) {
        const float outer = f + externalThickness(p) + internal;
        return layer(w, p, outer, outer + transversus, semilunarAngle(p), back.z, 4.0f);
      },
      box));
  // Behind the layers, past the fascia, the iliacus: next to the ASIS they stop short of it.
  const float gap = static_cast<float>(m.mm("abdominal_wall.iliacus_gap"));
  Shape iliacus;
  for (const auto& p : parts)
    if (p.id == "iliacus_left") iliacus = p.shape;
  if (!iliacus.field) throw std::runtime_error("the abdominal wall needs 'iliacus_left' first");
  for (auto& p : parts)
    if (p.layer == "abdominal_wall" && p.kind == "muscle" && p.side == "left") {
      const Field layer = p.shape.field;
      p.shape.field = [=](const glm::vec3& q) {
        const float d = layer(q);
        if (d > gap || glm::any(glm::lessThan(q, iliacus.bounds.lo - glm::vec3(gap + 2.0f))) ||
            glm::any(glm::greaterThan(q, iliacus.bounds.hi + glm::vec3(gap + 2.0f))))
          return d;
        return std::max(d, gap - iliacus.field(q));
      };
    }
  for (const char* id :
       {"rectus_abdominis", "external_oblique", "internal_oblique", "transversus_abdominis"})
    for (auto& p : parts)
      if (p.id == std::string(id) + "_left") {
        Part right = wallPart(id, "right", p.shape.field, p.shape.bounds);
        parts.push_back(std::move(right));
        break;
      }
}
}  // namespace pe::gen
