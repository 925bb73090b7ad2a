#include "ui/ViewsPanel.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <utility>

#include <imgui.h>

#include "core/KeyBindings.h"

namespace pe {
namespace {
void startRenaming(BookmarkState& b, int i) {
  b.renaming = i;
  std::strncpy(b.name, b.file.bookmarks[i].name.c_str(), sizeof b.name - 1);
  b.name[sizeof b.name - 1] = '\0';
}

// One bookmark's row; returns what to do with it afterwards (0 nothing, -1 delete, 2/3 up/down).
int drawRow(ViewerState& state, int i) {
  BookmarkState& b = state.bookmarks;
  ViewBookmark& bookmark = b.file.bookmarks[i];
  ImGui::PushID(i);
  int action = 0;
  // The buttons at the right end of the row: Rename, up, delete; measured, so a larger text
  // size (projector) still fits.
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttons = ImGui::CalcTextSize("Rename").x + ImGui::CalcTextSize("Delete").x +
                        4.0f * style.FramePadding.x + ImGui::GetFrameHeight() +
                        3.0f * style.ItemSpacing.x;
  if (b.renaming == i) {
    ImGui::SetNextItemWidth(-buttons);
    if (ImGui::IsWindowFocused() && !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
    if (ImGui::InputText(
            "##name", b.name, sizeof b.name,
            ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll)) {
      if (b.name[0]) bookmark.name = b.name;
      b.renaming = -1;
      state.requests.bookmarksChanged = true;
    }
  } else if (ImGui::Selectable(
                 bookmark.name.c_str(), false, ImGuiSelectableFlags_AllowItemOverlap,
                 ImVec2(std::max(ImGui::GetContentRegionAvail().x - buttons, 40.0f), 0))) {
    state.requests.showView = bookmark.view;
  }
  if (ImGui::IsItemHovered() && b.renaming != i) ImGui::SetTooltip("Fly to this view");
  ImGui::SameLine(
      std::max(ImGui::GetWindowContentRegionMax().x - buttons + style.ItemSpacing.x, 50.0f));
  if (ImGui::SmallButton("Rename")) startRenaming(b, i);
  ImGui::SameLine();
  if (ImGui::ArrowButton("up", ImGuiDir_Up)) action = 2;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Move up");
  ImGui::SameLine();
  if (ImGui::SmallButton("Delete")) action = -1;
  ImGui::PopID();
  return action;
}
}  // namespace

void drawViewsPanel(ViewerState& state) {
  if (!state.settings.ui.showViewsPanel) return;
  ImGui::SetNextWindowPos(ImVec2(360, 420), ImGuiCond_FirstUseEver);
  ImGui::SetNextWindowSize(ImVec2(320, 240), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Views", &state.settings.ui.showViewsPanel)) return ImGui::End();
  BookmarkState& b = state.bookmarks;
  char add[64];
  std::snprintf(add, sizeof add, "Bookmark this view (%s)", bindingFor(Action::AddBookmark).keys);
  if (ImGui::Button(add, ImVec2(-1, 0))) state.requests.addBookmark = true;
  if (b.path.empty()) ImGui::TextDisabled("Not kept: no settings folder (--no-settings).");
  if (b.file.bookmarks.empty())
    ImGui::TextDisabled("No bookmarks yet. A click on one flies there.");
  int remove = -1, moveUp = -1;
  for (int i = 0; i < static_cast<int>(b.file.bookmarks.size()); ++i) {
    const int action = drawRow(state, i);
    if (action == -1) remove = i;
    if (action == 2) moveUp = i;
  }
  if (remove >= 0) {
    b.file.bookmarks.erase(b.file.bookmarks.begin() + remove);
    b.renaming = -1;
    state.requests.bookmarksChanged = true;
  }
  if (moveUp > 0) {
    std::swap(b.file.bookmarks[moveUp], b.file.bookmarks[moveUp - 1]);
    b.renaming = -1;
    state.requests.bookmarksChanged = true;
  }
  ImGui::End();
}
}  // namespace pe
