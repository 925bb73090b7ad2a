// Places name labels in two columns beside the model, each joined to its anchor by a leader
// line, so that no two labels overlap and no two leader lines cross.
#pragma once
#include <vector>

#include <glm/vec2.hpp>

namespace pe {
struct LabelRequest {
  int id = 0;           // caller's key (structure index)
  glm::vec2 anchor{0};  // screen pixels, y down
  glm::vec2 size{0};    // text box size in pixels
};

struct PlacedLabel {
  int id = 0;
  glm::vec2 anchor{0};
  glm::vec2 min{0}, max{0};  // the label's box
  glm::vec2 lineEnd{0};      // where the leader line meets the box
};

struct LabelLayoutOptions {
  float margin = 24.0f;  // between the outermost anchor and the label column
  float spacing = 4.0f;  // vertical gap between labels
  float border = 4.0f;   // keep-out band at the viewport edges
  float left = 0.0f;     // the viewport's part left of this x is covered (sidebar, slide text)
  float top = 0.0f;      // and above this y (the menu bar)
  // Screen x range the model covers; columns start outside it (else outside the anchors).
  float modelLeft = 1e30f, modelRight = -1e30f;
};

// Labels that do not fit the viewport height are left out (fewest first from the crowded side).
std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, glm::vec2 viewport,
                                      const LabelLayoutOptions& options = {});

// True when the boxes of any two labels intersect.
bool labelsOverlap(const std::vector<PlacedLabel>& labels);

// True when the leader lines (anchor to lineEnd) of any two labels cross.
bool leaderLinesCross(const std::vector<PlacedLabel>& labels);
}  // namespace pe
