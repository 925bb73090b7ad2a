// The Lesson tab: open a lesson (the built-in ones are listed), its steps with next and
// previous and progress, the step's text with its sources, its task with feedback and the
// score; and authoring: add the current view as a step, edit title, text and notes, reorder,
// delete, save. Drawing only: what it asks for goes into state.requests.
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawLessonContents(ViewerState& state);
// "Step 3 of 12"; "" when no step is shown.
std::string stepIndicator(const LessonState& lesson);
// Tasks answered right, and tasks in the lesson.
struct LessonScore {
  int right = 0, answered = 0, tasks = 0;
};
LessonScore lessonScore(const LessonState& lesson);
}  // namespace pe
