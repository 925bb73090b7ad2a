// Dear ImGui without a window, for drawing labels into offscreen images (--screenshot).
#pragma once
#include <vector>

#include "geometry/LabelAnchors.h"
#include "scene/LabelLayout.h"

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

 private:
  ImGuiContext* context_ = nullptr;
};
}  // namespace pe
