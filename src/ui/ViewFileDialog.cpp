#include "ui/ViewFileDialog.h"

#include <cstring>

#include <imgui.h>

namespace pe {
void openViewFileDialog(ViewerState& state, bool saving) {
  ViewFileDialogState& d = state.viewDialog;
  d.open = true;
  d.saving = saving;
  d.lesson = false;
  std::strncpy(d.path, "view.json", sizeof d.path - 1);
}

void openLessonDialog(ViewerState& state, bool saving) {
  ViewFileDialogState& d = state.viewDialog;
  d.open = true;
  d.saving = saving;
  d.lesson = true;
  const std::string& path = state.lesson.path;
  std::strncpy(d.path, path.empty() ? "lesson.json" : path.c_str(), sizeof d.path - 1);
}

void drawViewFileDialog(ViewerState& state) {
  ViewFileDialogState& d = state.viewDialog;
  if (!d.open) return;
  ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_FirstUseEver);
  const char* title = d.lesson ? (d.saving ? "Save lesson###viewfile" : "Open lesson###viewfile")
                               : (d.saving ? "Save view###viewfile" : "Open view###viewfile");
  if (!ImGui::Begin(title, &d.open)) return ImGui::End();
  if (d.lesson)
    ImGui::TextDisabled(d.saving
                            ? "Writes the lesson's steps as JSON (assets/lessons/README.md)."
                            : "Opens a lesson file (the built-in ones are in assets/lessons).");
  else
    ImGui::TextDisabled(d.saving ? "Writes the pose, what is shown and the camera as JSON."
                                 : "Opens a view saved by this app (--save-view or Save view).");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter =
      ImGui::InputText("File", d.path, sizeof d.path, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(d.saving ? "Save" : "Open") || enter) && d.path[0]) {
    if (d.lesson)
      (d.saving ? state.requests.saveLesson : state.requests.openLesson) = std::string(d.path);
    else
      (d.saving ? state.requests.saveView : state.requests.openView) = std::string(d.path);
    d.open = false;
  }
  ImGui::End();
}
}  // namespace pe
