// Drawing the state's scene: the one path the viewer and the screenshot command share.
#pragma once
#include <vector>

#include "render/SceneRenderer.h"
#include "ui/ViewerState.h"

namespace pe {
// What the renderer draws each node with: the structure view, and the contraction tint.
std::vector<NodeAppearance> viewAppearance(const ViewerState& state);

// Draws the document (or an empty scene) as the state shows it into `target` and finishes
// the image (`smooth`: anti-aliased as the settings say; moving frames skip it).
void drawScene(SceneRenderer& renderer, const ViewerState& state, const OrbitCamera& camera,
               RenderTarget& target, bool smooth = true);
}  // namespace pe
