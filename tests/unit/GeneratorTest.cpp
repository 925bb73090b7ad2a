// The generator's parts on small inputs: the measurement table and its errors, the mesher on
// shapes with known answers, sweeps, and the GLB writer's output read back by the app's loader.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "TestSupport.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "gen/GlbWriter.h"
#include "gen/MeasurementTable.h"
#include "gen/SurfaceMesher.h"
#include "gen/Sweep.h"
#include "io/GltfFile.h"

namespace pe::gen {
namespace {
const char* kTable = R"(# comment
source  ref   A reference book
a.width   12.5        mm   ref   # trailing comment
a.point   1,2,3       mm   ref
a.size    4,5         mm   ref
a.angle   30          deg  ref
a.ratio   0.5         ratio ref
)";

size_t openEdges(const GenMesh& m) {
  std::map<std::pair<uint32_t, uint32_t>, int> edges;
  for (size_t t = 0; t + 2 < m.indices.size(); t += 3)
    for (int k = 0; k < 3; ++k) {
      const uint32_t a = m.indices[t + k], b = m.indices[t + (k + 1) % 3];
      ++edges[{std::min(a, b), std::max(a, b)}];
    }
  size_t open = 0;
  for (const auto& [e, n] : edges) open += n % 2;
  return open;
}
}  // namespace

TEST(MeasurementTable, ReadsNumbersPointsAndUnits) {
  const MeasurementTable t = MeasurementTable::parse(kTable, "table.txt");
  EXPECT_DOUBLE_EQ(t.mm("a.width"), 12.5);
  EXPECT_EQ(t.point("a.point"), glm::vec3(1, 2, 3));
  EXPECT_EQ(t.size("a.size"), glm::vec2(4, 5));
  EXPECT_DOUBLE_EQ(t.deg("a.angle"), 30.0);
  EXPECT_DOUBLE_EQ(t.number("a.ratio"), 0.5);
  EXPECT_EQ(t.sources().at("ref"), "A reference book");
  EXPECT_TRUE(t.unused().empty());
}

TEST(MeasurementTable, ProblemsNameTheFileTheLineAndTheRow) {
  struct Case {
    std::string text, words;
  };
  for (const Case& c : {Case{"source r R\nx 1 mm r extra\n", "line 2"},
                        Case{"source r R\nx 1 furlong r\n", "unknown unit"},
                        Case{"x 1 mm nowhere\n", "source 'nowhere' is not declared"},
                        Case{"source r R\nx 1 mm r\nx 2 mm r\n", "given twice"},
                        Case{"source r R\nx 1,a mm r\n", "not a number"},
                        Case{"source r R\nx nan mm r\n", "not a number"},
                        Case{"source r\n", "needs a key and a citation"}}) {
    try {
      MeasurementTable::parse(c.text, "bad.txt");
      ADD_FAILURE() << "accepted: " << c.text;
    } catch (const FileError& e) {
      EXPECT_EQ(std::string(e.what()).rfind("bad.txt", 0), 0u) << e.what();
      EXPECT_NE(std::string(e.what()).find(c.words), std::string::npos) << e.what();
    }
  }
  const MeasurementTable t = MeasurementTable::parse(kTable, "table.txt");
  EXPECT_THROW(t.mm("missing"), FileError);
  EXPECT_THROW(t.mm("a.point"), FileError);   // a point, not a number
  EXPECT_THROW(t.deg("a.width"), FileError);  // millimetres, not degrees
  EXPECT_EQ(t.unused().size(), 5u);           // reads that failed do not count as uses
}

TEST(SurfaceMesher, SphereIsClosedAccurateAndOutward) {
  Shape sphere;
  sphere.field = [](const glm::vec3& p) { return sdSphere(p, glm::vec3(1, 2, 3), 10.0f); };
  sphere.bounds.add(glm::vec3(-9, -8, -7));
  sphere.bounds.add(glm::vec3(11, 12, 13));
  const GenMesh m = meshShape(sphere, {0.5f, 3000, 0.05f});
  EXPECT_LE(m.triangleCount(), 3000u);
  EXPECT_EQ(openEdges(m), 0u);
  const double exact = 4.0 / 3.0 * 3.14159265358979 * 1000.0;
  EXPECT_NEAR(enclosedVolume(m) / exact, 1.0, 0.02);  // positive: faces point outwards
  for (const auto& p : m.positions) EXPECT_NEAR(glm::length(p - glm::vec3(1, 2, 3)), 10.0f, 0.05f);
  for (size_t i = 0; i < m.positions.size(); ++i)
    EXPECT_GT(glm::dot(m.normals[i], glm::normalize(m.positions[i] - glm::vec3(1, 2, 3))), 0.999f);
}

