// The body around the psoas (issue 11): every new structure with its layer and side, and the
// relations that references state, measured on the generated geometry: the aortic
// bifurcation, the vena cava beside the aorta, the iliac and femoral vessels along the psoas to
// the mid-inguinal point, the nerves of the lumbar plexus in their places, the ureter over the
// iliac vessels, the kidneys, caecum and sigmoid colon. Nerves and vessels stay out of bone.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

#include "BundledModel.h"
#include "scene/SurfaceDistance.h"
#include "scene/TriangleBvh.h"

namespace pe::test {
namespace {
const BundledModel& model() {
  return BundledModel::get();
}

// Mirrors a right-side point to the left, so one check serves both sides.
glm::vec3 toLeft(glm::vec3 p, const std::string& side) {
  if (side == "right") p.x = -p.x;
  return p;
}

// A structure at rest, measured on the left (right sides mirrored).
struct Shape {
  std::vector<glm::vec3> vertices;
  std::unique_ptr<ClosestPointIndex> surface;
  std::unique_ptr<TriangleBvh> tree;
  Shape(const std::string& id, const std::string& side = "left") {
    for (const auto& v : model().vertices(id, model().rest())) vertices.push_back(toLeft(v, side));
    TriangleMesh mesh;
    const auto corners = model().triangles(id);
    for (uint32_t c : corners) mesh.corners.push_back(vertices[c]);
    surface = std::make_unique<ClosestPointIndex>(mesh);
    tree = std::make_unique<TriangleBvh>(vertices, corners);
  }
  // The centre of the cross-section at height y (vertices within 2 mm of it), if it has one.
  std::optional<glm::vec3> centreAt(float y) const {
    glm::vec3 sum(0.0f);
    int n = 0;
    for (const auto& v : vertices)
      if (std::abs(v.y - y) < 2.0f) sum += v, ++n;
    if (n < 3) return std::nullopt;
    return sum / static_cast<float>(n);
  }
  float minX(float y) const {
    float x = 1e9f;
    for (const auto& v : vertices)
      if (std::abs(v.y - y) < 2.0f) x = std::min(x, v.x);
    return x;
  }
  glm::vec3 lowest() const {
    glm::vec3 best(0.0f, 1e9f, 0.0f);
    for (const auto& v : vertices)
      if (v.y < best.y) best = v;
    return best;
  }
  glm::vec3 centroid() const {
    glm::vec3 sum(0.0f);
    for (const auto& v : vertices) sum += v;
    return sum / static_cast<float>(vertices.size());
  }
  double distance(const glm::vec3& p) const { return surface->distance(p); }
  bool contains(const glm::vec3& p) const { return insideClosedMesh(*tree, p); }
};

const char* const kSides[] = {"left", "right"};
}  // namespace

TEST(BodyAroundPsoas, EveryStructureHasItsLayerAndSide) {
  const std::vector<std::pair<std::string, std::vector<std::string>>> layers = {
      {"abdominal_wall",
       {"linea_alba", "rectus_abdominis_left", "rectus_abdominis_right", "external_oblique_left",
        "external_oblique_right", "internal_oblique_left", "internal_oblique_right",
        "transversus_abdominis_left", "transversus_abdominis_right"}},
      {"viscera",
       {"caecum", "appendix", "ascending_colon", "transverse_colon", "descending_colon",
        "sigmoid_colon", "small_intestine", "bladder", "kidney_left", "kidney_right", "ureter_left",
        "ureter_right"}},
      {"vessels", {"abdominal_aorta", "inferior_vena_cava"}}};
  auto expect = [](const std::string& id, const std::string& layer, const std::string& side) {
    const Structure& s = model().structure(id);
    EXPECT_EQ(s.layer, layer) << id;
    EXPECT_EQ(s.side, side) << id;
    EXPECT_GE(model().model().nodes[s.node].skin, 0) << id << " moves with the skeleton";
  };
  for (const auto& [layer, ids] : layers)
    for (const auto& id : ids) {
      const auto cut = id.rfind('_');
      const std::string tail = cut == std::string::npos ? "" : id.substr(cut + 1);
      expect(id, layer, tail == "left" || tail == "right" ? tail : "midline");
    }
  for (const char* side : kSides) {
    for (const char* v :
         {"common_iliac_artery", "external_iliac_artery", "internal_iliac_artery", "femoral_artery",
          "common_iliac_vein", "external_iliac_vein", "femoral_vein"})
      expect(std::string(v) + "_" + side, "vessels", side);
    for (const char* n : {"femoral_nerve", "lateral_femoral_cutaneous_nerve", "genitofemoral_nerve",
                          "obturator_nerve", "ilioinguinal_nerve", "iliohypogastric_nerve"})
      expect(std::string(n) + "_" + side, "nerves", side);
  }
}

TEST(BodyAroundPsoas, AortaBifurcatesAtL4AndTheVenaCavaLiesOnItsRight) {
  const Shape aorta("abdominal_aorta"), cava("inferior_vena_cava");
  const float bifurcation = aorta.lowest().y;
  const float discL3L4 = Shape("disc_l3_l4").centroid().y;
  const float l5Bottom = model().landmark("vertebra_l5_body_centre", model().rest()).y - 13.0f;
  std::printf("aortic bifurcation y %.1f mm (L3/L4 disc %.1f, L5 body's lower end %.1f)\n",
              bifurcation, discL3L4, l5Bottom);
  EXPECT_LT(bifurcation, discL3L4);
  EXPECT_GT(bifurcation, l5Bottom);
  for (float y = 80.0f; y <= 190.0f; y += 10.0f) {
    const auto a = aorta.centreAt(y), c = cava.centreAt(y);
    ASSERT_TRUE(a && c) << y;
    EXPECT_LT(c->x, a->x - 10.0f) << "the vena cava lies to the right of the aorta at y " << y;
  }
}

TEST(BodyAroundPsoas, IliacAndFemoralVesselsRunAlongThePsoasToTheMidInguinalPoint) {
  for (const char* side : kSides) {
    SCOPED_TRACE(side);
    const std::string s = side;
    const Shape psoas("psoas_major_" + s, s), artery("external_iliac_artery_" + s, s),
        vein("external_iliac_vein_" + s, s), femoral("femoral_artery_" + s, s),
        femoralVein("femoral_vein_" + s, s), ligament("inguinal_ligament_" + s, s),
        common("common_iliac_artery_" + s, s);
    // Along the medial border of the psoas from the brim down.
    for (float y = -5.0f; y >= -45.0f; y -= 10.0f) {
      const auto a = artery.centreAt(y);
      ASSERT_TRUE(a) << y;
      EXPECT_NEAR(a->x, psoas.minX(y), 12.0f) << "artery and psoas medial border at y " << y;
    }
    // To the mid-inguinal point (halfway between the ASIS and the symphysis), under the ligament.
    const glm::vec3 asis = toLeft(model().landmark("asis_" + s, model().rest()), s);
    const float midInguinalX = 0.5f * asis.x;
    const glm::vec3 end = artery.lowest();
    std::printf(
        "%s external iliac artery ends %.1f mm from the mid-inguinal point's x, %.1f mm "
        "from the inguinal ligament\n",
        side, end.x - midInguinalX, ligament.distance(end));
    EXPECT_NEAR(end.x, midInguinalX, 15.0f);
    EXPECT_LT(ligament.distance(end), 15.0f);
    // The femoral artery begins where the external iliac artery ends.
    const auto top = femoral.centreAt(end.y - 4.0f);
    ASSERT_TRUE(top);
    EXPECT_LT(glm::distance(*top, end), 12.0f) << "the femoral artery continues it";
    // Lateral to medial under the ligament: nerve, artery, vein.
    const float y = end.y + 2.0f;
    const auto nerve = Shape("femoral_nerve_" + s, s).centreAt(y - 8.0f);
    const auto a = artery.centreAt(y), v = vein.centreAt(y);
    ASSERT_TRUE(nerve && a && v);
    std::printf("%s under the ligament: nerve x %.1f, artery x %.1f, vein x %.1f\n", side, nerve->x,
                a->x, v->x);
    EXPECT_GT(nerve->x, a->x + 5.0f);
    EXPECT_GT(a->x, v->x + 5.0f);
    // The femoral vein stays medial to or behind the artery in the triangle.
    for (float yy = -90.0f; yy >= -170.0f; yy -= 20.0f) {
      const auto fa = femoral.centreAt(yy), fv = femoralVein.centreAt(yy);
      ASSERT_TRUE(fa && fv) << yy;
      EXPECT_TRUE(fv->x < fa->x || fv->z < fa->z) << yy;
    }
    // The common iliac artery divides in front of the sacroiliac region, on the psoas' medial side.
    const auto psoasThere = psoas.centreAt(common.lowest().y);
    ASSERT_TRUE(psoasThere);
    EXPECT_LT(common.lowest().x, psoasThere->x);
  }
}

TEST(BodyAroundPsoas, NervesOfTheLumbarPlexusLieWhereReferencesPlaceThem) {
  for (const char* side : kSides) {
    SCOPED_TRACE(side);
    const std::string s = side;
    const Shape psoas("psoas_major_" + s, s), iliacus("iliacus_" + s, s),
        ligament("inguinal_ligament_" + s, s);
    // Femoral nerve: in the groove between psoas and iliacus.
    const Shape femoral("femoral_nerve_" + s, s);
    for (float y = 20.0f; y >= -40.0f; y -= 10.0f) {
      const auto n = femoral.centreAt(y);
      ASSERT_TRUE(n) << y;
      EXPECT_LT(psoas.distance(*n), 8.0) << "femoral nerve to psoas at y " << y;
      EXPECT_LT(iliacus.distance(*n), 8.0) << "femoral nerve to iliacus at y " << y;
    }
    // Lateral femoral cutaneous nerve: across the iliacus, under the ligament about 2 cm medial
    // to the ASIS.
    const Shape lfcn("lateral_femoral_cutaneous_nerve_" + s, s);
    int onIliacus = 0;
    for (float y = 40.0f; y >= 0.0f; y -= 5.0f) {
      const auto n = lfcn.centreAt(y);
      ASSERT_TRUE(n) << y;
      onIliacus += iliacus.distance(*n) < 6.0 && !iliacus.contains(*n);
    }
    EXPECT_GE(onIliacus, 5) << "the LFCN crosses the iliacus";
    const glm::vec3 asis = toLeft(model().landmark("asis_" + s, model().rest()), s);
    glm::vec3 under(0.0f);
    double best = 1e9;
    for (const auto& v : lfcn.vertices)
      if (ligament.distance(v) < best) best = ligament.distance(v), under = v;
    std::printf("%s LFCN passes the inguinal ligament %.1f mm medial to the ASIS\n", side,
                asis.x - under.x);
    EXPECT_GE(asis.x - under.x, 10.0f);
    EXPECT_LE(asis.x - under.x, 30.0f);
    EXPECT_LT(under.z, asis.z + 2.0f) << "behind (under) the ligament";
    // Genitofemoral nerve: on the front of the psoas.
    const Shape gfn("genitofemoral_nerve_" + s, s);
    for (float y = 60.0f; y >= -10.0f; y -= 10.0f) {
      const auto n = gfn.centreAt(y);
      const auto p = psoas.centreAt(y);
      ASSERT_TRUE(n && p) << y;
      EXPECT_LT(psoas.distance(*n), 5.0) << y;
      EXPECT_GT(n->z, p->z + 5.0f) << "in front of the psoas at y " << y;
    }
    // Obturator nerve: at the medial border of the psoas at the brim.
    const Shape obturator("obturator_nerve_" + s, s);
    for (float y = 15.0f; y >= -5.0f; y -= 10.0f) {
      const auto n = obturator.centreAt(y);
      ASSERT_TRUE(n) << y;
      EXPECT_LT(n->x, psoas.minX(y) + 6.0f) << y;
      EXPECT_LT(psoas.distance(*n), 8.0) << y;
    }
  }
}

TEST(BodyAroundPsoas, OrgansLieWhereReferencesPlaceThem) {
  // The ureter crosses the iliac vessels near the end of the common iliac artery, in front.
  for (const char* side : kSides) {
    SCOPED_TRACE(side);
    const std::string s = side;
    const Shape ureter("ureter_" + s, s), common("common_iliac_artery_" + s, s),
        external("external_iliac_artery_" + s, s);
    const glm::vec3 bifurcation = common.lowest();
    double nearest = 1e9;
    glm::vec3 at(0.0f);
    for (const auto& v : ureter.vertices)
      if (glm::distance(v, bifurcation) < nearest) nearest = glm::distance(v, bifurcation), at = v;
    std::printf("%s ureter passes %.1f mm from the common iliac bifurcation\n", side, nearest);
    EXPECT_LT(nearest, 20.0);
    const auto u = ureter.centreAt(bifurcation.y), a = common.centreAt(bifurcation.y + 4.0f);
    ASSERT_TRUE(u && a);
    EXPECT_GT(u->z, a->z) << "in front of the vessels";
  }
  const Shape left("kidney_left"), right("kidney_right", "right");
  EXPECT_LT(right.centroid().y, left.centroid().y - 5.0f) << "the right kidney lies lower";
  // Caecum in the right iliac fossa in front of the iliacus; sigmoid colon on the left.
  const Shape caecum("caecum"), iliacusRight("iliacus_right"), sigmoid("sigmoid_colon");
  const glm::vec3 c = caecum.centroid(), i = iliacusRight.centroid();
  EXPECT_LT(c.x, -40.0f);
  EXPECT_NEAR(c.x, i.x, 30.0f);
  EXPECT_GT(c.z, i.z);
  EXPECT_GT(sigmoid.centroid().x, 0.0f);
  const glm::vec3 asisRight = model().landmark("asis_right", model().rest());
  double toAsis = 1e9;
  for (const auto& v : caecum.vertices)
    toAsis = std::min<double>(toAsis, glm::distance(v, asisRight));
  std::printf("caecum %.1f mm from the right ASIS (BodyParts3D: 22.0)\n", toAsis);
  EXPECT_NEAR(toAsis, 22.0, 10.0);
}

TEST(BodyAroundPsoas, NervesAndVesselsStayOutOfBone) {
  std::vector<std::unique_ptr<Shape>> bones;
  for (const Structure& s : model().index().structures)
    if (s.layer == "bones") bones.push_back(std::make_unique<Shape>(s.id));
  for (const Structure& s : model().index().structures) {
    if (s.layer != "nerves" && s.layer != "vessels") continue;
    const Shape tube(s.id);
    int inside = 0;
    for (const auto& v : tube.vertices)
      for (const auto& b : bones)
        if (b->contains(v)) {
          ++inside;
          break;
        }
    EXPECT_LE(inside, static_cast<int>(tube.vertices.size() / 100)) << s.id;
  }
}
}  // namespace pe::test
