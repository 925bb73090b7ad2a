// Every sample renders a non-empty image; animated samples change between two times.
#include <gtest/gtest.h>

#include "RenderHelpers.h"
#include "TestSupport.h"
#include "io/GltfFile.h"
#include "scene/MeshOptimization.h"

namespace pe {
TEST(SampleRender, EverySampleDrawsSomething) {
  PE_REQUIRE_SHARED();
  int rendered = 0;
  for (const std::string& f : test::sampleModels()) {
    if (f.find("Draco") != std::string::npos) continue;  // unsupported extension, refused on load
    PosedModel posed(std::make_unique<Model>(loadGltfFile(f)));
    RgbaImage image = test::renderPosed(posed, 160, 120);
    EXPECT_GT(test::coveredFraction(image), 0.002) << f << " rendered an empty image";
    ++rendered;
  }
  EXPECT_GT(rendered, 20);
}

TEST(SampleRender, AnimatedSamplesChangeOverTime) {
  PE_REQUIRE_SHARED();
  int animated = 0;
  for (const std::string& f : test::sampleModels()) {
    if (f.find("Draco") != std::string::npos) continue;
    PosedModel posed(std::make_unique<Model>(loadGltfFile(f)));
    if (posed.model()->clips.empty()) continue;
    // Three times, since a back-and-forth motion can pass the same pose at two of them.
    const float duration = posed.clipDuration();
    std::vector<RgbaImage> frames;
    for (float fraction : {0.2f, 0.45f, 0.7f}) {
      posed.setTime(duration * fraction);
      frames.push_back(test::renderPosed(posed, 160, 120));
    }
    double changed = 0;
    for (size_t a = 0; a < frames.size(); ++a)
      for (size_t b = a + 1; b < frames.size(); ++b)
        changed = std::max(changed, test::compareImages(frames[a], frames[b], 16).fractionOver);
    EXPECT_GT(changed, 0.001) << f << ": frames at 20%, 45% and 70% of the clip look the same";
    ++animated;
  }
  EXPECT_GE(animated, 8);
}

TEST(SampleRender, SimplifiedLevelLooksLikeTheFullMesh) {
  // A smooth bumpy sphere of 80,000 triangles, as anatomy is.
  auto model = std::make_unique<Model>();
  Primitive p;
  const int rings = 200, segments = 200;
  for (int r = 0; r <= rings; ++r)
    for (int s = 0; s <= segments; ++s) {
      const float theta = 3.14159265f * r / rings, phi = 6.2831853f * s / segments;
      const glm::vec3 n(std::sin(theta) * std::cos(phi), std::cos(theta),
                        std::sin(theta) * std::sin(phi));
      p.positions.push_back(n * (1.0f + 0.05f * std::sin(5 * theta) * std::sin(4 * phi)));
      p.normals.push_back(n);
      p.bounds.add(p.positions.back());
    }
  for (int r = 0; r < rings; ++r)
    for (int s = 0; s < segments; ++s) {
      const uint32_t a = r * (segments + 1) + s, b = a + segments + 1;
      p.indices.insert(p.indices.end(), {a, b, a + 1, b, b + 1, a + 1});
    }
  model->meshes.push_back(Mesh{"sphere", {p}, {}, {}});
  model->nodes.push_back(Node{});
  model->nodes[0].mesh = 0;
  ASSERT_GT(buildDetailLevels(*model, 20000), 40000u);
  PosedModel posed(std::move(model));
  const RgbaImage full = test::renderPosed(posed, 200, 200, ViewPreset::Anterior, false, 0.0f);
  const RgbaImage coarse = test::renderPosed(posed, 200, 200, ViewPreset::Anterior, true);
  EXPECT_GT(test::coveredFraction(coarse), 0.15);
  EXPECT_NEAR(test::coveredFraction(coarse), test::coveredFraction(full), 0.01);
  // Same silhouette and shading to within a few levels, except along a thin edge band.
  const test::ImageDiff diff = test::compareImages(full, coarse, 24);
  EXPECT_LT(diff.fractionOver, 0.03);
  EXPECT_LT(diff.meanDifference, 3.0);
}
}  // namespace pe
