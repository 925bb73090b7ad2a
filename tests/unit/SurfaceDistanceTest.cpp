// The measure issue 3 holds the generated anatomy to, checked against known answers and
// calibrated on the BodyParts3D reference itself.
#include <cstring>
#include <random>

#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/StlFile.h"
#include "scene/SurfaceDistance.h"

namespace pe {
namespace {
TriangleMesh unitCube() {
  TriangleMesh m;
  const glm::vec3 n[6] = {{1, 0, 0}, {-1, 0, 0}, {0, 1, 0}, {0, -1, 0}, {0, 0, 1}, {0, 0, -1}};
  for (const glm::vec3& f : n) {
    const glm::vec3 u = std::abs(f.y) > 0.5f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0),
                    v = glm::cross(f, u);
    const glm::vec3 a = 0.5f * (f - u - v), b = 0.5f * (f + u - v), c = 0.5f * (f + u + v),
                    d = 0.5f * (f - u + v);
    m.corners.insert(m.corners.end(), {a, b, c, a, c, d});
  }
  return m;
}

glm::vec3 centroid(const TriangleMesh& m) {
  glm::dvec3 s(0.0);
  for (const glm::vec3& c : m.corners) s += glm::dvec3(c);
  return glm::vec3(s / double(m.corners.size()));
}

std::string stl(const std::string& fma) {
  return test::sharedDir() + "/reference/bodyparts3d/stl/" + fma + ".stl";
}
}  // namespace

TEST(SurfaceDistance, KnownAnswersOnACube) {
  const TriangleMesh cube = unitCube();
  EXPECT_NEAR(cube.area(), 6.0, 1e-6);
  EXPECT_NEAR(symmetricSurfaceDistance(cube, cube).mean, 0.0, 1e-6);
  // Scaled by 1.2 about its centre, every face moves out by 0.1; edges and corners a bit more.
  const TriangleMesh bigger = cube.transformed(glm::scale(glm::mat4(1.0f), glm::vec3(1.2f)));
  const DistanceStats s = symmetricSurfaceDistance(cube, bigger);
  EXPECT_NEAR(s.mean, 0.1, 0.01);
  EXPECT_LE(s.max, 0.1f * std::sqrt(3.0f) + 1e-4);
  const ClosestPointIndex index(cube);
  EXPECT_NEAR(index.distance({2, 0, 0}), 1.5, 1e-6);
  EXPECT_NEAR(index.distance({1.5f, 1.5f, 0.0f}), std::sqrt(2.0), 1e-6);
  EXPECT_NEAR(index.distance({0.1f, 0.2f, 0.0f}), 0.3, 1e-6);  // inside: to the nearest face
}

TEST(SurfaceDistance, RigidAlignmentRecoversRotationAndTranslation) {
  std::mt19937 rng(3);
  std::uniform_real_distribution<float> u(-0.2f, 0.2f);
  std::vector<glm::vec3> from;
  for (int i = 0; i < 8; ++i) from.push_back({u(rng), u(rng), u(rng)});
  const glm::mat4 truth =
      glm::rotate(glm::translate(glm::mat4(1.0f), glm::vec3(0.3f, -0.1f, 0.05f)), 2.4f,
                  glm::normalize(glm::vec3(1, -2, 0.5f)));
  std::vector<glm::vec3> to;
  for (const glm::vec3& p : from) to.push_back(glm::vec3(truth * glm::vec4(p, 1.0f)));
  const glm::mat4 found = rigidAlignment(from, to);
  for (const glm::vec3& p : from)
    EXPECT_LT(
        glm::length(glm::vec3(found * glm::vec4(p, 1.0f)) - glm::vec3(truth * glm::vec4(p, 1.0f))),
        1e-5f);
}

TEST(SurfaceDistance, CalibratedOnTheReferenceVertebrae) {
  PE_REQUIRE_SHARED();
  // Issue 3 states that the real L4 laid on the real L3 differs by 2.3 mm; with the centroids
  // put together, this measure gives the same.
  const TriangleMesh l3 = loadStlFile(stl("FMA13074")), l4 = loadStlFile(stl("FMA13075"));
  const glm::mat4 lay = glm::translate(glm::mat4(1.0f), centroid(l3) - centroid(l4));
  const DistanceStats s = symmetricSurfaceDistance(l4.transformed(lay), l3);
  EXPECT_NEAR(s.mean, 2.3, 0.15);
  EXPECT_LT(s.p95, 3 * s.mean);
  // The reference is nearly symmetric: the left femur mirrored onto the right.
  const TriangleMesh right = loadStlFile(stl("FMA24474")), left = loadStlFile(stl("FMA24475"));
  EXPECT_LT(symmetricSurfaceDistance(
                left.transformed(glm::scale(glm::mat4(1.0f), glm::vec3(-1, 1, 1))), right)
                .mean,
            1.5);
}

TEST(SurfaceDistance, BadStlFilesAreRefusedWithTheReason) {
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/ascii.stl",
                  "solid x\nfacet normal 0 0 1\nendsolid x\n" + std::string(80, ' '));
  std::string truncated(84, '\0');
  const uint32_t count = 10;
  std::memcpy(&truncated[80], &count, 4);
  test::writeFile(dir + "/short.stl", truncated + std::string(100, '\0'));
  std::string nan(84 + 50, '\0');
  const uint32_t one = 1;
  const float bad = std::nanf("");
  std::memcpy(&nan[80], &one, 4);
  std::memcpy(&nan[84 + 12], &bad, 4);
  test::writeFile(dir + "/nan.stl", nan);
  for (auto [file, words] : {std::pair<const char*, const char*>{"/ascii.stl", "ASCII"},
                             {"/short.stl", "declares 10"},
                             {"/nan.stl", "NaN"},
                             {"/missing.stl", "not found"}}) {
    try {
      loadStlFile(dir + file);
      ADD_FAILURE() << file;
    } catch (const FileError& e) {
      EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
    }
  }
}
}  // namespace pe
