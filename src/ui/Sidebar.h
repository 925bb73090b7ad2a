// One sidebar at the left with the tabs Layers, Info, Pose and muscles, Lesson and Palpation; it
// collapses to a thin strip (Ctrl+Tab or its button), and its width can be dragged.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
enum SidebarTab { kLayersTab = 0, kInfoTab = 1, kPoseTab = 2, kLessonTab = 3, kPalpationTab = 4 };

// Draws it below the menu bar; returns the width it covers at the left of the window, so the
// view can frame the model in what is left.
float drawSidebar(ViewerState& state);
}  // namespace pe
