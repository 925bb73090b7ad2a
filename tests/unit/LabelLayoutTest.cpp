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

TEST(LabelLayout, LeaderLinesDoNotCross) {
  // Anchors crowded near the bottom at different depths: the labels are pushed up the columns,
  // where lines from deep anchors would cross those from shallow ones in anchor order.
  for (unsigned seed = 1; seed <= 20; ++seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> x(300, 700), y(450, 590);
    std::vector<LabelRequest> requests;
    for (int i = 0; i < 24; ++i) requests.push_back({i, {x(rng), y(rng)}, {80, 16}});
    const auto labels = layoutLabels(requests, {1000, 600});
    EXPECT_EQ(labels.size(), requests.size());
    EXPECT_FALSE(labelsOverlap(labels)) << "seed " << seed;
    EXPECT_FALSE(leaderLinesCross(labels)) << "seed " << seed;
  }
}

// The crossing check itself: an X crosses, lines that share an end or run apart do not.
TEST(LabelLayout, CrossingIsFoundWhereLinesCross) {
  PlacedLabel a, b;
  a.anchor = {0, 0}, a.lineEnd = {10, 10};
  b.anchor = {0, 10}, b.lineEnd = {10, 0};
  EXPECT_TRUE(leaderLinesCross({a, b}));
  b.anchor = {0, 20}, b.lineEnd = {10, 30};
  EXPECT_FALSE(leaderLinesCross({a, b}));
  b.anchor = {10, 10}, b.lineEnd = {20, 0};
  EXPECT_FALSE(leaderLinesCross({a, b})) << "touching at an end";
}

TEST(LabelLayout, TooManyLabelsForTheHeightAreThinnedNotStacked) {
  std::vector<LabelRequest> requests;
  for (int i = 0; i < 200; ++i)
    requests.push_back({i, {300.0f + (i % 2) * 10, 100.0f + i}, {60, 20}});
  const auto labels = layoutLabels(requests, {800, 400});
  EXPECT_LT(labels.size(), requests.size());
  EXPECT_GT(labels.size(), 20u);
  EXPECT_FALSE(labelsOverlap(labels));
  // What is dropped is dropped whole: each label kept is one of the requests, once, with its
  // own anchor; and the columns are full (another 60 x 20 label would not fit either column).
  std::vector<int> seen(requests.size(), 0);
  for (const PlacedLabel& l : labels) {
    ASSERT_GE(l.id, 0);
    ASSERT_LT(l.id, 200);
    EXPECT_EQ(++seen[l.id], 1) << "label " << l.id << " placed twice";
    EXPECT_EQ(l.anchor, requests[l.id].anchor);
  }
  const size_t perColumn = static_cast<size_t>((400 - 2 * 4 + 4) / (20 + 4));
  EXPECT_GE(labels.size(), 2 * perColumn - 2) << "columns left half empty";
  EXPECT_LE(labels.size(), 2 * perColumn);
}

// The overlap check itself finds overlaps: touching boxes are apart, crossing ones are not.
TEST(LabelLayout, OverlapIsFoundWhereBoxesCross) {
  PlacedLabel a, b;
  a.min = {0, 0}, a.max = {100, 20};
  b.min = {0, 20}, b.max = {100, 40};
  EXPECT_FALSE(labelsOverlap({a, b})) << "boxes that only touch";
  b.min = {90, 10}, b.max = {190, 30};
  EXPECT_TRUE(labelsOverlap({a, b})) << "a corner inside the other box";
  b.min = {-10, 5}, b.max = {200, 15};
  EXPECT_TRUE(labelsOverlap({a, b})) << "a box across the other, no corner inside";
  PlacedLabel c;
  c.min = {300, 300}, c.max = {310, 310};
  EXPECT_TRUE(labelsOverlap({c, a, b})) << "the overlapping pair among others";
}
}  // namespace pe
