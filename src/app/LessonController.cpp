// The viewer's lesson: opening one (its ids checked against the model), going from step to
// step (each step a view, flown to), answering its tasks, and editing it (add the current
// view as a step, update, delete, reorder, save atomically).
#include <GLFW/glfw3.h>

#include <algorithm>

#include "app/LessonTasks.h"
#include "app/Viewer.h"
#include "core/Error.h"
#include "core/Log.h"
#include "ui/Sidebar.h"

namespace pe {
void Viewer::showProblems(const std::vector<std::string>& problems, const std::string& what) {
  for (const std::string& p : problems) logError(p);
  if (!problems.empty())
    state_.errorMessage =
        what + problems.front() +
        (problems.size() > 1 ? " (and " + std::to_string(problems.size() - 1) + " more)" : "");
}

std::vector<std::string> Viewer::lessonProblems(const Lesson& lesson) const {
  const std::string& path = state_.lesson.path;
  return lessonModelProblems(lesson, path.empty() ? "the lesson" : path, state_.structures.index(),
                             state_.content ? &*state_.content : nullptr, state_.muscles);
}

void Viewer::openLesson(const std::string& path, int step, bool present, bool showStep) {
  LessonState& l = state_.lesson;
  try {
    std::vector<std::string> warnings;
    Lesson lesson = readLessonFile(path, warnings);
    for (const std::string& w : warnings) logWarning(w);
    l.path = path;
    l.problems = lessonProblems(lesson);
    showProblems(l.problems, "Lesson: ");
    l.lesson = std::move(lesson);
    l.open = true;
    l.dirty = false;
    l.editing = false;
    l.answers.assign(l.lesson.steps.size(), LessonAnswer());
    l.step = -1;
    state_.settings.ui.sidebarTab = kLessonTab, state_.settings.ui.showSidebar = true;
    logInfo("lesson " + path + ": " + std::to_string(l.lesson.steps.size()) + " steps");
    if (!l.lesson.steps.empty()) {
      const int at = std::clamp(step, 0, static_cast<int>(l.lesson.steps.size()) - 1);
      if (showStep) {
        goToStep(at);
      } else {  // the view is shown already: the step starts unanswered all the same
        l.step = at;
        const auto& task = l.lesson.steps[at].task;
        if (task && task->kind == LessonTask::Kind::Identify) state_.structures.selected.reset();
        lastSelected_ = state_.structures.selected;
        l.presenter.stepStartedAt = glfwGetTime();
      }
    }
    if (present) setPresenter(true);
  } catch (const FileError& e) {
    // The lesson that was open stays open.
    logError(e.what());
    state_.errorMessage = std::string("Could not open the lesson: ") + e.what();
  }
}

void Viewer::goToStep(int step) {
  LessonState& l = state_.lesson;
  if (!l.open || l.lesson.steps.empty()) return;
  l.step = std::clamp(step, 0, static_cast<int>(l.lesson.steps.size()) - 1);
  const LessonStep& s = l.lesson.steps[l.step];
  showView(s.view, s.transitionSeconds);
  // A task starts unanswered by the view: nothing picked, nothing chosen.
  if (s.task && s.task->kind == LessonTask::Kind::Identify) state_.structures.selected.reset();
  lastSelected_ = state_.structures.selected;
  l.choice = -1;
  l.measureMm = 0.0f;
  l.presenter.strokes.clear();
  l.presenter.revealed.clear();
  l.presenter.stepStartedAt = glfwGetTime();
  logDebug("lesson step " + std::to_string(l.step + 1) + " of " +
           std::to_string(l.lesson.steps.size()) + ": " + s.title);
}

void Viewer::applyLessonRequests(UiRequests& r) {
  LessonState& l = state_.lesson;
  // Unsaved edits are never dropped without the user's word (the Lesson tab asks).
  if (r.discardLessonChanges) {
    l.dirty = false;
    if (l.pendingOpen) r.openLesson = l.pendingOpen;
    r.newLesson = r.newLesson || l.pendingNew;
    l.pendingOpen.reset();
    l.pendingNew = false;
  }
  if (r.addLessonStep && !l.open) r.newLesson = true;  // the first step starts a lesson
  if (l.dirty && (r.openLesson || r.newLesson)) {
    l.pendingOpen = r.openLesson;
    l.pendingNew = r.newLesson;
    r.openLesson.reset();
    r.newLesson = false;
    r.addLessonStep = false;
    r.lessonStep.reset();  // a step of the lesson asked for, not of this one
    state_.settings.ui.sidebarTab = kLessonTab, state_.settings.ui.showSidebar = true;
  }
  if (r.openLesson) openLesson(*r.openLesson);
  if (r.newLesson) {
    const auto builtIn = std::move(l.builtIn);
    l = LessonState();
    l.builtIn = builtIn;
    l.open = true;
    l.editing = true;
    l.lesson.title = "New lesson";
    state_.settings.ui.sidebarTab = kLessonTab, state_.settings.ui.showSidebar = true;
  }
  if (r.togglePresenter) setPresenter(!l.presenter.active);
  if (!l.open) return;
  if (r.lessonStep) goToStep(*r.lessonStep);
  editLesson(r);
  answerLesson(r);
  checkPickedAnswer();
  if (r.saveLesson) saveLesson(*r.saveLesson);
}

// Written atomically. A text longer than a lesson file may hold is refused with its step named,
// and the lesson stays in the app to be shortened.
void Viewer::saveLesson(const std::string& path) {
  LessonState& l = state_.lesson;
  for (size_t i = 0; i < l.lesson.steps.size(); ++i) {
    const LessonStep& s = l.lesson.steps[i];
    for (const std::string* text : {&s.title, &s.text, &s.notes})
      if (text->size() > kMaxLessonTextBytes) {
        state_.errorMessage = "Not saved: step " + std::to_string(i + 1) + " has a text over " +
                              std::to_string(kMaxLessonTextBytes / 1024) + " KB";
        return;
      }
  }
  try {
    writeLessonFile(path, l.lesson);
    l.path = path;
    l.dirty = false;
    l.pendingOpen.reset();
    l.pendingNew = false;
    l.status = "Saved to " + l.path + ".";
    logInfo("lesson saved to " + l.path);
#ifdef __EMSCRIPTEN__
    offerDownload(l.path);
#endif
  } catch (const FileError& e) {
    logError(e.what());
    state_.errorMessage = std::string("Could not save the lesson: ") + e.what();
  }
}

// Authoring: every change marks the lesson as changed; nothing is written until saved.
void Viewer::editLesson(UiRequests& r) {
  LessonState& l = state_.lesson;
  auto& steps = l.lesson.steps;
  if (r.addLessonStep) {
    LessonStep step;
    const int at = l.step < 0 ? static_cast<int>(steps.size()) : l.step + 1;
    step.title = "Step " + std::to_string(at + 1);
    step.view = currentView();
    steps.insert(steps.begin() + at, std::move(step));
    l.answers.insert(l.answers.begin() + at, LessonAnswer());
    l.step = at;
    l.dirty = true;
  }
  if (r.updateLessonStepView && l.step >= 0) {
    steps[l.step].view = currentView();
    l.dirty = true;
  }
  if (r.deleteLessonStep && l.step >= 0) {
    steps.erase(steps.begin() + l.step);
    l.answers.erase(l.answers.begin() + l.step);
    l.step = std::min(l.step, static_cast<int>(steps.size()) - 1);
    l.dirty = true;
  }
  if (r.moveLessonStep != 0 && l.step >= 0) {
    const int to = l.step + r.moveLessonStep;
    if (to >= 0 && to < static_cast<int>(steps.size())) {
      std::swap(steps[l.step], steps[to]);
      std::swap(l.answers[l.step], l.answers[to]);
      l.step = to;
      l.dirty = true;
    }
  }
}

void Viewer::answerLesson(UiRequests& r) {
  LessonState& l = state_.lesson;
  if (l.step < 0 || !l.lesson.steps[l.step].task || (!r.lessonAnswer && !r.lessonMeasureMm)) return;
  const LessonTask& task = *l.lesson.steps[l.step].task;
  LessonAnswer& answer = l.answers[l.step];
  TaskResult result;
  if (task.kind == LessonTask::Kind::Choice && r.lessonAnswer) {
    result = checkChoice(task, *r.lessonAnswer);
  } else if (task.kind == LessonTask::Kind::Measure) {
    const MeasuredAnswer measured = measureTask(task, state_.muscles);
    const float value = r.lessonMeasureMm ? *r.lessonMeasureMm : float(r.lessonAnswer.value_or(-1));
    result = checkMeasure(task, measured, value, state_.structures.index());
  } else {
    return;
  }
  if (!answer.answered) answer.correct = result.correct;  // the first answer scores
  answer.answered = true;
  ++answer.attempts;
  answer.feedback = result.feedback;
}

// An identify task is answered by clicking a structure in the view.
void Viewer::checkPickedAnswer() {
  LessonState& l = state_.lesson;
  const auto selected = state_.structures.selected;
  const bool changed = selected != lastSelected_;
  lastSelected_ = selected;
  if (!changed || !selected || l.step < 0) return;
  const auto& task = l.lesson.steps[l.step].task;
  if (!task || task->kind != LessonTask::Kind::Identify) return;
  const Structure& s = state_.structures.index().structures[*selected];
  const TaskResult result = checkIdentify(*task, s.id, s.name);
  LessonAnswer& answer = l.answers[l.step];
  if (!answer.answered) answer.correct = result.correct;
  answer.answered = true;
  ++answer.attempts;
  answer.feedback = result.feedback;
  if (l.presenter.active) l.presenter.revealed = result.feedback;  // clicked in front of the room
}
}  // namespace pe
