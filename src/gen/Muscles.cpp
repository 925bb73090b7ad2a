#include "gen/Muscles.h"

#include "gen/Femur.h"
#include "gen/Pelvis.h"
#include "gen/ThickPatch.h"
#include "gen/Vertebrae.h"

namespace pe::gen {
namespace {
// Muscles are built on the left; the right one is its mirror image.
// The iliacus: a sheet on the iliac fossa (left side), thicker low down where it gathers.
struct IliacusSheet {
  IliumSurface ilium;
  float top, bottom, back, low, high;
  explicit IliacusSheet(const MeasurementTable& m)
      : ilium(leftIlium(m)),
        top(0.5f * static_cast<float>(m.mm("iliacus.thickness.upper"))),
        bottom(0.5f * static_cast<float>(m.mm("iliacus.thickness.lower"))),
        back(static_cast<float>(m.number("iliacus.fossa.posterior_limit"))),
        low(static_cast<float>(m.number("iliacus.fossa.lower_limit"))),
        high(static_cast<float>(m.number("iliacus.fossa.upper_limit"))) {}
  float halfThickness(float v) const { return bottom + (top - bottom) * v; }
  // The middle of the sheet at (u, v) in 0..1 over the part of the fossa it covers.
  glm::vec3 centre(float u, float v) const {
    const glm::vec3 lateral = glm::normalize(glm::vec3(1.0f, 0.0f, -0.35f));
    const float uu = back + (1.0f - back) * u, vv = low + (high - low) * v;
    const float e = 0.01f;
    glm::vec3 n = glm::normalize(glm::cross(ilium.mid(uu + e, vv) - ilium.mid(uu - e, vv),
                                            ilium.mid(uu, vv + e) - ilium.mid(uu, vv - e)));
    if (glm::dot(n, lateral) > 0.0f) n = -n;
    return ilium.mid(uu, vv) + n * (ilium.radius(uu, vv) + halfThickness(v) + 0.6f);
  }
};

Part musclePart(const std::string& id, const std::string& side, const Shape& left) {
  Part part = makePart(id + "_" + side, side, "muscles", "muscle", "", id);
  part.shape = side == "left" ? left : mirroredShape(left);
  part.meshing.voxel = 0.9f;
  return part;
}
}  // namespace

std::vector<SweepSection> sweepSections(const MeasurementTable& m, const std::string& name,
                                        int count) {
  std::vector<SweepSection> out;
  for (int i = 0; i < count; ++i) {
    const glm::vec2 size = m.size(name + ".s" + std::to_string(i));
    out.push_back({m.point(name + ".p" + std::to_string(i)), 0.5f * size.x, 0.5f * size.y});
  }
  return out;
}

// Long on purpose: one block per muscle, each reading its rows of the measurement table.
void addMuscles(const MeasurementTable& m, std::vector<Part>& parts) {
  const auto psoasLeft = sweepSections(m, "psoas_major", 12);
  const auto minorLeft = sweepSections(m, "psoas_minor", 6);
  const auto iliacusTendonLeft = sweepSections(m, "iliacus.tendon", 5);
  const auto qlLeft = sweepSections(m, "quadratus_lumborum", 5);
  const float brimPsoas = static_cast<float>(m.number("psoas_major.brim_fraction"));
  const float brimIliacus = static_cast<float>(m.number("iliacus.brim_fraction"));
  const IliumSurface ilium = leftIlium(m);
  for (const std::string side : {"left", "right"}) {
    {  // Psoas major: the belly and one slip per level.
      auto belly = std::make_shared<Sweep>(psoasLeft, glm::vec3(1, 0, 0));
      std::vector<std::pair<glm::vec3, glm::vec3>> slips;
      const auto& levels = vertebraLevels();
      for (size_t i = 0; i + 1 < levels.size(); ++i) {  // T12-L4: body and disc margins
        const BodyFrame b = bodyFrame(m, levels[i]);
        const glm::vec3 lateralOfBody = glm::cross(b.up, b.forward);
        const glm::vec3 origin = b.centre + lateralOfBody * (0.5f * b.width - 3.0f) -
                                 b.up * (0.5f * b.height - 2.0f) + b.forward * 2.0f;
        slips.push_back(
            {origin, belly->pointAt(belly->parameter(origin - glm::vec3(0, 30.0f, 0)))});
      }
      for (size_t i = 1; i < levels.size();
           ++i) {  // L1-L5: anterior surface of the transverse processes
        const glm::vec3 origin =
            transverseProcessPoint(m, levels[i], 0.45f) + glm::vec3(0, 0, 4.0f);
        slips.push_back(
            {origin, belly->pointAt(belly->parameter(origin - glm::vec3(0, 25.0f, 0)))});
      }
      const float slipRadius = 0.5f * static_cast<float>(m.mm("psoas_major.slip.thickness"));
      Shape left;
      left.bounds = belly->bounds();
      for (const auto& s : slips) left.bounds.add(s.first);
      left.bounds.pad(slipRadius + 2.0f);
      left.field = [belly, slips, slipRadius](const glm::vec3& p) {
        float d = belly->distance(p);
        for (const auto& [a, b] : slips)
          d = smoothUnion(d, sdRoundCone(p, a, b, slipRadius * 0.7f, slipRadius * 1.4f), 6.0f);
        return d;
      };
      Part part = musclePart("psoas_major", side, left);
      part.path = std::make_shared<Sweep>(sectionsOnSide(psoasLeft, side), glm::vec3(1, 0, 0));
      part.brimT = brimPsoas;
      part.bulge = static_cast<float>(m.number("psoas_major.bulge"));
      part.femur = "femur_" + side;
      part.meshing.targetTriangles = 12000;
      parts.push_back(std::move(part));
    }
    {  // Psoas minor: small belly on the front of the psoas major, long flat tendon.
      auto sweep = std::make_shared<Sweep>(minorLeft, glm::vec3(1, 0, 0));
      Shape left{[sweep](const glm::vec3& p) { return sweep->distance(p); }, sweep->bounds()};
      Part part = musclePart("psoas_minor", side, left);
      part.meshing.voxel = 0.6f;
      part.meshing.targetTriangles = 3000;
      parts.push_back(std::move(part));
    }
    {  // Iliacus: a sheet on the iliac fossa that gathers into the tendon beside the psoas.
      const IliacusSheet shape(m);
      auto sheet = std::make_shared<ThickPatch>(
          [shape](float u, float v) { return shape.centre(u, v); },
          [shape](float, float v) { return shape.halfThickness(v); }, 16, 14);
      auto tendon = std::make_shared<Sweep>(iliacusTendonLeft, glm::vec3(1, 0, 0));
      Shape left;
      left.bounds = sheet->bounds();
      left.bounds.add(tendon->bounds());
      left.field = [sheet, tendon](const glm::vec3& p) {
        return smoothUnion(sheet->distance(p), tendon->distance(p), 14.0f);
      };
      Part part = musclePart("iliacus", side, left);
      // Its path for skinning: from the middle of the fossa down the tendon.
      std::vector<SweepSection> path = {{ilium.mid(0.6f, 0.6f), 1, 1}};
      for (const auto& s : iliacusTendonLeft) path.push_back(s);
      part.path = std::make_shared<Sweep>(sectionsOnSide(path, side), glm::vec3(1, 0, 0));
      part.brimT = brimIliacus;
      part.bulge = static_cast<float>(m.number("iliacus.bulge"));
      part.femur = "femur_" + side;
      part.meshing.targetTriangles = 10000;
      parts.push_back(std::move(part));
    }
    {  // Quadratus lumborum: a quadrilateral sheet behind the psoas.
      auto sweep = std::make_shared<Sweep>(qlLeft, glm::vec3(1, 0, 0));
      Shape left{[sweep](const glm::vec3& p) { return sweep->distance(p); }, sweep->bounds()};
      Part part = musclePart("quadratus_lumborum", side, left);
      part.meshing.targetTriangles = 6000;
      parts.push_back(std::move(part));
    }
  }
}
}  // namespace pe::gen

