// Frames compared with reference images drawn by the same renderer on Mesa's llvmpipe, plus
// pixel checks on hand-built scenes whose correct colours are known exactly.
#include <cstdlib>
#include <filesystem>

#include <gtest/gtest.h>

#include "RenderHelpers.h"
#include "TestSupport.h"
#include "core/Error.h"
#include "io/GltfFile.h"

namespace pe {
namespace {
// llvmpipe is deterministic for one Mesa version, but another version may round edges and
// blends differently: the tolerance (TestSupport.h, ImageTolerance) allows small differences on
// edges and none that a person would see as a different picture.
void compareWithReference(const std::string& name, const RgbaImage& actual) {
  const std::string reference = std::string(PE_TEST_DIR) + "/reference/" + name + ".png";
  if (test::updateReferencesRequested()) {
    writePng(reference, actual);
    GTEST_SKIP() << "wrote " << reference;
  }
  RgbaImage expected;
  try {
    expected = readPng(reference);
  } catch (const FileError& e) {
    FAIL() << e.what() << " (run with PE_UPDATE_REFERENCES=1 to create it)";
  }
  const std::string problem = test::toleranceProblem(actual, expected);
  if (!problem.empty()) {
    const std::string out = std::filesystem::current_path().string() + "/" + name;
    writePng(out + ".actual.png", actual);
    RgbaImage d = actual;
    for (size_t i = 0; i < d.pixels.size(); i += 4)
      for (int c = 0; c < 3; ++c)
        d.pixels[i + c] = static_cast<uint8_t>(
            std::min(255, 4 * std::abs(actual.pixels[i + c] - expected.pixels[i + c])));
    writePng(out + ".diff.png", d);
    ADD_FAILURE() << name << ": " << problem << "; wrote " << out << ".actual.png and .diff.png";
  }
}

PosedModel loadSample(const std::string& relative, float time) {
  PosedModel posed(
      std::make_unique<Model>(loadGltfFile(test::sharedDir() + "/gltf-samples/" + relative)));
  posed.setTime(time);
  return posed;
}

// One square of side 2 at depth z, facing +Z, with the given material.
void addQuad(Model& m, float z, int material) {
  Primitive q;
  q.positions = {{-1, -1, z}, {1, -1, z}, {1, 1, z}, {-1, 1, z}};
  q.normals.assign(4, {0, 0, 1});
  q.indices = {0, 1, 2, 0, 2, 3};
  for (const glm::vec3& p : q.positions) q.bounds.add(p);
  q.material = material;
  m.meshes.push_back(Mesh{"quad", {q}, {}, {}});
  Node n;
  n.mesh = static_cast<int>(m.meshes.size()) - 1;
  m.nodes.push_back(n);
}

Material flat(glm::vec4 color, AlphaMode mode) {
  Material mat;
  mat.baseColorFactor = color;
  mat.alphaMode = mode;
  return mat;
}
}  // namespace

TEST(ReferenceImages, SamplesMatchTheirReferences) {
  PE_REQUIRE_SHARED();
  compareWithReference(
      "box_animated_anterior",
      test::renderPosed(loadSample("BoxAnimated/glTF-Binary/BoxAnimated.glb", 1.0f), 200, 150));
  compareWithReference("cesium_man_left",
                       test::renderPosed(loadSample("CesiumMan/glTF-Binary/CesiumMan.glb", 0.5f),
                                         200, 150, ViewPreset::Left));
  compareWithReference(
      "alpha_blend_modes",
      test::renderPosed(loadSample("AlphaBlendModeTest/glTF-Binary/AlphaBlendModeTest.glb", 0), 240,
                        120));
  compareWithReference(
      "negative_scale",
      test::renderPosed(loadSample("NegativeScaleTest/glTF-Binary/NegativeScaleTest.glb", 0), 240,
                        120));
  compareWithReference(
      "primitive_modes",
      test::renderPosed(loadSample("MeshPrimitiveModes/glTF/MeshPrimitiveModes.gltf", 0), 200,
                        150));
}

TEST(ReferenceImages, BlendedSurfaceMixesWithWhatIsBehindIt) {
  auto model = std::make_unique<Model>();
  model->materials = {flat({1, 0, 0, 1}, AlphaMode::Opaque),
                      flat({0, 0, 1, 0.5f}, AlphaMode::Blend)};
  addQuad(*model, 0.0f, 0);  // red, behind
  addQuad(*model, 0.5f, 1);  // half-transparent blue, in front
  RgbaImage image = test::renderPosed(PosedModel(std::move(model)), 64, 64);
  const uint8_t* c = test::pixelAt(image, 32, 32);
  EXPECT_GT(c[0], 60) << "red must show through";
  EXPECT_GT(c[2], 60) << "blue must be blended on top";
}

TEST(ReferenceImages, BlendedPrimitivesAreSortedBackToFront) {
  // Listed front first: without sorting, the back quad would be hidden by the depth test.
  auto model = std::make_unique<Model>();
  model->materials = {flat({0, 1, 0, 0.5f}, AlphaMode::Blend),
                      flat({1, 0, 0, 0.5f}, AlphaMode::Blend)};
  addQuad(*model, 0.5f, 0);  // green, front
  addQuad(*model, 0.0f, 1);  // red, back
  RgbaImage image = test::renderPosed(PosedModel(std::move(model)), 64, 64);
  const uint8_t* c = test::pixelAt(image, 32, 32);
  EXPECT_GT(c[0], 40) << "the back quad must be drawn first and show through";
  EXPECT_GT(c[1], c[0]) << "the front quad dominates";
}

TEST(ReferenceImages, MaskDiscardsBelowTheCutoffAndOpaqueIgnoresAlpha) {
  auto model = std::make_unique<Model>();
  model->materials = {flat({1, 0, 0, 0.3f}, AlphaMode::Mask),
                      flat({0, 1, 0, 0.0f}, AlphaMode::Opaque)};
  addQuad(*model, 0.5f, 0);  // masked out entirely (alpha 0.3 < cutoff 0.5)
  addQuad(*model, 0.0f, 1);  // opaque green despite alpha 0
  RgbaImage image = test::renderPosed(PosedModel(std::move(model)), 64, 64);
  const uint8_t* c = test::pixelAt(image, 32, 32);
  // Green (the opaque quad behind) dominates; the red masked quad left no trace.
  EXPECT_GT(c[1], 100);
  EXPECT_GT(c[1], 2 * c[0]);
  EXPECT_NEAR(c[0], c[2], 8) << "red and blue come only from the white highlight";
}

TEST(ReferenceImages, HiddenFacesAreCulledAndDoubleSidedOnesAreNot) {
  auto model = std::make_unique<Model>();
  model->materials = {flat({1, 1, 1, 1}, AlphaMode::Opaque)};
  addQuad(*model, 0.0f, 0);
  model->nodes[0].local.rotation = glm::angleAxis(3.14159265f, glm::vec3(0, 1, 0));  // faces away
  auto doubleSided = std::make_unique<Model>(*model);
  doubleSided->materials[0].doubleSided = true;
  RgbaImage culled = test::renderPosed(PosedModel(std::move(model)), 64, 64);
  RgbaImage shown = test::renderPosed(PosedModel(std::move(doubleSided)), 64, 64);
  EXPECT_LT(test::coveredFraction(culled), 0.01);
  EXPECT_GT(test::coveredFraction(shown), 0.3);
}
}  // namespace pe

