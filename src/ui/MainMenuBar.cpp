#include "ui/MainMenuBar.h"

#include <imgui.h>

#include "core/KeyBindings.h"
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
}  // namespace

void drawMainMenuBar(ViewerState& state) {
  if (!ImGui::BeginMainMenuBar()) return;
  if (ImGui::BeginMenu("File")) {
    if (ImGui::MenuItem("Open...", bindingFor(Action::OpenFile).keys)) state.openDialog.open = true;
    ImGui::Separator();
    if (ImGui::MenuItem("Quit", bindingFor(Action::Quit).keys)) state.requests.quit = true;
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
    ImGui::MenuItem("Model", nullptr, &state.settings.ui.showModelPanel);
    ImGui::MenuItem("Animation", nullptr, &state.settings.ui.showAnimationPanel);
    ImGui::MenuItem("Pose", nullptr, &state.settings.ui.showPosePanel);
    ImGui::MenuItem("Muscle lengths", nullptr, &state.settings.ui.showMusclePanel);
    ImGui::MenuItem("Layers", nullptr, &state.settings.ui.showLayersPanel);
    ImGui::MenuItem("Info", nullptr, &state.settings.ui.showInfoPanel);
    ImGui::MenuItem("Cross-section", nullptr, &state.settings.ui.showCrossSectionPanel);
    ImGui::MenuItem("Views", nullptr, &state.settings.ui.showViewsPanel);
    ImGui::EndMenu();
  }
  if (ImGui::BeginMenu("Help")) {
    ImGui::MenuItem("Controls", bindingFor(Action::Help).keys, &state.showHelp);
    ImGui::EndMenu();
  }
  ImGui::EndMainMenuBar();
}
}  // namespace pe
