// Presenter mode: the window goes full screen on the chosen monitor, the panels give way to
// the lesson's text in a projector theme, and the keys are those of presentation clickers.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

#include "app/LessonTasks.h"
#include "app/Viewer.h"
#include "core/Log.h"

namespace pe {
namespace {
#ifndef __EMSCRIPTEN__
GLFWmonitor* chosenMonitor(int wanted) {
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  if (count <= 0) return nullptr;
  return monitors[std::clamp(wanted, 0, count - 1)];
}
#endif
}  // namespace

// The monitors' names for the Lesson tab's choice, looked at once a second (a projector may be
// plugged in while the app runs).
void Viewer::listMonitors() {
  const double now = glfwGetTime();
  if (now - monitorsListedAt_ < 1.0) return;
  monitorsListedAt_ = now;
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  auto& names = state_.lesson.monitors;
  names.clear();
  for (int i = 0; i < count; ++i) {
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    const char* name = glfwGetMonitorName(monitors[i]);
    names.push_back(
        std::to_string(i + 1) + ": " + (name ? name : "monitor") +
        (mode ? " (" + std::to_string(mode->width) + "x" + std::to_string(mode->height) + ")"
              : ""));
  }
}

void Viewer::setPresenter(bool on) {
  PresenterState& p = state_.lesson.presenter;
  if (on == p.active) return;
  if (on && (!state_.lesson.open || state_.lesson.lesson.steps.empty())) {
    state_.errorMessage = "Presenter mode shows a lesson: open one first (Lesson tab, Ctrl+L).";
    return;
  }
#ifdef __EMSCRIPTEN__
  setBrowserFullscreen(on);  // the browser's full screen; the canvas follows the page
#else
  if (on) {
    glfwGetWindowPos(window_, &windowedFrame_[0], &windowedFrame_[1]);
    glfwGetWindowSize(window_, &windowedFrame_[2], &windowedFrame_[3]);
    GLFWmonitor* monitor = chosenMonitor(state_.settings.ui.presenterMonitor);
    if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr)
      glfwSetWindowMonitor(window_, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  } else {
    glfwSetWindowMonitor(window_, nullptr, windowedFrame_[0], windowedFrame_[1],
                         std::max(windowedFrame_[2], 200), std::max(windowedFrame_[3], 150), 0);
  }
#endif
  if (!on) glfwSetInputMode(window_, GLFW_CURSOR, GLFW_CURSOR_NORMAL);
  p = PresenterState();
  p.active = on;
  p.stepStartedAt = glfwGetTime();
  logInfo(on ? "presenter mode" : "presenter mode left");
  reframeFrames_ = 3;  // the window's size settles over a few frames
}

// Presenter keys, the pen and the laser. Returns true when the camera moved.
bool Viewer::applyPresenterInput() {
  LessonState& l = state_.lesson;
  PresenterState& p = l.presenter;
  ImGuiIO& io = ImGui::GetIO();
  for (const PresenterBinding& b : presenterBindings()) {
    // Holding next or previous steps on, as a clicker's held button does; the toggles act once
    // per press (F5 held from entering must not leave at once).
    const bool repeat = b.action == PresenterAction::Next || b.action == PresenterAction::Previous;
    if (!std::any_of(b.keys.begin(), b.keys.end(),
                     [this, repeat](int key) { return keyPressed(key, false, false, repeat); }))
      continue;
    const int last = static_cast<int>(l.lesson.steps.size()) - 1;
    switch (b.action) {
      case PresenterAction::Next:
        if (l.step < last) goToStep(l.step + 1);
        break;
      case PresenterAction::Previous:
        if (l.step > 0) goToStep(l.step - 1);
        break;
      case PresenterAction::First:
        goToStep(0);
        break;
      case PresenterAction::Last:
        goToStep(last);
        break;
      case PresenterAction::Blank:
        p.blank = !p.blank;
        break;
      case PresenterAction::Laser:
        p.laser = !p.laser, p.pen = false;
        break;
      case PresenterAction::Pen:
        p.pen = !p.pen, p.laser = false;
        break;
      case PresenterAction::ClearPen:
        p.strokes.clear();
        break;
      case PresenterAction::Theme:
        state_.settings.ui.presenterLight = !state_.settings.ui.presenterLight;
        break;
      case PresenterAction::Reveal:
        if (l.step >= 0 && l.lesson.steps[l.step].task)
          p.revealed = p.revealed.empty()
                           ? "Answer: " + answerInWords(*l.lesson.steps[l.step].task,
                                                        state_.muscles, state_.structures.index())
                           : "";
        break;
      case PresenterAction::Leave:
        setPresenter(false);
        return false;
    }
  }
  glfwSetInputMode(window_, GLFW_CURSOR, p.laser ? GLFW_CURSOR_HIDDEN : GLFW_CURSOR_NORMAL);
  if (!p.pen) return false;
  // The pen: a press starts a stroke, dragging extends it.
  const glm::vec2 cursor(io.MousePos.x, io.MousePos.y);
  if (ImGui::IsMouseClicked(0))
    p.strokes.push_back({cursor});
  else if (io.MouseDown[0] && !p.strokes.empty() && p.strokes.back().back() != cursor)
    p.strokes.back().push_back(cursor);
  return false;
}
}  // namespace pe
