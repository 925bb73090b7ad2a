#include "ui/LessonPanel.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "core/KeyBindings.h"
#include "ui/RichText.h"
#include "ui/UiFont.h"
#include "ui/ViewFileDialog.h"

namespace pe {
namespace {
const ImVec4 kRight(0.55f, 0.85f, 0.45f, 1.0f);
const ImVec4 kWrong(1.0f, 0.70f, 0.35f, 1.0f);

std::string label(const char* text, Action action) {
  return std::string(text) + " (" + bindingFor(action).keys + ")";
}

void drawNoLesson(ViewerState& state) {
  ImGui::TextWrapped(
      "A lesson is a sequence of views with text and questions, kept as an open "
      "JSON file you can write and share.");
  if (ImGui::Button(label("Open lesson...", Action::OpenLesson).c_str()))
    openLessonDialog(state, false);
  ImGui::SameLine();
  if (ImGui::Button("New lesson")) state.requests.newLesson = true;
  if (!state.lesson.builtIn.empty()) {
    ImGui::Spacing();
    ImGui::TextDisabled("Built-in lessons");
    for (const auto& lesson : state.lesson.builtIn)
      if (ImGui::Selectable(lesson.title.c_str())) state.requests.openLesson = lesson.path;
  }
}

void drawStepList(ViewerState& state) {
  LessonState& l = state.lesson;
  const float rows = std::min<float>(static_cast<float>(l.lesson.steps.size()), 8.0f);
  ImGui::BeginChild("steps", ImVec2(0, rows * ImGui::GetTextLineHeightWithSpacing() + 8), true);
  for (int i = 0; i < static_cast<int>(l.lesson.steps.size()); ++i) {
    const LessonStep& s = l.lesson.steps[i];
    const LessonAnswer& a = l.answers[i];
    char row[320];
    std::snprintf(row, sizeof row, "%2d. %s%s", i + 1, s.title.c_str(),
                  !s.task       ? ""
                  : !a.answered ? "  (?)"
                  : a.correct   ? "  \u2713"
                                : "  \u2717");
    ImGui::PushID(i);
    if (ImGui::Selectable(row, i == l.step)) state.requests.lessonStep = i;
    if (i == l.step && ImGui::IsWindowAppearing()) ImGui::SetScrollHereY();
    ImGui::PopID();
  }
  ImGui::EndChild();
}

void drawTask(ViewerState& state, const LessonTask& task) {
  LessonState& l = state.lesson;
  const LessonAnswer& answer = l.answers[l.step];
  ImGui::Separator();
  ImGui::PushFont(uiFonts().bold);
  ImGui::TextWrapped("%s", task.prompt.c_str());
  ImGui::PopFont();
  const std::vector<std::string> options = taskOptions(task, state.structures.index());
  switch (task.kind) {
    case LessonTask::Kind::Identify:
      ImGui::TextDisabled("Click it in the view.");
      break;
    case LessonTask::Kind::Measure:
      if (task.quantity == LessonTask::Quantity::LengthChange) {
        ImGui::SetNextItemWidth(120);
        ImGui::InputFloat("mm (negative: shortens)", &l.measureMm, 1.0f, 5.0f, "%.0f");
        if (ImGui::Button("Answer")) state.requests.lessonMeasureMm = l.measureMm;
        break;
      }
      [[fallthrough]];
    case LessonTask::Kind::Choice:
      // The option's text is drawn beside an unlabelled button, so that any text (even one
      // with "##" in it, or two alike) is shown whole and keeps its own button.
      for (int i = 0; i < static_cast<int>(options.size()); ++i) {
        ImGui::PushID(i);
        if (ImGui::RadioButton("##option", l.choice == i)) l.choice = i;
        ImGui::SameLine();
        ImGui::TextWrapped("%c. %s", 'A' + i, options[i].c_str());
        ImGui::PopID();
      }
      ImGui::BeginDisabled(l.choice < 0);
      if (ImGui::Button("Answer")) state.requests.lessonAnswer = l.choice;
      ImGui::EndDisabled();
      break;
  }
  if (answer.answered) {
    ImGui::PushStyleColor(ImGuiCol_Text, answer.correct ? kRight : kWrong);
    ImGui::TextWrapped("%s", answer.feedback.c_str());
    ImGui::PopStyleColor();
  }
}

void drawEditor(ViewerState& state) {
  LessonState& l = state.lesson;
  UiRequests& r = state.requests;
  ImGui::Separator();
  ImGui::TextDisabled("Editing (Tab moves between the fields)");
  if (inputString("Lesson title", l.lesson.title)) l.dirty = true;
  if (inputString("Author", l.lesson.author)) l.dirty = true;
  if (inputString("Licence", l.lesson.licence)) l.dirty = true;
  if (ImGui::Button(label("Add this view as a step", Action::AddStep).c_str()))
    r.addLessonStep = true;
  if (l.step < 0) return;
  LessonStep& step = l.lesson.steps[l.step];
  const float width = ImGui::GetContentRegionAvail().x;
  if (l.focusEditor) ImGui::SetKeyboardFocusHere();
  l.focusEditor = false;
  if (inputString("Step title", step.title)) l.dirty = true;
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextDisabled("Text: blank line between paragraphs, - bullets, **bold**, {id}, [@source]");
  ImGui::PopTextWrapPos();
  if (inputStringMultiline("##text", step.text, width, 140)) l.dirty = true;
  for (const TextProblem& p : checkLessonText(step.text))
    ImGui::TextColored(kWrong, "The text %s: that paragraph shows as written.", p.message.c_str());
  if (step.text.size() > kMaxLessonTextBytes)
    ImGui::TextColored(kWrong, "The text is over %zu KB: shorten it to save.",
                       kMaxLessonTextBytes / 1024);
  ImGui::TextDisabled("Presenter notes");
  if (inputStringMultiline("##notes", step.notes, width, 70)) l.dirty = true;
  if (ImGui::SliderFloat("Flight (s)", &step.transitionSeconds, 0.0f, 5.0f, "%.1f")) l.dirty = true;
  if (ImGui::Button(label("Use this view", Action::UpdateStep).c_str()))
    r.updateLessonStepView = true;
  ImGui::SameLine();
  if (ImGui::ArrowButton("earlier", ImGuiDir_Up)) r.moveLessonStep = -1;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", label("Earlier", Action::MoveStepEarlier).c_str());
  ImGui::SameLine();
  if (ImGui::ArrowButton("later", ImGuiDir_Down)) r.moveLessonStep = 1;
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("%s", label("Later", Action::MoveStepLater).c_str());
  ImGui::SameLine();
  if (ImGui::Button("Delete step")) r.deleteLessonStep = true;
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", bindingFor(Action::DeleteStep).keys);
}
// Another lesson was asked for over unsaved edits: save, discard or keep editing.
void drawPendingDiscard(ViewerState& state) {
  LessonState& l = state.lesson;
  if (!l.pendingOpen && !l.pendingNew) return;
  ImGui::PushStyleColor(ImGuiCol_Text, kWrong);
  ImGui::TextWrapped("This lesson has changes that are not saved.");
  ImGui::PopStyleColor();
  if (ImGui::Button("Save...")) openLessonDialog(state, true);
  ImGui::SameLine();
  if (ImGui::Button("Discard the changes")) state.requests.discardLessonChanges = true;
  ImGui::SameLine();
  if (ImGui::Button("Keep editing")) l.pendingOpen.reset(), l.pendingNew = false;
  ImGui::Separator();
}
// The lesson's title, author and problems, the step bar and the buttons.
void drawLessonHeader(ViewerState& state) {
  LessonState& l = state.lesson;
  UiRequests& r = state.requests;
  ImGui::PushFont(uiFonts().bold);
  ImGui::TextWrapped("%s%s", l.lesson.title.c_str(), l.dirty ? " *" : "");
  ImGui::PopFont();
  if (!l.lesson.author.empty() || !l.lesson.licence.empty())
    ImGui::TextDisabled("%s%s%s", l.lesson.author.c_str(),
                        l.lesson.author.empty() || l.lesson.licence.empty() ? "" : " · ",
                        l.lesson.licence.c_str());
  ImGui::PushStyleColor(ImGuiCol_Text, kWrong);
  for (const std::string& p : l.problems) ImGui::TextWrapped("%s", p.c_str());
  ImGui::PopStyleColor();
  const int count = static_cast<int>(l.lesson.steps.size());
  ImGui::BeginDisabled(l.step <= 0);
  if (ImGui::ArrowButton("previous", ImGuiDir_Left)) r.lessonStep = l.step - 1;
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(l.step + 1 >= count);
  if (ImGui::ArrowButton("next", ImGuiDir_Right)) r.lessonStep = l.step + 1;
  ImGui::EndDisabled();
  ImGui::SameLine();
  const std::string indicator = stepIndicator(l);
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram,
                        ImVec4(0.16f, 0.38f, 0.62f, 1.0f));  // white text stays readable
  ImGui::ProgressBar(count ? float(l.step + 1) / float(count) : 0.0f, ImVec2(-1, 0),
                     indicator.empty() ? "no steps" : indicator.c_str());
  ImGui::PopStyleColor();
  if (ImGui::Button(label("Present", Action::Present).c_str())) r.togglePresenter = true;
  if (l.monitors.size() > 1) {
    ImGui::SameLine();
    int& monitor = state.settings.ui.presenterMonitor;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 10.0f);
    if (ImGui::BeginCombo("##monitor",
                          l.monitors[std::min<size_t>(monitor, l.monitors.size() - 1)].c_str())) {
      for (int i = 0; i < static_cast<int>(l.monitors.size()); ++i)
        if (ImGui::Selectable(l.monitors[i].c_str(), i == monitor)) monitor = i;
      ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("The monitor presenter mode fills");
  }
  ImGui::SameLine();
  if (ImGui::Button(l.editing ? "Done editing" : "Edit")) l.editing = !l.editing;
  ImGui::SameLine();
  if (ImGui::Button("Save...")) openLessonDialog(state, true);
  ImGui::SameLine();
  if (ImGui::Button("Open...")) openLessonDialog(state, false);
  if (!l.status.empty() && !l.dirty) ImGui::TextDisabled("%s", l.status.c_str());
}
}  // namespace

