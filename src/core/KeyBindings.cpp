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
      {Action::Quit, GLFW_KEY_Q, -1, true, "Ctrl+Q", "quit"},
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
  return out;
}
}  // namespace pe
