#include "ui/ViewFileDialog.h"

#include <cstring>

#include <imgui.h>

namespace pe {
void openViewFileDialog(ViewerState& state, bool saving) {
  ViewFileDialogState& d = state.viewDialog;
  d.open = true;
  d.saving = saving;
  if (!d.path[0]) std::strncpy(d.path, "view.json", sizeof d.path - 1);
}

void drawViewFileDialog(ViewerState& state) {
  ViewFileDialogState& d = state.viewDialog;
  if (!d.open) return;
  ImGui::SetNextWindowSize(ImVec2(520, 0), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin(d.saving ? "Save view###viewfile" : "Open view###viewfile", &d.open))
    return ImGui::End();
  ImGui::TextDisabled(d.saving ? "Writes the pose, what is shown and the camera as JSON."
                               : "Opens a view saved by this app (--save-view or Save view).");
  if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
  const bool enter =
      ImGui::InputText("File", d.path, sizeof d.path, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(d.saving ? "Save" : "Open") || enter) && d.path[0]) {
    (d.saving ? state.requests.saveView : state.requests.openView) = std::string(d.path);
    d.open = false;
  }
  ImGui::End();
}
}  // namespace pe
