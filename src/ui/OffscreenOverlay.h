// Dear ImGui without a window, for drawing labels and marks into offscreen images
// (--screenshot).
#pragma once
#include <functional>
#include <vector>

#include "geometry/LabelAnchors.h"
#include "scene/LabelLayout.h"

struct ImDrawList;
struct ImGuiContext;

namespace pe {
class OffscreenOverlay {
 public:
  // Needs a current GL context; the font size follows the image height.
  explicit OffscreenOverlay(int imageHeight);
  ~OffscreenOverlay();
  OffscreenOverlay(const OffscreenOverlay&) = delete;
  OffscreenOverlay& operator=(const OffscreenOverlay&) = delete;

  // Draws labels into the currently bound framebuffer of the given size.
  std::vector<PlacedLabel> drawLabels(const std::vector<LabelAnchor>& anchors,
                                      const StructureIndex& index, int width, int height,
                                      glm::vec2 modelXRange);
  // Draws what `paint` puts on a draw list into the currently bound framebuffer.
  void draw(int width, int height, const std::function<void(ImDrawList*)>& paint);

 private:
  ImGuiContext* context_ = nullptr;
};
}  // namespace pe