std::string stepIndicator(const LessonState& lesson) {
  if (!lesson.open || lesson.step < 0) return "";
  return "Step " + std::to_string(lesson.step + 1) + " of " +
         std::to_string(lesson.lesson.steps.size());
}

LessonScore lessonScore(const LessonState& lesson) {
  LessonScore score;
  for (size_t i = 0; i < lesson.lesson.steps.size() && i < lesson.answers.size(); ++i) {
    if (!lesson.lesson.steps[i].task) continue;
    ++score.tasks;
    score.answered += lesson.answers[i].answered;
    score.right += lesson.answers[i].answered && lesson.answers[i].correct;
  }
  return score;
}

void drawLessonContents(ViewerState& state) {
  LessonState& l = state.lesson;
  if (!l.open) return drawNoLesson(state);
  drawPendingDiscard(state);
  drawLessonHeader(state);
  const int count = static_cast<int>(l.lesson.steps.size());
  const LessonScore score = lessonScore(l);
  if (score.tasks > 0)
    ImGui::Text("Score: %d of %d right (%d of %d answered)", score.right, score.tasks,
                score.answered, score.tasks);
  drawStepList(state);
  if (l.step >= 0 && l.step < count) {
    const LessonStep& step = l.lesson.steps[l.step];
    ImGui::PushFont(uiFonts().bold);
    ImGui::TextWrapped("%s", step.title.c_str());
    ImGui::PopFont();
    std::vector<std::string> citations;
    const ResolvedText text =
        resolveLessonText(step.text, state.content ? &*state.content : nullptr, citations);
    const float width = ImGui::GetContentRegionAvail().x;
    drawRichText(text, {uiFonts().regular, uiFonts().bold, 1.0f, ImGui::GetColorU32(ImGuiCol_Text)},
                 width);
    if (step.task) drawTask(state, *step.task);
    if (!citations.empty() && ImGui::TreeNode("Sources")) {
      drawCitations(citations, width);
      ImGui::TreePop();
    }
    if (!step.notes.empty() && ImGui::TreeNode("Presenter notes")) {
      ImGui::TextWrapped("%s", step.notes.c_str());
      ImGui::TreePop();
    }
    if (l.step + 1 == count && score.tasks > 0)
      ImGui::Text("End of the lesson: %d of %d tasks right.", score.right, score.tasks);
  }
  if (l.editing) drawEditor(state);
}
}  // namespace pe
