// Draws name labels with leader lines over the 3D view, laid out without overlaps. The same
// code serves the viewer and --screenshot --labels (ImGui runs offscreen there).
#pragma once
#include <vector>

#include "geometry/LabelAnchors.h"
#include "scene/LabelLayout.h"

struct ImDrawList;

namespace pe {
// Lays out and draws labels for the anchors; returns what was placed (for tests and logs).
std::vector<PlacedLabel> drawLabels(ImDrawList* drawList, const std::vector<LabelAnchor>& anchors,
                                    const StructureIndex& index, glm::vec2 viewport,
                                    glm::vec2 modelXRange);
}  // namespace pe
