#include "gen/Viscera.h"

#include <algorithm>
#include <cmath>

#include <glm/trigonometric.hpp>

#include "gen/Vessels.h"

namespace pe::gen {
namespace {
// A kidney: an ellipsoid through its poles and lateral border, of the measured thickness, with
// the notch of the hilum on its medial border.
Part kidney(const MeasurementTable& m, const std::string& side) {
  const std::string k = "kidney." + side;
  const glm::vec3 upper = m.point(k + ".upper_pole"), lower = m.point(k + ".lower_pole");
  const glm::vec3 centre = 0.5f * (upper + lower);
  const glm::vec3 up = glm::normalize(upper - lower);
  glm::vec3 lateral = m.point(k + ".lateral_border") - centre;
  const float halfWidth = glm::length(lateral - up * glm::dot(lateral, up));
  lateral = glm::normalize(lateral - up * glm::dot(lateral, up));
  const glm::mat3 axes(lateral, up, glm::cross(lateral, up));
  const glm::vec3 radii(halfWidth, 0.5f * glm::length(upper - lower),
                        0.5f * static_cast<float>(m.mm(k + ".thickness")));
  const float hilum = static_cast<float>(m.mm("kidney.hilum.depth"));
  const glm::vec3 notch = centre - lateral * (radii.x + 0.3f * hilum);
  Part part = makePart("kidney_" + side, side, "viscera", "organ", "", "kidney");
  part.shape.field = [=](const glm::vec3& p) {
    const float body = sdEllipsoid(p, centre, axes, radii);
    return smoothSubtract(body, sdEllipsoid(p, notch, axes, glm::vec3(hilum, 22.0f, 14.0f)), 4.0f);
  };
  part.shape.bounds.add(centre - glm::vec3(std::max({radii.x, radii.y, radii.z}) + 2.0f));
  part.shape.bounds.add(centre + glm::vec3(std::max({radii.x, radii.y, radii.z}) + 2.0f));
  part.meshing.voxel = 1.2f;
  part.meshing.targetTriangles = 3000;
  part.skinned = true;
  return part;
}

Part bladder(const MeasurementTable& m) {
  const glm::vec3 centre = m.point("bladder.centre"), radii = m.point("bladder.radii");
  const glm::mat3 axes = rotationX(glm::radians(static_cast<float>(m.deg("bladder.tilt"))));
  Part part = makePart("bladder", "midline", "viscera", "organ", "", "bladder");
  part.shape.field = [=](const glm::vec3& p) { return sdEllipsoid(p, centre, axes, radii); };
  const float r = std::max({radii.x, radii.y, radii.z}) + 2.0f;
  part.shape.bounds.add(centre - glm::vec3(r));
  part.shape.bounds.add(centre + glm::vec3(r));
  part.meshing.voxel = 1.2f;
  part.meshing.targetTriangles = 2500;
  part.skinned = true;
  return part;
}

// Capsules joined end to end: the loops of the small intestine.
struct Capsules {
  std::vector<std::pair<glm::vec3, glm::vec3>> segments;
  float radius = 1.0f;
  float distance(const glm::vec3& p) const {
    float d = 1e30f;
    for (const auto& [a, b] : segments) {
      const glm::vec3 ab = b - a;
      const float h = std::clamp(glm::dot(p - a, ab) / glm::dot(ab, ab), 0.0f, 1.0f);
      d = std::min(d, glm::length(p - a - ab * h));
    }
    return d - radius;
  }
};

// Rows of loops across the space the small intestine fills: at each height a layer of rows
// from back to front, each row running across the band's ellipse with a gentle wave, so the
// mass reads as coiled bowel rather than a lump.
Part smallIntestine(const MeasurementTable& m) {
  struct Band {
    float y;
    glm::vec2 x, z;
  };
  std::vector<Band> bands;
  for (int i = 0; m.all().count("small_intestine.band" + std::to_string(i) + ".height"); ++i) {
    const std::string b = "small_intestine.band" + std::to_string(i);
    bands.push_back({static_cast<float>(m.mm(b + ".height")), m.size(b + ".x"), m.size(b + ".z")});
  }
  const float radius = 0.5f * static_cast<float>(m.mm("small_intestine.loop.diameter"));
  const float spacing = static_cast<float>(m.mm("small_intestine.loop.spacing"));
  auto bandAt = [&](float y) {
    if (y <= bands.front().y) return bands.front();
    for (size_t i = 0; i + 1 < bands.size(); ++i)
      if (y <= bands[i + 1].y) {
        const float f = (y - bands[i].y) / (bands[i + 1].y - bands[i].y);
        return Band{y, glm::mix(bands[i].x, bands[i + 1].x, f),
                    glm::mix(bands[i].z, bands[i + 1].z, f)};
      }
    return bands.back();
  };
  auto loops = std::make_shared<Capsules>();
  loops->radius = radius;
  Box3 box;
  int row = 0;
  for (float y = bands.front().y; y <= bands.back().y + 0.1f; y += spacing) {
    const Band b = bandAt(y);
    const glm::vec2 c(0.5f * (b.x.x + b.x.y), 0.5f * (b.z.x + b.z.y));
    const glm::vec2 half(0.5f * (b.x.y - b.x.x), 0.5f * (b.z.y - b.z.x));
    for (float z = c.y - half.y + radius; z <= c.y + half.y - radius + 0.1f; z += spacing, ++row) {
      const float t = (z - c.y) / half.y;
      const float reach = half.x * std::sqrt(std::max(0.0f, 1.0f - t * t)) - radius;
      if (reach < radius) continue;
      const int pieces = std::max(2, static_cast<int>(2.0f * reach / 14.0f));
      glm::vec3 previous(0.0f);
      for (int k = 0; k <= pieces; ++k) {
        const float x = c.x - reach + 2.0f * reach * static_cast<float>(k) / pieces;
        const float wave = stableSin(0.11f * x + 1.7f * static_cast<float>(row));
        const glm::vec3 point(x, y + 0.25f * spacing * wave, z + 0.15f * spacing * wave);
        if (k > 0) loops->segments.push_back({previous, point});
        box.add(point);
        previous = point;
      }
    }
  }
  box.pad(radius + 2.0f);
  Part part = makePart("small_intestine", "midline", "viscera", "organ", "", "small_intestine");
  part.shape.field = [loops](const glm::vec3& p) { return loops->distance(p); };
  part.shape.bounds = box;
  part.meshing.voxel = 1.5f;
  part.meshing.targetTriangles = 20000;
  part.meshing.maxSimplifyError = 0.5f;
  part.skinned = true;
  return part;
}
}  // namespace

void addViscera(const MeasurementTable& m, std::vector<Part>& parts) {
  const size_t first = parts.size();
  for (const std::string side : {"left", "right"}) {
    parts.push_back(kidney(m, side));
    parts.push_back(tubePart(makePart("ureter_" + side, side, "viscera", "organ", "", "ureter"),
                             tableSections(m, "ureter." + side), 0.6f, 1500));
  }
  parts.push_back(bladder(m));
  for (const char* id :
       {"caecum", "ascending_colon", "transverse_colon", "descending_colon", "sigmoid_colon"})
    parts.push_back(tubePart(makePart(id, "midline", "viscera", "organ", "", "colon"),
                             tableSections(m, id), 1.2f, 3500));
  parts.push_back(tubePart(makePart("appendix", "midline", "viscera", "organ", "", "colon"),
                           tableSections(m, "appendix"), 0.6f, 1200));
  parts.push_back(smallIntestine(m));
  // The gut and organs cover the psoas from the front: the viewer starts with them hidden.
  for (size_t i = first; i < parts.size(); ++i) parts[i].extras["start_hidden"] = "true";
}
}  // namespace pe::gen
