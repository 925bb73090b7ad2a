#include "ui/Sidebar.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "core/KeyBindings.h"
#include "ui/AnimationPanel.h"
#include "ui/CrossSectionPanel.h"
#include "ui/InfoPanel.h"
#include "ui/LayersPanel.h"
#include "ui/LessonPanel.h"
#include "ui/ModelPanel.h"
#include "ui/MusclePanel.h"
#include "ui/PalpationPanel.h"
#include "ui/PosePanel.h"
#include "ui/UiFont.h"
#include "ui/Welcome.h"

namespace pe {
namespace {
constexpr ImGuiWindowFlags kFixed = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                    ImGuiWindowFlags_NoTitleBar |
                                    ImGuiWindowFlags_NoBringToFrontOnFocus;

void drawTab(ViewerState& state, const char* name, int tab, int request,
             void (*contents)(ViewerState&)) {
  const ImGuiTabItemFlags flags = request == tab ? ImGuiTabItemFlags_SetSelected : 0;
  if (!ImGui::BeginTabItem(name, nullptr, flags)) return;
  if (request < 0 || request == tab) state.shownSidebarTab = state.settings.ui.sidebarTab = tab;
  ImGui::BeginChild("contents");
  contents(state);
  ImGui::EndChild();
  ImGui::EndTabItem();
}

void layersTab(ViewerState& state) {
  drawLayersContents(state);
  ImGui::Spacing();
  if (ImGui::CollapsingHeader("Cross-section",
                              state.clip.enabled ? ImGuiTreeNodeFlags_DefaultOpen : 0))
    drawCrossSectionContents(state);
  if (ImGui::CollapsingHeader("Model file")) drawModelContents(state);
}

void poseTab(ViewerState& state) {
  drawPoseContents(state);
  ImGui::Spacing();
  if (ImGui::CollapsingHeader("Muscle lengths", ImGuiTreeNodeFlags_DefaultOpen))
    drawMuscleContents(state);
  if (ImGui::CollapsingHeader("Animation clips")) drawAnimationContents(state);
}
}  // namespace

float drawSidebar(ViewerState& state) {
  UiSettings& ui = state.settings.ui;
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  if (!ui.showSidebar) {
    // A small button at the left edge brings it back.
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + 4, vp->WorkPos.y + 4));
    ImGui::Begin("##sidebar-closed", nullptr,
                 kFixed | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoBackground);
    if (ImGui::ArrowButton("show", ImGuiDir_Right)) ui.showSidebar = true;
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Show the sidebar (%s)", bindingFor(Action::Sidebar).keys);
    ImGui::End();
    return 0.0f;
  }
  // Widths are kept at scale 1: the font's size over its size at scale 1 is the text scale
  // chosen times the screen's content scale (HiDPI).
  const float scale = ImGui::GetFontSize() / kUiFontPixels;
  const float width = std::clamp(ui.sidebarWidth * scale, 200.0f, vp->WorkSize.x * 0.6f);
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(ImVec2(width, vp->WorkSize.y), ImGuiCond_Appearing);
  ImGui::SetNextWindowSizeConstraints(ImVec2(200, vp->WorkSize.y),
                                      ImVec2(vp->WorkSize.x * 0.6f, vp->WorkSize.y));
  ImGui::Begin("Sidebar", nullptr, kFixed);
  drawWelcome(state);
  // The settings' tab differing from the one shown last frame is a request to show it (a key,
  // a lesson opening), carried out over the next frame.
  const int request = ui.sidebarTab != state.shownSidebarTab ? ui.sidebarTab : -1;
  if (ImGui::BeginTabBar("tabs", ImGuiTabBarFlags_FittingPolicyScroll)) {
    if (ImGui::TabItemButton("<", ImGuiTabItemFlags_Trailing | ImGuiTabItemFlags_NoTooltip))
      ui.showSidebar = false;
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Hide the sidebar (%s)", bindingFor(Action::Sidebar).keys);
    drawTab(state, "Layers", kLayersTab, request, layersTab);
    drawTab(state, "Info", kInfoTab, request, drawInfoContents);
    drawTab(state, "Pose and muscles", kPoseTab, request, poseTab);
    drawTab(state, "Lesson", kLessonTab, request, drawLessonContents);
    drawTab(state, "Palpation", kPalpationTab, request, drawPalpationContents);
    ImGui::EndTabBar();
  }
  // A drag of its right edge resizes it; kept in the settings at font scale 1.
  const float shown = ImGui::GetWindowSize().x;
  ui.sidebarWidth = shown / scale;
  ImGui::End();
  return ui.showSidebar ? shown : 0.0f;
}
}  // namespace pe