namespace pe {
// The bundled model as users show it: attachments on the bones, labels, the contraction tint
// on a posed hip, a cross-section. Drawn by the app's own --screenshot.
TEST(ReferenceImages, BundledModelViewsMatchTheirReferences) {
  const std::string model = std::string(PE_TEST_DIR) + "/../assets/lumbopelvic.glb";
  const std::vector<std::pair<std::string, std::vector<std::string>>> views = {
      {"bundled_attachments", {"--layers", "bones", "--attachments", "all", "--camera", "20,10"}},
      {"bundled_labels",
       {"--labels", "--only",
        "psoas_major_left,psoas_minor_left,iliacus_left,quadratus_lumborum_left,hip_bone_left"}},
      {"bundled_contraction",
       {"--pose", "hip_flexion_left=90,hip_flexion_right=-15", "--contraction", "--hide", "skin",
        "--view", "left"}},
      {"bundled_clip", {"--clip", "sagittal:0.04", "--hide", "skin", "--camera", "60,10"}},
  };
  const std::string dir = test::makeTempDir();
  for (const auto& [name, options] : views) {
    std::vector<std::string> args = {model, "--screenshot", dir + "/" + name + ".png", "--size",
                                     "320x240"};
    args.insert(args.end(), options.begin(), options.end());
    const test::CommandResult r = test::runApp(args);
    ASSERT_EQ(r.exitCode, 0) << name << ": " << r.output;
    compareWithReference(name, readPng(dir + "/" + name + ".png"));
  }
}
}  // namespace pe
