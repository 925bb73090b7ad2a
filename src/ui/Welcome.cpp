#include "ui/Welcome.h"

#include <imgui.h>

#include "ui/Sidebar.h"
#include "ui/UiFont.h"

namespace pe {
namespace {
// The built-in tour's step on finding the ASIS, when the tour is there.
void findThePsoas(ViewerState& state) {
  for (const auto& lesson : state.lesson.builtIn)
    if (lesson.path.find("psoas-in-20-minutes") != std::string::npos) {
      state.requests.openLesson = lesson.path;
      state.requests.lessonStep = kFindThePsoasStep;
    }
  state.settings.ui.sidebarTab = kLessonTab;
}

bool use(const char* button, const char* what) {
  const bool pressed = ImGui::Button(button, ImVec2(ImGui::GetFontSize() * 9.0f, 0));
  ImGui::SameLine();
  ImGui::TextWrapped("%s", what);
  return pressed;
}
}  // namespace

void drawWelcome(ViewerState& state) {
  UiSettings& ui = state.settings.ui;
  if (ui.welcomeShown) return;
  ImGui::PushFont(uiFonts().bold);
  ImGui::TextUnformatted("Welcome to Psoas Explorer");
  ImGui::PopFont();
  ImGui::TextWrapped(
      "The lumbar spine, pelvis and hips with the psoas, iliacus and quadratus "
      "lumborum, measured and sourced. It is for three things:");
  if (use("Explore", "the structures: click one to read about it (Info), flex the hips (Pose).")) {
    ui.sidebarTab = kLayersTab;
    ui.welcomeShown = true;
  }
  if (use("Find the psoas", "from the ASIS: where to press and what lies under the fingers.")) {
    findThePsoas(state);
    ui.welcomeShown = true;
  }
  if (use("Teach", "with lessons: steps of views, text and questions; F5 presents them.")) {
    ui.sidebarTab = kLessonTab;
    ui.welcomeShown = true;
  }
  if (ImGui::SmallButton("Close the welcome")) ui.welcomeShown = true;
  ImGui::Separator();
}
}  // namespace pe
