// Every key and mouse control of the viewer in one table: the viewer maps keys to actions with
// it, and the F1 help window and the controls part of --help are written from it. Plain data
// (GLFW's key codes), so every layer above core can read it.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace pe {
enum class Action {
  OpenFile,
  OpenView,
  SaveView,
  AddBookmark,
  Quit,
  FrameVisible,
  ResetView,
  ViewAnterior,
  ViewPosterior,
  ViewLeft,
  ViewRight,
  ViewSuperior,
  ViewInferior,
  PlayPause,
  ClearSelection,
  GhostOthers,
  HideSelection,
  IsolateSelection,
  ShowAll,
  Labels,
  OpenLesson,
  SaveLesson,
  NextStep,
  PreviousStep,
  AddStep,
  UpdateStep,
  DeleteStep,
  MoveStepEarlier,
  MoveStepLater,
  EditLesson,
  Present,
  Sidebar,
  Help,
};

struct KeyBinding {
  Action action;
  int key;                  // GLFW key code
  int keypadKey;            // a second key (the keypad's digit), or -1
  bool ctrl;                // with Ctrl held
  const char* keys;         // as shown to people: "Ctrl+O", "1"
  const char* description;  // what it does
  bool shift = false;       // with Shift held
};

const std::vector<KeyBinding>& keyBindings();
// The binding that triggers an action (for menus that show the shortcut).
const KeyBinding& bindingFor(Action action);

// Presenter mode has its own keys, several for each action: what presentation clickers send
// (Page Down, Page Up, B or '.') besides the arrows and Space.
enum class PresenterAction {
  Next,
  Previous,
  First,
  Last,
  Blank,
  Laser,
  Pen,
  ClearPen,
  Theme,
  Reveal,
  Leave
};
struct PresenterBinding {
  PresenterAction action;
  std::vector<int> keys;    // GLFW key codes
  const char* keysText;     // "Right, Page Down, Space"
  const char* description;  // what it does
};
const std::vector<PresenterBinding>& presenterBindings();

// The mouse controls, as "what: does what" pairs.
struct MouseControl {
  const char* gesture;
  const char* description;
};
const std::vector<MouseControl>& mouseControls();

// Lines for --help: the mouse controls, then every key, indented, 80 columns.
std::string controlsHelpText();
}  // namespace pe
