#include "ui/MainMenuBar.h"

#include <imgui.h>

#include "core/KeyBindings.h"
#include "ui/Sidebar.h"
#include "ui/ViewFileDialog.h"

namespace pe {
namespace {
struct PresetItem {
  ViewPreset preset;
  const char* label;
  const char* key;
};
const PresetItem kPresets[] = {
    {ViewPreset::Anterior, "Anterior", "1"}, {ViewPreset::Posterior, "Posterior", "2"},
    {ViewPreset::Left, "Left lateral", "3"}, {ViewPreset::Right, "Right lateral", "4"},
    {ViewPreset::Superior, "Superior", "5"}, {ViewPreset::Inferior, "Inferior", "6"},
};

void drawLessonMenu(ViewerState& state) {
  if (!ImGui::BeginMenu("Lesson")) return;
  UiRequests& r = state.requests;
  LessonState& l = state.lesson;
  if (ImGui::MenuItem("Open lesson...", bindingFor(Action::OpenLesson).keys))
    openLessonDialog(state, false);
  if (!l.builtIn.empty() && ImGui::BeginMenu("Built-in lessons")) {
    for (const auto& lesson : l.builtIn)
      if (ImGui::MenuItem(lesson.title.c_str())) r.openLesson = lesson.path;
    ImGui::EndMenu();
  }
  if (ImGui::MenuItem("New lesson")) r.newLesson = true;
  if (ImGui::MenuItem("Save lesson...", bindingFor(Action::SaveLesson).keys, false, l.open))
    openLessonDialog(state, true);
  ImGui::Separator();
  if (ImGui::MenuItem("Present", bindingFor(Action::Present).keys, false, l.open))
    r.togglePresenter = true;
  if (ImGui::MenuItem("Next step", bindingFor(Action::NextStep).keys, false, l.open))
    r.lessonStep = l.step + 1;
  if (ImGui::MenuItem("Previous step", bindingFor(Action::PreviousStep).keys, false, l.open))
    r.lessonStep = l.step > 0 ? l.step - 1 : 0;
  ImGui::Separator();
  if (ImGui::MenuItem("Add this view as a step", bindingFor(Action::AddStep).keys))
    r.addLessonStep = true;
  if (ImGui::MenuItem("Edit the step", bindingFor(Action::EditLesson).keys, &l.editing, l.open))
    state.settings.ui.showSidebar = true, state.settings.ui.sidebarTab = kLessonTab;
  ImGui::EndMenu();
}
}  // namespace

void drawMainMenuBar(ViewerState& state) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open...", bindingFor(Action::OpenFile).keys)) state.openDialog.open = true;
#ifndef __EMSCRIPTEN__  // a page is closed by the browser
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", bindingFor(Action::Quit).keys)) state.requests.quit = true;
#endif
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("View")) {
    for (const PresetItem& p : kPresets)
      if (ImGui::MenuItem(p.label, p.key)) state.requests.viewPreset = p.preset;
    ImGui::Separator();
    if (ImGui::MenuItem("Frame visible", bindingFor(Action::FrameVisible).keys))
      state.requests.frameAll = true;
    if (ImGui::MenuItem("Reset view", bindingFor(Action::ResetView).keys))
      state.requests.resetView = true;
    ImGui::Separator();
    if (ImGui::MenuItem("Save view...", bindingFor(Action::SaveView).keys))
      openViewFileDialog(state, true);
    if (ImGui::MenuItem("Open view...", bindingFor(Action::OpenView).keys))
      openViewFileDialog(state, false);
    if (ImGui::MenuItem("Bookmark view", bindingFor(Action::AddBookmark).keys))
      state.requests.addBookmark = true;
    ImGui::Separator();
    ImGui::MenuItem("Labels", "L", &state.settings.ui.showLabels);
    ImGui::MenuItem("Back-face culling", nullptr, &state.settings.render.backfaceCulling);
    ImGui::MenuItem("Reduce resolution while moving", nullptr,
                    &state.settings.render.adaptiveResolution);
    ImGui::SliderFloat("Text size", &state.settings.ui.fontScale, 0.75f, 2.5f, "%.2f");
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Window")) {
    UiSettings& ui = state.settings.ui;
    ImGui::MenuItem("Sidebar", bindingFor(Action::Sidebar).keys, &ui.showSidebar);
    const char* tabs[] = {"Layers", "Info", "Pose and muscles", "Lesson", "Palpation"};
    for (int tab = 0; tab < 5; ++tab)
      if (ImGui::MenuItem(tabs[tab], nullptr, ui.showSidebar && ui.sidebarTab == tab))
        ui.showSidebar = true, ui.sidebarTab = tab;
    ImGui::Separator();
    ImGui::MenuItem("Views (bookmarks)", nullptr, &ui.showViewsPanel);
    ImGui::EndMenu();
  }
  drawLessonMenu(state);
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Controls", bindingFor(Action::Help).keys, &state.showHelp);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}
}  // namespace pe