namespace pe::gen {
std::vector<LineOfAction> musclesLinesOfAction(const MeasurementTable& m) {
  const auto psoas = sweepSections(m, "psoas_major", 12);
  const auto minor = sweepSections(m, "psoas_minor", 6);
  const auto iliacusTendon = sweepSections(m, "iliacus.tendon", 5);
  const float wrapRadius = 0.5f * static_cast<float>(m.mm("femur.head.diameter")) +
                           static_cast<float>(m.mm("iliopsoas.line.head_clearance"));
  std::vector<LineOfAction> lines;
  for (const std::string side : {"left", "right"}) {
    const std::string hipBone = "hip_bone_" + side, femur = "femur_" + side;
    const glm::vec3 hip = hipCentre(m, side);
    auto onFemur = [&](const char* name) {
      return std::pair<std::string, glm::vec3>{femur, hip + onSide(m.point(name), side)};
    };
    auto wrapped = [&](LineOfAction line) {
      line.wrapAfter = static_cast<int>(line.points.size()) - 1;  // from the brim to the insertion
      line.wrapBone = hipBone, line.wrapCentre = hip, line.wrapRadius = wrapRadius;
      return line;
    };
    {  // Psoas major: down the belly (trunk), over the brim, round the femoral head, to the lesser
       // trochanter.
      LineOfAction line;
      line.muscle = "psoas_major_" + side;
      for (int i = 0; i <= 6; ++i) line.points.push_back({"", onSide(psoas[i].point, side)});
      line.points.push_back({hipBone, onSide(m.point("psoas_major.line.brim"), side)});
      line = wrapped(line);
      line.points.push_back(onFemur("femur.lesser_trochanter.tip"));
      lines.push_back(line);
    }
    {  // Iliacus: from the middle of the fossa down the tendon, over the rim lateral to the psoas.
      LineOfAction line;
      line.muscle = "iliacus_" + side;
      line.points.push_back({hipBone, onSide(IliacusSheet(m).centre(0.5f, 0.6f), side)});
      line.points.push_back({hipBone, onSide(iliacusTendon[0].point, side)});
      line.points.push_back({hipBone, onSide(m.point("iliacus.line.brim"), side)});
      line = wrapped(line);
      line.points.push_back(onFemur("iliacus.line.insertion"));
      lines.push_back(line);
    }
    {  // Psoas minor: T12/L1 to the iliopubic eminence; it does not cross the hip.
      LineOfAction line;
      line.muscle = "psoas_minor_" + side;
      for (size_t i = 0; i + 1 < minor.size(); ++i)
        line.points.push_back({"", onSide(minor[i].point, side)});
      line.points.push_back({hipBone, onSide(minor.back().point, side)});
      lines.push_back(line);
    }
  }
  return lines;
}
}  // namespace pe::gen
