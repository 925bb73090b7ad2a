#include "core/KeyBindings.h"

// Only GLFW's key codes: no window and no OpenGL here.
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include <algorithm>
#include <cassert>

namespace pe {
const std::vector<KeyBinding>& keyBindings() {
  static const std::vector<KeyBinding> bindings = {
      {Action::OpenFile, GLFW_KEY_O, -1, true, "Ctrl+O", "open a model file"},
      {Action::OpenView, GLFW_KEY_K, -1, true, "Ctrl+K", "open a saved view file"},
      {Action::SaveView, GLFW_KEY_S, -1, true, "Ctrl+S", "save the view to a file"},
      {Action::AddBookmark, GLFW_KEY_B, -1, true, "Ctrl+B", "bookmark the view (Views panel)"},
#ifndef __EMSCRIPTEN__  // a page is closed by the browser
      {Action::Quit, GLFW_KEY_Q, -1, true, "Ctrl+Q", "quit"},
#endif
      {Action::FrameVisible, GLFW_KEY_F, -1, false, "F", "frame what is visible"},
      {Action::ResetView, GLFW_KEY_R, -1, false, "R", "reset the view"},
      {Action::ViewAnterior, GLFW_KEY_1, GLFW_KEY_KP_1, false, "1", "anterior view"},
      {Action::ViewPosterior, GLFW_KEY_2, GLFW_KEY_KP_2, false, "2", "posterior view"},
      {Action::ViewLeft, GLFW_KEY_3, GLFW_KEY_KP_3, false, "3", "left lateral view"},
      {Action::ViewRight, GLFW_KEY_4, GLFW_KEY_KP_4, false, "4", "right lateral view"},
      {Action::ViewSuperior, GLFW_KEY_5, GLFW_KEY_KP_5, false, "5", "superior view"},
      {Action::ViewInferior, GLFW_KEY_6, GLFW_KEY_KP_6, false, "6", "inferior view"},
      {Action::PlayPause, GLFW_KEY_SPACE, -1, false, "Space", "play or pause the animation"},
      {Action::ClearSelection, GLFW_KEY_ESCAPE, -1, false, "Esc", "clear the selection"},
      {Action::GhostOthers, GLFW_KEY_G, -1, false, "G", "ghost (x-ray) all but the selection"},
      {Action::HideSelection, GLFW_KEY_H, -1, false, "H", "hide the selection"},
      {Action::IsolateSelection, GLFW_KEY_I, -1, false, "I", "isolate the selection and frame it"},
      {Action::ShowAll, GLFW_KEY_A, -1, false, "A", "show all"},
      {Action::Labels, GLFW_KEY_L, -1, false, "L", "name labels on or off"},
      {Action::OpenLesson, GLFW_KEY_L, -1, true, "Ctrl+L", "open a lesson file (Lesson tab)"},
      {Action::SaveLesson, GLFW_KEY_S, -1, true, "Ctrl+Shift+S", "save the lesson", true},
      {Action::NextStep, GLFW_KEY_PAGE_DOWN, -1, false, "Page Down", "next lesson step"},
      {Action::PreviousStep, GLFW_KEY_PAGE_UP, -1, false, "Page Up", "previous lesson step"},
      {Action::AddStep, GLFW_KEY_INSERT, -1, false, "Insert",
       "add the current view as a lesson step after this one"},
      {Action::UpdateStep, GLFW_KEY_U, -1, true, "Ctrl+U", "give this step the current view"},
      {Action::DeleteStep, GLFW_KEY_DELETE, -1, true, "Ctrl+Delete", "delete this lesson step"},
      {Action::MoveStepEarlier, GLFW_KEY_PAGE_UP, -1, true, "Ctrl+Page Up",
       "move this step earlier"},
      {Action::MoveStepLater, GLFW_KEY_PAGE_DOWN, -1, true, "Ctrl+Page Down",
       "move this step later"},
      {Action::EditLesson, GLFW_KEY_E, -1, true, "Ctrl+E",
       "edit the step's title, text and notes (Tab moves between them)"},
      {Action::Present, GLFW_KEY_F5, -1, false, "F5", "present the lesson (full screen)"},
      {Action::Sidebar, GLFW_KEY_TAB, -1, true, "Ctrl+Tab", "show or hide the sidebar"},
      {Action::Help, GLFW_KEY_F1, -1, false, "F1", "this list of controls"},
  };
  return bindings;
}

const KeyBinding& bindingFor(Action action) {
  for (const KeyBinding& b : keyBindings())
    if (b.action == action) return b;
  assert(false && "every action has a key");
  return keyBindings().front();
}

const std::vector<PresenterBinding>& presenterBindings() {
  static const std::vector<PresenterBinding> bindings = {
      {PresenterAction::Next,
       {GLFW_KEY_RIGHT, GLFW_KEY_PAGE_DOWN, GLFW_KEY_SPACE, GLFW_KEY_DOWN, GLFW_KEY_ENTER},
       "Right, Page Down, Space, Down, Enter",
       "next step"},
      {PresenterAction::Previous,
       {GLFW_KEY_LEFT, GLFW_KEY_PAGE_UP, GLFW_KEY_UP, GLFW_KEY_BACKSPACE},
       "Left, Page Up, Up, Backspace",
       "previous step"},
      {PresenterAction::First, {GLFW_KEY_HOME}, "Home", "first step"},
      {PresenterAction::Last, {GLFW_KEY_END}, "End", "last step"},
      {PresenterAction::Blank,
       {GLFW_KEY_B, GLFW_KEY_PERIOD},
       "B, .",
       "blank the screen, or show it again"},
      {PresenterAction::Laser, {GLFW_KEY_L}, "L", "laser pointer at the mouse on or off"},
      {PresenterAction::Pen, {GLFW_KEY_P}, "P", "pen on or off: drag to draw on the view"},
      {PresenterAction::ClearPen, {GLFW_KEY_E}, "E", "erase the drawing"},
      {PresenterAction::Theme, {GLFW_KEY_T}, "T", "light or dark projector theme"},
      {PresenterAction::Reveal, {GLFW_KEY_A}, "A", "show the answer to the step's question"},
      {PresenterAction::Leave, {GLFW_KEY_ESCAPE, GLFW_KEY_F5}, "Esc, F5", "leave presenter mode"},
  };
  return bindings;
}

const std::vector<MouseControl>& mouseControls() {
  static const std::vector<MouseControl> controls = {
      {"Left drag", "orbit around the model"},
      {"Left drag on a femur", "flex or extend that hip (Pose panel)"},
      {"Right or middle drag", "pan"},
      {"Wheel", "zoom toward the cursor"},
      {"Double-click", "centre on the point under the cursor"},
      {"Click", "select a structure"},
  };
  return controls;
}

std::string controlsHelpText() {
  std::string out;
  auto line = [&out](const std::string& what, const char* does) {
    std::string left = "  " + what;
    left.resize(std::max<size_t>(left.size() + 2, 25), ' ');
    out += left + does + "\n";
  };
  for (const MouseControl& m : mouseControls()) line(m.gesture, m.description);
  for (const KeyBinding& b : keyBindings()) line(b.keys, b.description);
  out += "In presenter mode (F5, --present LESSON):\n";
  for (const PresenterBinding& b : presenterBindings()) line(b.keysText, b.description);
  return out;
}
}  // namespace pe