TEST(SurfaceMesher, AShapeOutgrowingItsBoundsIsAnError) {
  Shape big;
  big.field = [](const glm::vec3& p) { return sdSphere(p, glm::vec3(0.0f), 20.0f); };
  big.bounds.add(glm::vec3(-5.0f));
  big.bounds.add(glm::vec3(5.0f));
  EXPECT_THROW(meshShape(big, {1.0f, 0, 0.1f}), std::runtime_error);
}

TEST(SurfaceMesher, SameShapeSameMesh) {
  Shape s;
  s.field = [](const glm::vec3& p) {
    return smoothUnion(sdCapsule(p, glm::vec3(0), glm::vec3(20, 5, 0), 4.0f),
                       sdSphere(p, glm::vec3(20, 5, 0), 7.0f), 3.0f);
  };
  s.bounds.add(glm::vec3(-10));
  s.bounds.add(glm::vec3(35));
  const GenMesh a = meshShape(s, {0.7f, 1500, 0.1f}), b = meshShape(s, {0.7f, 1500, 0.1f});
  EXPECT_EQ(a.indices, b.indices);
  EXPECT_EQ(a.positions, b.positions);
}

TEST(Sweep, EllipticalSectionsAndPathParameter) {
  const Sweep sweep(
      {{glm::vec3(0, 0, 0), 10, 5}, {glm::vec3(0, 50, 0), 10, 5}, {glm::vec3(0, 100, 0), 10, 5}},
      glm::vec3(1, 0, 0));
  EXPECT_NEAR(sweep.distance(glm::vec3(10, 50, 0)), 0.0f, 0.05f);  // half-width along the hint
  EXPECT_NEAR(sweep.distance(glm::vec3(0, 50, 5)), 0.0f, 0.05f);   // half-depth across it
  EXPECT_LT(sweep.distance(glm::vec3(0, 50, 0)), -4.0f);
  EXPECT_NEAR(sweep.distance(glm::vec3(30, 50, 0)), 20.0f, 0.5f);
  EXPECT_NEAR(sweep.parameter(glm::vec3(3, 25, 0)), 0.25f, 0.01f);
  EXPECT_NEAR(sweep.length(), 100.0f, 0.1f);
}

TEST(GlbWriter, WritesAFileTheLoaderReads) {
  GlbWriter glb;
  auto& doc = glb.json();
  const std::vector<glm::vec3> positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}};
  const std::vector<glm::vec3> normals(3, glm::vec3(0, 0, 1));
  doc["meshes"].push_back(
      {{"primitives",
        {{{"attributes",
           {{"POSITION", glb.addVec3(positions, true)}, {"NORMAL", glb.addVec3(normals, false)}}},
          {"indices", glb.addIndices({0, 1, 2})}}}}});
  doc["nodes"].push_back({{"name", "tri"}, {"mesh", 0}, {"extras", {{"id", "tri"}}}});
  doc["scenes"].push_back({{"nodes", {0}}});
  doc["scene"] = 0;
  const std::string path = test::makeTempDir() + "/tri.glb";
  writeFileAtomically(path, glb.bytes());
  const Model model = loadGltfFile(path);
  ASSERT_EQ(model.meshes.size(), 1u);
  EXPECT_EQ(model.meshes[0].primitives[0].positions, positions);
  EXPECT_EQ(model.nodes[0].extras.at("id"), "tri");
  EXPECT_EQ(glb.bytes(), glb.bytes());
}
}  // namespace pe::gen

namespace pe::gen {
TEST(StableTrig, AgreesWithTheLibraryToFloatPrecision) {
  for (int i = -2000; i <= 2000; ++i) {
    const float x = 0.00731f * static_cast<float>(i) * static_cast<float>(i % 7 + 1);
    EXPECT_NEAR(stableSin(x), std::sin(x), 2e-6f) << x;
    EXPECT_NEAR(stableCos(x), std::cos(x), 2e-6f) << x;
  }
  // The arc tangent in every quadrant, on the axes and near them.
  for (int i = -40; i <= 40; ++i)
    for (int j = -40; j <= 40; ++j) {
      const float y = 0.37f * static_cast<float>(i) * static_cast<float>(std::abs(i) % 5 + 1),
                  x = 0.29f * static_cast<float>(j);
      if (x == 0.0f && y == 0.0f) continue;
      EXPECT_NEAR(stableAtan2(y, x), std::atan2(y, x), 2e-6f) << y << ", " << x;
    }
}
}  // namespace pe::gen
