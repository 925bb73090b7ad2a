// Every sample model in ../shared/gltf-samples loads with the content the glTF spec gives it.
#include <algorithm>
#include <filesystem>
#include <set>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/GltfFile.h"
#include "pose/SceneBounds.h"

namespace pe {
namespace {
std::string sample(const std::string& relative) {
  return test::sharedDir() + "/gltf-samples/" + relative;
}
bool needsUnsupportedExtension(const std::string& path) {
  return path.find("Draco") != std::string::npos;
}
}  // namespace

TEST(GltfSamples, EverySampleLoadsOrNamesTheUnsupportedExtension) {
  PE_REQUIRE_SHARED();
  const auto files = test::sampleModels();
  ASSERT_GT(files.size(), 20u);
  for (const std::string& f : files) {
    if (needsUnsupportedExtension(f)) {
      try {
        loadGltfFile(f);
        ADD_FAILURE() << f << " loaded although it requires Draco";
      } catch (const FileError& e) {
        EXPECT_NE(std::string(e.what()).find("KHR_draco_mesh_compression"), std::string::npos);
      }
      continue;
    }
    EXPECT_NO_THROW({
      Model m = loadGltfFile(f);
      EXPECT_TRUE(summarize(m).bounds.valid() || m.meshes.empty()) << f;
    }) << f;
  }
}

TEST(GltfSamples, SparseAccessorOverridesTheDenseValues) {
  PE_REQUIRE_SHARED();
  Model m = loadGltfFile(sample("SimpleSparseAccessor/glTF/SimpleSparseAccessor.gltf"));
  ASSERT_EQ(m.meshes.size(), 1u);
  const Primitive& p = m.meshes[0].primitives[0];
  // Sparse indices 8, 10, 12 replace those vertices with (1,2,0), (3,3,0), (5,4,0); the
  // vertices between keep their dense values on the baseline.
  // The mesh has no normals, so its triangles were expanded for flat normals: look for the
  // substituted vertices among the corners.
  auto has = [&](glm::vec3 v) {
    return std::find(p.positions.begin(), p.positions.end(), v) != p.positions.end();
  };
  EXPECT_TRUE(has(glm::vec3(1, 2, 0)));
  EXPECT_TRUE(has(glm::vec3(3, 3, 0)));
  EXPECT_TRUE(has(glm::vec3(5, 4, 0)));
  float maxY = 0;
  for (const glm::vec3& v : p.positions) maxY = std::max(maxY, v.y);
  EXPECT_EQ(maxY, 4.0f) << "the dense grid is flat at y <= 1; only sparse values reach 4";
}

TEST(GltfSamples, InterleavedAndEmbeddedAndBinaryVariantsAgree) {
  PE_REQUIRE_SHARED();
  Model a = loadGltfFile(sample("BoxInterleaved/glTF/BoxInterleaved.gltf"));
  Model b = loadGltfFile(sample("BoxInterleaved/glTF-Binary/BoxInterleaved.glb"));
  ASSERT_EQ(a.meshes[0].primitives[0].positions.size(), b.meshes[0].primitives[0].positions.size());
  EXPECT_EQ(a.meshes[0].primitives[0].positions, b.meshes[0].primitives[0].positions);
  EXPECT_EQ(a.meshes[0].primitives[0].normals, b.meshes[0].primitives[0].normals);
}

TEST(GltfSamples, NonIndexedPrimitivesGetFlatNormals) {
  PE_REQUIRE_SHARED();
  Model m = loadGltfFile(sample("TriangleWithoutIndices/glTF/TriangleWithoutIndices.gltf"));
  const Primitive& p = m.meshes[0].primitives[0];
  EXPECT_TRUE(p.indices.empty());
  ASSERT_EQ(p.normals.size(), 3u);
  EXPECT_FLOAT_EQ(p.normals[0].z, 1.0f);
}

TEST(GltfSamples, AllPrimitiveModesAreKept) {
  PE_REQUIRE_SHARED();
  Model m = loadGltfFile(sample("MeshPrimitiveModes/glTF/MeshPrimitiveModes.gltf"));
  std::set<PrimitiveMode> modes;
  size_t triangles = 0;
  for (const Mesh& mesh : m.meshes)
    for (const Primitive& p : mesh.primitives) {
      modes.insert(p.mode);
      triangles += p.triangleCount();
    }
  // Points and the three line modes are kept as they are. The strip and fan have no normals,
  // so they are expanded to triangle lists with flat normals (glTF spec 3.7.2.1).
  EXPECT_EQ(modes, (std::set<PrimitiveMode>{PrimitiveMode::Points, PrimitiveMode::Lines,
                                            PrimitiveMode::LineLoop, PrimitiveMode::LineStrip,
                                            PrimitiveMode::Triangles}));
  // 18 list indices -> 6 triangles, a 6-index strip -> 4, an 8-index fan -> 6.
  EXPECT_EQ(triangles, 6u + 4u + 6u);
}

TEST(GltfSamples, AnimationsSkinsAndMorphsAreRead) {
  PE_REQUIRE_SHARED();
  Model fox = loadGltfFile(sample("Fox/glTF-Binary/Fox.glb"));
  EXPECT_EQ(fox.clips.size(), 3u);
  EXPECT_EQ(fox.findClip("Walk"), 1);
  EXPECT_EQ(fox.skins.size(), 1u);
  Model morph = loadGltfFile(sample("AnimatedMorphCube/glTF-Binary/AnimatedMorphCube.glb"));
  EXPECT_EQ(morph.meshes[0].primitives[0].targets.size(), 2u);
  ASSERT_EQ(morph.clips.size(), 1u);
  EXPECT_EQ(morph.clips[0].channels[0].path, AnimationPath::Weights);
  Model interp = loadGltfFile(sample("InterpolationTest/glTF-Binary/InterpolationTest.glb"));
  std::set<Interpolation> kinds;
  for (const AnimationClip& c : interp.clips)
    for (const AnimationSampler& s : c.samplers) kinds.insert(s.interpolation);
  EXPECT_EQ(kinds.size(), 3u);
}

TEST(GltfSamples, UnicodeFileNamesLoad) {
  PE_REQUIRE_SHARED();
  for (const std::string& f : test::sampleModels())
    if (f.find("Unicode") != std::string::npos) {
      EXPECT_NO_THROW(loadGltfFile(f)) << f;
    }
}
}  // namespace pe
