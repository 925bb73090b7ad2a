#include "ui/PresenterOverlay.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "ui/LessonPanel.h"
#include "ui/RichText.h"
#include "ui/UiFont.h"

namespace pe {
namespace {
struct Theme {
  ImU32 panel, text, dim, accent, blank;
};
// High contrast both ways: white on near-black, near-black on white.
Theme themeOf(bool light) {
  if (light)
    return {IM_COL32(255, 255, 255, 240), IM_COL32(10, 10, 10, 255), IM_COL32(70, 70, 70, 255),
            IM_COL32(0, 90, 181, 255), IM_COL32(255, 255, 255, 255)};
  return {IM_COL32(8, 9, 12, 225), IM_COL32(255, 255, 255, 255), IM_COL32(185, 190, 200, 255),
          IM_COL32(255, 194, 10, 255), IM_COL32(0, 0, 0, 255)};
}

std::string clock(double seconds) {
  const int s = static_cast<int>(std::max(seconds, 0.0));
  char text[16];
  std::snprintf(text, sizeof text, "%d:%02d", s / 60, s % 60);
  return text;
}

void drawTaskForRoom(const ViewerState& state, const LessonTask& task, const TextStyle& style,
                     float width) {
  const LessonState& l = state.lesson;
  ResolvedText prompt;
  prompt.blocks.push_back({false, {{task.prompt, true}}});
  ImGui::Dummy(ImVec2(1, style.regular->FontSize * style.scale * 0.5f));
  drawRichText(prompt, style, width);
  const std::vector<std::string> options = taskOptions(task, state.structures.index());
  ResolvedText list;
  for (size_t i = 0; i < options.size(); ++i)
    list.blocks.push_back({true, {{std::string(1, char('A' + i)) + ". " + options[i], false}}});
  drawRichText(list, style, width);
  // The room sees the answer only when the presenter reveals it (A), not what was answered
  // in the Lesson tab before presenting.
  if (!l.presenter.revealed.empty()) {
    ResolvedText feedback;
    feedback.blocks.push_back({false, {{l.presenter.revealed, false}}});
    TextStyle accent = style;
    accent.colour = themeOf(state.settings.ui.presenterLight).accent;
    drawRichText(feedback, accent, width);
  }
}
// The step's title, text, question and sources in a column at the left.
void drawTextColumn(const ViewerState& state, const Theme& theme, glm::vec2 window, float column) {
  const LessonState& l = state.lesson;
  const UiFonts& fonts = uiFonts();
  const float body = presenterBodyPixels(window.y);
  // drawRichText multiplies by the UI's text size setting; presenter sizes follow the screen.
  const float scale = body / (fonts.slide->FontSize * ImGui::GetIO().FontGlobalScale);
  const float margin = body * 0.9f;
  const LessonStep& step = l.lesson.steps[l.step];
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImVec2(column, window.y));
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::ColorConvertU32ToFloat4(theme.panel));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
  ImGui::Begin("##presenter", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoInputs |
                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
  const float width = column - 2.0f * margin;
  ResolvedText title;
  title.blocks.push_back({false, {{step.title, true}}});
  drawRichText(title, {fonts.slideTitle, fonts.slideTitle, scale, theme.text}, width);
  ImGui::Dummy(ImVec2(1, body * 0.4f));
  std::vector<std::string> citations;
  const ResolvedText text =
      resolveLessonText(step.text, state.content ? &*state.content : nullptr, citations);
  const TextStyle style{fonts.slide, fonts.slideBold, scale, theme.text};
  drawRichText(text, style, width);
  if (step.task) drawTaskForRoom(state, *step.task, style, width);
  if (!citations.empty()) {
    // Sources in smaller type at the foot of the column, as on a slide; when they do not fit
    // below the text, where to find them.
    ImGui::Dummy(ImVec2(1, body * 0.5f));
    std::string line;
    for (size_t i = 0; i < citations.size(); ++i)
      line += (i ? "  " : "") + std::to_string(i + 1) + ". " + citations[i];
    const float small = body * 0.55f;
    const float needed = fonts.slide->CalcTextSizeA(small, 1e9f, width, line.c_str()).y * 1.3f;
    if (ImGui::GetCursorPosY() + needed > window.y - margin)
      line = "Sources 1-" + std::to_string(citations.size()) +
             ": in the Lesson tab and the lesson's handout.";
    ResolvedText sources;
    sources.blocks.push_back({false, {{line, false}}});
    drawRichText(sources, {fonts.slide, fonts.slide, scale * 0.55f, theme.dim}, width);
  }
  ImGui::End();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}
}  // namespace

float presenterBodyPixels(float windowHeight) {
  return 32.0f * std::max(windowHeight, 1.0f) / 1080.0f;
}

float presenterColumnWidth(const ViewerState& state, glm::vec2 window) {
  const LessonState& l = state.lesson;
  if (!l.open || l.step < 0) return 0.0f;
  const LessonStep& step = l.lesson.steps[l.step];
  if (step.text.empty() && step.title.empty() && !step.task) return 0.0f;
  return std::round(window.x * 0.38f);
}

void drawPresenter(const ViewerState& state, glm::vec2 window, glm::vec2 cursor, double now) {
  const LessonState& l = state.lesson;
  const PresenterState& p = l.presenter;
  const Theme theme = themeOf(state.settings.ui.presenterLight);
  ImDrawList* front = ImGui::GetForegroundDrawList();
  if (p.blank) {
    front->AddRectFilled(ImVec2(0, 0), ImVec2(window.x, window.y), theme.blank);
    return;
  }
  const UiFonts& fonts = uiFonts();
  const float body = presenterBodyPixels(window.y);
  // drawRichText multiplies by the UI's text size setting; presenter sizes follow the screen.
  const float column = presenterColumnWidth(state, window);
  const float margin = body * 0.9f;
  if (column > 0.0f) drawTextColumn(state, theme, window, column);
  // The pen's strokes over the view.
  ImDrawList* back = ImGui::GetBackgroundDrawList();
  for (const auto& stroke : p.strokes)
    for (size_t i = 1; i < stroke.size(); ++i)
      back->AddLine(ImVec2(stroke[i - 1].x, stroke[i - 1].y), ImVec2(stroke[i].x, stroke[i].y),
                    theme.accent, std::max(3.0f, body * 0.14f));
  // Step indicator and timers at the bottom right, at body size.
  const std::string status = stepIndicator(l) + "   " + clock(now - p.stepStartedAt);
  const float statusSize = body * 0.75f;
  const ImVec2 extent = fonts.slide->CalcTextSizeA(statusSize, 1e9f, 0.0f, status.c_str());
  const ImVec2 at(window.x - extent.x - margin, window.y - extent.y - margin * 0.6f);
  front->AddRectFilled(ImVec2(at.x - 10, at.y - 6),
                       ImVec2(at.x + extent.x + 10, at.y + extent.y + 6), theme.panel, 6.0f);
  front->AddText(fonts.slide, statusSize, at, theme.text, status.c_str());
  if (p.laser) {
    const ImVec2 c(cursor.x, cursor.y);
    front->AddCircleFilled(c, body * 0.55f, IM_COL32(255, 30, 30, 70));
    front->AddCircleFilled(c, body * 0.22f, IM_COL32(255, 30, 30, 255));
  }
}
}  // namespace pe
