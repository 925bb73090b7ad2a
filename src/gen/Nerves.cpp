#include "gen/Nerves.h"

#include <algorithm>
#include <optional>
#include <stdexcept>
#include <string>

#include <glm/geometric.hpp>

#include "gen/Skin.h"
#include "gen/Vessels.h"

namespace pe::gen {
namespace {
glm::vec3 gradient(const Field& f, const glm::vec3& p) {
  glm::vec3 g;
  for (int a = 0; a < 3; ++a) {
    glm::vec3 e(0.0f);
    e[a] = 0.5f;
    g[a] = f(p + e) - f(p - e);
  }
  return glm::length(g) > 1e-6f ? glm::normalize(g) : glm::vec3(0.0f, 0.0f, 1.0f);
}

// A point of a nerve in the abdominal wall: where the skin's normal through `near` meets the
// given depth under the skin, or less deep where bone or the muscles behind the wall (the iliacus
// near the ASIS, where the wall is thin) come within `clear` of it. Throws naming `row` when
// there is no room even just under the skin.
glm::vec3 underSkin(const Field& skin, const std::vector<Shape>& behind, glm::vec3 near,
                    float depth, float clear, const std::string& row) {
  for (int k = 0; k < 4; ++k) near -= gradient(skin, near) * skin(near);  // onto the skin
  const glm::vec3 inward = -gradient(skin, near);
  auto room = [&](const glm::vec3& p) {
    float d = 1e9f;
    for (const Shape& b : behind) {
      const Box3& box = b.bounds;
      if (glm::any(glm::lessThan(p, box.lo - glm::vec3(clear))) ||
          glm::any(glm::greaterThan(p, box.hi + glm::vec3(clear))))
        continue;
      d = std::min(d, b.field(p));
    }
    return d;
  };
  std::optional<glm::vec3> at;
  for (float t = clear; t <= depth; t += 0.25f) {  // from the nerve's own radius and margin
    const glm::vec3 p = near + inward * t;
    if (room(p) < clear) break;
    at = p;
  }
  if (!at)
    throw std::runtime_error(row + ": no room for the nerve under the skin at " +
                             std::to_string(near.x) + ", " + std::to_string(near.y) + ", " +
                             std::to_string(near.z) + " mm (bone or muscle within " +
                             std::to_string(clear) + " mm)");
  return *at;
}
}  // namespace

void addNerves(const MeasurementTable& m, std::vector<Part>& parts) {
  struct Nerve {
    const char* id;
    int underLigament;  // index of the point under the inguinal ligament; -1: stays in the trunk
  };
  const Nerve nerves[] = {{"femoral_nerve", 6},          {"lateral_femoral_cutaneous_nerve", 4},
                          {"genitofemoral_nerve", -1},   {"obturator_nerve", -1},
                          {"iliohypogastric_nerve", -1}, {"ilioinguinal_nerve", -1}};
  const Field skin = skinBody(m, parts, false);
  std::vector<Shape> behind;  // copies: `parts` grows below
  for (const Part& p : parts)
    if ((p.layer == "bones" || p.layer == "muscles") && p.shape.field) behind.push_back(p.shape);
  for (const Nerve& nerve : nerves) {
    auto left = tableSections(m, nerve.id);
    // Points with a depth row lie that deep under the skin (in the wall's layers).
    for (size_t i = 0; i < left.size(); ++i) {
      const std::string row = std::string(nerve.id) + ".d" + std::to_string(i);
      if (!m.all().count(row)) continue;
      left[i].point = underSkin(skin, behind, left[i].point, static_cast<float>(m.mm(row)),
                                std::max(left[i].halfWidth, left[i].halfDepth) + 1.0f, row);
    }
    for (const std::string side : {"left", "right"}) {
      const auto sections = sectionsOnSide(left, side);
      Part part = tubePart(
          makePart(std::string(nerve.id) + "_" + side, side, "nerves", "nerve", "", "nerve"),
          sections, 0.5f, 1200);
      if (nerve.underLigament >= 0) {
        part.path = std::make_shared<Sweep>(sections, glm::vec3(1, 0, 0));
        part.brimT =
            part.path->parameter(sections.at(static_cast<size_t>(nerve.underLigament)).point);
        part.femur = "femur_" + side;
      }
      parts.push_back(std::move(part));
    }
  }
}
}  // namespace pe::gen
