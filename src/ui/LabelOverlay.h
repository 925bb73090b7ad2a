// Draws name labels with leader lines over the 3D view, laid out without overlaps. The same
// code serves the viewer and --screenshot --labels (ImGui runs offscreen there).
#pragma once
#include <vector>

#include "geometry/LabelAnchors.h"
#include "scene/LabelLayout.h"

struct ImDrawList;

namespace pe {
// Lays out and draws labels for the anchors in the current font; returns what was placed (for
// tests and logs). `coveredLeftTop`: the width at the left and height at the top that panels
// cover, kept free of labels.
std::vector<PlacedLabel> drawLabels(ImDrawList* drawList, const std::vector<LabelAnchor>& anchors,
                                    const StructureIndex& index, glm::vec2 viewport,
                                    glm::vec2 modelXRange, glm::vec2 coveredLeftTop = {0, 0},
                                    bool light = false);
}  // namespace pe
