// Every sample renders a non-empty image; animated samples change between two times.
#include <gtest/gtest.h>

#include "RenderHelpers.h"
#include "TestSupport.h"
#include "io/GltfFile.h"

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
}  // namespace pe
