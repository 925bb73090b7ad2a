#include "gen/Pelvis.h"

#include <memory>

#include <glm/trigonometric.hpp>

#include "gen/ThickPatch.h"

namespace pe::gen {
namespace {
float smoothstep(float a, float b, float x) {
  const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

std::vector<glm::vec3> points(const MeasurementTable& m, const std::vector<std::string>& names) {
  std::vector<glm::vec3> out;
  for (const auto& n : names) out.push_back(m.point(n));
  return out;
}

}  // namespace

IliumSurface leftIlium(const MeasurementTable& m) {
  // Ilium: a Coons patch between its four borders, bowed laterally over the iliac fossa.
  const auto crest = points(m, {"hip.psis", "hip.crest.posterior", "hip.crest.top",
                                "hip.crest.tubercle", "hip.crest.anterior", "hip.asis"});
  const auto bottom = points(m, {"hip.ilium.sciatic", "hip.ilium.body", "hip.ilium.front"});
  const auto back = points(m, {"hip.ilium.sciatic", "hip.piis", "hip.psis"});
  const auto front = points(m, {"hip.ilium.front", "hip.aiis", "hip.anterior.notch", "hip.asis"});
  const float bow = static_cast<float>(m.mm("hip.fossa.bow"));
  const float rBody = 0.5f * static_cast<float>(m.mm("hip.ilium.body_thickness"));
  const float rFossa = 0.5f * static_cast<float>(m.mm("hip.ilium.fossa_thickness"));
  const float rCrest = 0.5f * static_cast<float>(m.mm("hip.ilium.crest_thickness"));
  const float rBack = 0.5f * static_cast<float>(m.mm("hip.ilium.auricular_thickness"));
  const glm::vec3 lateral = glm::normalize(glm::vec3(1.0f, 0.0f, -0.35f));
  const float thickBack = static_cast<float>(m.number("hip.ilium.thick_fraction"));
  auto baseRadius = [=](float, float v) {
    float r = rBody + (rFossa - rBody) * smoothstep(0.0f, 0.45f, v);
    return r + (rCrest - rFossa) * smoothstep(0.75f, 1.0f, v);
  };
  // The posterior part of the ilium (iliac tuberosity, auricular surface) is thick, and the
  // extra bone lies on its medial side: the lateral (gluteal) surface stays where it is.
  auto extra = [=](float u, float v) {
    return std::max(0.0f, rBack - baseRadius(u, v)) *
           (1.0f - smoothstep(0.3f * thickBack, thickBack, u)) * smoothstep(0.05f, 0.3f, v) *
           (1.0f - smoothstep(0.9f, 1.0f, v));
  };
  auto coons = [=](float u, float v) {
    const glm::vec3 c0 = catmullRom(bottom, u), c1 = catmullRom(crest, u);
    const glm::vec3 d0 = catmullRom(back, v), d1 = catmullRom(front, v);
    const glm::vec3 p00 = bottom.front(), p10 = bottom.back(), p01 = crest.front(),
                    p11 = crest.back();
    const glm::vec3 s =
        (1 - v) * c0 + v * c1 + (1 - u) * d0 + u * d1 -
        ((1 - u) * (1 - v) * p00 + u * (1 - v) * p10 + (1 - u) * v * p01 + u * v * p11);
    return s +
           lateral * (bow * stableSin(3.14159265f * u) * stableSin(3.14159265f * v) - extra(u, v));
  };
  auto radius = [=](float u, float v) { return baseRadius(u, v) + extra(u, v); };
  return {coons, radius};
}

namespace {
// The left hip bone in the model frame.
Shape leftHipBone(const MeasurementTable& m) {
  const IliumSurface surface = leftIlium(m);
  auto ilium = std::make_shared<ThickPatch>(surface.mid, surface.radius, 28, 20);
  const glm::vec3 hip = m.point("hip_centre.left");
  const float cupInner = static_cast<float>(m.mm("acetabulum.inner_radius"));
  const float cupOuter = static_cast<float>(m.mm("acetabulum.outer_radius"));
  const float rim = static_cast<float>(m.mm("acetabulum.rim_offset"));
  const float incl = glm::radians(static_cast<float>(m.deg("acetabulum.inclination")));
  const float av = glm::radians(static_cast<float>(m.deg("acetabulum.anteversion")));
  const glm::vec3 opening(stableSin(incl) * stableCos(av), -stableCos(incl),
                          stableSin(incl) * stableSin(av));
  const glm::vec3 eminence = m.point("hip.iliopubic_eminence"),
                  tubercle = m.point("hip.pubic_tubercle");
  const glm::vec3 symphysis = m.point("hip.symphysis.centre");
  const glm::vec3 symphysisHalf = m.point("hip.symphysis.half_size");
  // The symphysis leans back: its lower end is posterior to its upper end.
  const float symphysisTilt = glm::radians(static_cast<float>(m.deg("hip.symphysis.tilt")));
  const glm::mat3 symphysisFrame = rotationX(symphysisTilt);
  const glm::vec3 symphysisBottom =
      symphysis + symphysisFrame * glm::vec3(2.0f, -symphysisHalf.y + 4.0f, 0.0f);
  const glm::vec3 ischialRamus = m.point("hip.ischial_ramus"),
                  tuberosity = m.point("hip.ischial_tuberosity");
  const glm::vec3 tuberosityRadii = m.point("hip.ischial_tuberosity.radii");
  const glm::vec3 spine = m.point("hip.ischial_spine"), ischiumTop = m.point("hip.ischium.top");
  const float ramus = 0.5f * static_cast<float>(m.mm("hip.pubic_ramus.thickness"));
  Shape s;
  s.bounds = ilium->bounds();
  for (const auto& p : {hip, tubercle, symphysis, tuberosity, ischialRamus}) s.bounds.add(p);
  s.bounds.pad(cupOuter);
  s.field = [=](const glm::vec3& p) {
    const glm::mat3 id(1.0f);
    float d = ilium->distance(p);
    // Acetabulum: a mass around the joint, hollowed by the socket, open along `opening`.
    float cup = sdSphere(p, hip - opening * 4.0f, cupOuter);
    d = smoothUnion(d, cup, 10.0f);
    // Pubis: superior ramus (pecten pubis on its upper edge) to the body at the symphysis.
    d = smoothUnion(d,
                    sdRoundCone(p, hip + glm::normalize(eminence - hip) * (cupOuter - 8.0f),
                                eminence, ramus + 3.0f, ramus + 1.0f),
                    6.0f);
    d = smoothUnion(
        d, sdRoundCone(p, eminence, tubercle + glm::vec3(3.0f, 1.0f, -6.0f), ramus + 1.0f, ramus),
        6.0f);
    d = smoothUnion(d,
                    sdCapsule(p, eminence + glm::vec3(-2.0f, ramus * 0.8f, 0.0f),
                              tubercle + glm::vec3(2.0f, 2.0f, -3.0f), 2.5f),
                    3.0f);
    d = smoothUnion(d, sdSphere(p, eminence, ramus), 4.0f);
    d = smoothUnion(d, sdRoundBox(p, symphysis, symphysisFrame, symphysisHalf, 4.0f), 6.0f);
    d = smoothUnion(d, sdSphere(p, tubercle + glm::vec3(0, 0, -4.0f), 5.0f), 4.0f);
    // Inferior pubic and ischial rami around the obturator foramen, the ischium behind it.
    d = smoothUnion(d, sdRoundCone(p, symphysisBottom, ischialRamus, ramus, ramus - 1.0f), 5.0f);
    d = smoothUnion(d, sdRoundCone(p, ischialRamus, tuberosity, ramus - 1.0f, ramus + 2.0f), 6.0f);
    d = smoothUnion(d, sdEllipsoid(p, tuberosity, id, tuberosityRadii), 6.0f);
    d = smoothUnion(d, sdRoundCone(p, ischiumTop, tuberosity, ramus + 6.0f, ramus + 3.0f), 8.0f);
    d = smoothUnion(d, sdRoundCone(p, ischiumTop + glm::vec3(0, -8.0f, -4.0f), spine, 6.0f, 2.5f),
                    5.0f);
    // The socket and the lunate rim.
    d = smoothSubtract(d, sdSphere(p, hip, cupInner), 2.0f);
    const float beyondRim =
        std::max(rim - glm::dot(p - hip, opening), sdSphere(p, hip, cupOuter + 6.0f));
    d = smoothSubtract(d, beyondRim, 3.0f);
    return d;
  };
  return s;
}
}  // namespace

glm::vec3 onSide(const glm::vec3& left, const std::string& side) {
  return side == "left" ? left : glm::vec3(-left.x, left.y, left.z);
}

// Long on purpose: one block per bony feature of the hip bone, in the table's order.
void addPelvis(const MeasurementTable& m, std::vector<Part>& parts, std::vector<Landmark>& marks) {
  // Sacrum first: it is the root of the skeleton.
  {
    std::vector<glm::vec3> axis;
    std::vector<float> halfWidth, halfThickness;
    for (const char* row : {"apex", "s4", "s3", "s2", "s1"}) {
      const std::string p = std::string("sacrum.") + row;
      axis.push_back(m.point(p + ".plate"));
      halfWidth.push_back(0.5f * static_cast<float>(m.mm(p + ".width")));
      halfThickness.push_back(0.5f * static_cast<float>(m.mm(p + ".thickness")));
    }
    const float bend = static_cast<float>(m.mm("sacrum.ala.bend"));
    auto lerpRow = [](const std::vector<float>& values, float v) {
      const float s = v * static_cast<float>(values.size() - 1);
      const int i = std::min(static_cast<int>(s), static_cast<int>(values.size()) - 2);
      return values[i] + (values[i + 1] - values[i]) * (s - static_cast<float>(i));
    };
    auto surface = [=](float u, float v) {
      const float x = 2.0f * u - 1.0f;
      return catmullRom(axis, v) + glm::vec3(x * lerpRow(halfWidth, v), 0.0f, -bend * x * x * v);
    };
    auto radius = [=](float u, float v) {
      const float x = 2.0f * u - 1.0f;
      return lerpRow(halfThickness, v) * (1.0f - 0.35f * x * x);
    };
    auto plate = std::make_shared<ThickPatch>(surface, radius, 24, 16);
    const glm::vec3 endplate = m.point("S1.endplate.centre");
    const float slope = glm::radians(static_cast<float>(m.deg("S1.endplate.slope")));
    const glm::vec3 n(0, stableCos(slope), stableSin(slope));
    const float s1w = 0.5f * static_cast<float>(m.mm("S1.body.width"));
    const float s1d = 0.5f * static_cast<float>(m.mm("S1.body.depth"));
    const glm::mat3 s1Frame = frameFromUp(n, glm::vec3(0, 0, 1));
    const glm::vec3 s1Centre = endplate - n * 13.0f;
    const glm::vec3 facet = m.point("sacrum.superior_articular_process");
    Part part = makePart("sacrum", "midline", "bones", "bone", "", "bone");
    part.shape.bounds = plate->bounds();
    part.shape.bounds.add(endplate + glm::vec3(0, 5, 20));
    part.shape.bounds.pad(6.0f);
    part.shape.field = [=](const glm::vec3& p) {
      const glm::mat3 id(1.0f);
      float d = plate->distance(p);
      d = smoothUnion(d, sdEllipticCylinder(p, s1Centre, s1Frame, s1w, s1d, 13.0f, 3.0f), 6.0f);
      for (float sx : {-1.0f, 1.0f})
        d = smoothUnion(d,
                        sdEllipsoid(p, glm::vec3(sx * facet.x, facet.y, facet.z), id,
                                    glm::vec3(7.0f, 9.0f, 7.0f)),
                        5.0f);
      d = smoothUnion(d,
                      sdCapsule(p, catmullRom(axis, 0.9f) + glm::vec3(0, 0, -14.0f),
                                catmullRom(axis, 0.35f) + glm::vec3(0, 0, -12.0f), 4.0f),
                      4.0f);
      // Sacral canal opening and the anterior sacral foramina.
      d = smoothSubtract(d,
                         sdEllipsoid(p, catmullRom(axis, 1.0f) + glm::vec3(0, 2.0f, -8.0f), id,
                                     glm::vec3(11.0f, 9.0f, 6.0f)),
                         2.0f);
      for (float t : {0.82f, 0.62f, 0.44f, 0.28f})
        for (float sx : {-1.0f, 1.0f}) {
          const glm::vec3 c =
              catmullRom(axis, t) + glm::vec3(sx * (14.0f - 8.0f * (0.82f - t)), 0, 0);
          d = smoothSubtract(d,
                             sdCapsule(p, c + glm::vec3(0, 0, 30.0f), c - glm::vec3(0, 0, 30.0f),
                                       4.2f - 2.0f * (0.82f - t)),
                             1.5f);
        }
      return d;
    };
    part.meshing.voxel = 0.9f;
    part.meshing.targetTriangles = 16000;
    parts.push_back(std::move(part));
    marks.push_back({"sacral_promontory", "midline", "sacrum", endplate + glm::vec3(0, 0, s1d)});
  }
  {
    Part coccyx = makePart("coccyx", "midline", "bones", "bone", "sacrum", "bone");
    const auto chain = points(m, {"coccyx.co1", "coccyx.co2", "coccyx.co3", "coccyx.tip"});
    for (const auto& p : chain) coccyx.shape.bounds.add(p);
    coccyx.shape.bounds.pad(12.0f);
    coccyx.shape.field = [chain](const glm::vec3& p) {
      float d = 1e9f;
      for (size_t i = 0; i + 1 < chain.size(); ++i)
        d = smoothUnion(d,
                        sdRoundCone(p, chain[i] + (chain[i + 1] - chain[i]) * 0.12f,
                                    chain[i + 1] - (chain[i + 1] - chain[i]) * 0.12f,
                                    7.0f - 1.5f * i, 6.0f - 1.5f * i),
                        1.0f);
      return d;
    };
    coccyx.meshing.voxel = 0.6f;
    coccyx.meshing.targetTriangles = 2000;
    parts.push_back(std::move(coccyx));
  }
  const Shape left = leftHipBone(m);
  for (const std::string side : {"left", "right"}) {
    Part part = makePart("hip_bone_" + side, side, "bones", "bone", "sacrum", "bone");
    part.shape = side == "left" ? left : mirroredShape(left);
    part.meshing.voxel = 0.9f;
    part.meshing.targetTriangles = 22000;
    parts.push_back(std::move(part));
    const std::string bone = "hip_bone_" + side;
    for (const auto& [id, name] : std::vector<std::pair<std::string, std::string>>{
             {"asis", "hip.asis"},
             {"aiis", "hip.aiis"},
             {"psis", "hip.psis"},
             {"iliac_crest_top", "hip.crest.top"},
             {"pubic_tubercle", "hip.pubic_tubercle"},
             {"iliopubic_eminence", "hip.iliopubic_eminence"},
             {"ischial_tuberosity", "hip.ischial_tuberosity"}})
      marks.push_back({id + "_" + side, side, bone, onSide(m.point(name), side)});
  }
}
}  // namespace pe::gen
