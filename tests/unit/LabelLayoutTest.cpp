#include <random>

#include <gtest/gtest.h>

#include "scene/LabelLayout.h"

namespace pe {
TEST(LabelLayout, CrowdedAnchorsGetNonOverlappingLabelsBesideTheModel) {
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> x(500, 800), y(100, 700);
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 40; ++i)
    requests.push_back({i, {x(rng), y(rng)}, {90.0f + (i % 5) * 20.0f, 18.0f}});
  const glm::vec2 viewport(1280, 800);
  const auto labels = layoutLabels(requests, viewport);
  EXPECT_EQ(labels.size(), requests.size());
  EXPECT_FALSE(labelsOverlap(labels));
  for (const PlacedLabel& l : labels) {
    EXPECT_GE(l.min.x, 0);
    EXPECT_LE(l.max.x, viewport.x);
    EXPECT_GE(l.min.y, 0);
    EXPECT_LE(l.max.y, viewport.y);
    // Labels stand outside the span of the anchors, so lines run outward, not across.
    EXPECT_TRUE(l.max.x <= 500 || l.min.x >= 800) << l.min.x << ".." << l.max.x;
  }
}

TEST(LabelLayout, LeaderLinesWithinAColumnDoNotCross) {
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 12; ++i)
    requests.push_back({i, {400.0f + (i % 3), 300.0f + i * 3.0f}, {80, 16}});
  const auto labels = layoutLabels(requests, {1000, 600});
  EXPECT_FALSE(labelsOverlap(labels));
  // Sorted by anchor height, the label boxes keep the same order.
  for (const PlacedLabel& a : labels)
    for (const PlacedLabel& b : labels)
      if ((a.min.x < 400) == (b.min.x < 400) && a.anchor.y < b.anchor.y) {
        EXPECT_LT(a.min.y, b.min.y);
      }
}

TEST(LabelLayout, TooManyLabelsForTheHeightAreThinnedNotStacked) {
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 200; ++i)
    requests.push_back({i, {300.0f + (i % 2) * 10, 100.0f + i}, {60, 20}});
  const auto labels = layoutLabels(requests, {800, 400});
  EXPECT_LT(labels.size(), requests.size());
  EXPECT_GT(labels.size(), 20u);
  EXPECT_FALSE(labelsOverlap(labels));
}
}  // namespace pe
