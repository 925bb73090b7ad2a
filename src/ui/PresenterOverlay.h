// Presenter mode's picture: the step's title and text in a projector theme (dark or light,
// high contrast, body text 32 px at 1080p and in proportion on other screens) in a column at
// the left, the task's question for the room, the step indicator and timer, the pen's strokes
// and the laser pointer; B blanks everything. Drawing only.
#pragma once
#include <glm/vec2.hpp>

#include "ui/ViewerState.h"

namespace pe {
// The text column's width for a window (the view frames the model in the rest); 0 when the
// step has nothing to say.
float presenterColumnWidth(const ViewerState& state, glm::vec2 window);
// Body text size in pixels for a window height (32 at 1080).
float presenterBodyPixels(float windowHeight);
// Draws over everything; `now` in seconds (glfwGetTime), `cursor` in window pixels.
void drawPresenter(const ViewerState& state, glm::vec2 window, glm::vec2 cursor, double now);
}  // namespace pe
