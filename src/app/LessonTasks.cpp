#include "app/LessonTasks.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "io/LessonText.h"

namespace pe {
namespace {
std::string millimetres(float mm) {
  char text[32];
  std::snprintf(text, sizeof text, "%.0f mm", std::abs(mm));
  return text;
}

const LengthCurve* curveOf(const MuscleMeter& muscles, const std::string& id) {
  for (const LengthCurve& c : muscles.curves())
    if (c.muscle == id) return &c;
  return nullptr;
}

std::string withExplanation(std::string text, const LessonTask& task) {
  if (!task.explanation.empty()) text += " " + task.explanation;
  return text;
}
}  // namespace

std::vector<std::string> lessonModelProblems(const Lesson& lesson, const std::string& source,
                                             const StructureIndex& index, const Content* content,
                                             const MuscleMeter& muscles) {
  std::vector<std::string> problems;
  for (const LessonReference& ref : lessonReferences(lesson))
    if (index.find(ref.id) < 0)
      problems.push_back(source + ": " + ref.where + " names '" + ref.id +
                         "', which the model lacks");
  for (size_t i = 0; i < lesson.steps.size(); ++i) {
    const LessonStep& step = lesson.steps[i];
    const std::string at = "step " + std::to_string(i + 1) + ", steps[" + std::to_string(i) + "]";
    for (const std::string& key : textSourceKeys(step.text))
      if (!content || !content->sources.count(key))
        problems.push_back(source + ": " + at + ".text cites [@" + key +
                           "], which the model's content file lacks");
    if (step.task && step.task->kind == LessonTask::Kind::Measure) {
      const MeasuredAnswer answer = measureTask(*step.task, muscles);
      if (!answer.problem.empty())
        problems.push_back(source + ": " + at + ".task " + answer.problem);
    }
  }
  return problems;
}

MeasuredAnswer measureTask(const LessonTask& task, const MuscleMeter& muscles) {
  MeasuredAnswer out;
  if (muscles.empty()) {
    out.problem = "needs a model with a hip rig and muscle lines";
    return out;
  }
  for (const std::string& id : task.muscles) {
    const LengthCurve* curve = curveOf(muscles, id);
    if (!curve) {
      out.problem = "measures '" + id + "', which has no line of action in the model";
      out.changesMm.clear();
      return out;
    }
    out.changesMm.push_back(sampleAt(*curve, task.toDegrees).lengthMm -
                            sampleAt(*curve, task.fromDegrees).lengthMm);
  }
  const auto least = std::min_element(out.changesMm.begin(), out.changesMm.end());
  out.shortensMost = static_cast<int>(least - out.changesMm.begin());
  return out;
}

TaskResult checkIdentify(const LessonTask& task, const std::string& pickedId,
                         const std::string& pickedName) {
  const bool right =
      std::find(task.accept.begin(), task.accept.end(), pickedId) != task.accept.end();
  return {right, withExplanation(right ? "Right: " + pickedName + "."
                                       : "Not quite: that is " + pickedName + ". Try again.",
                                 task)};
}

TaskResult checkChoice(const LessonTask& task, int option) {
  const bool right = option == task.answer;
  const std::string answer = task.options.at(static_cast<size_t>(task.answer));
  return {right,
          withExplanation(right ? "Right." : "Not quite: the answer is \"" + answer + "\".", task)};
}

std::string measuredFacts(const LessonTask& task, const MeasuredAnswer& measured,
                          const StructureIndex& index) {
  std::string facts;
  for (size_t i = 0; i < measured.changesMm.size(); ++i) {
    const float mm = measured.changesMm[i];
    facts += (i ? "; " : "") + index.nameOf(task.muscles.at(i)) +
             (std::abs(mm) < 0.5f ? " keeps its length"
                                  : (mm < 0 ? " shortens " : " lengthens ") + millimetres(mm));
  }
  char range[96];
  std::snprintf(range, sizeof range, " from %.0f to %.0f degrees of hip flexion", task.fromDegrees,
                task.toDegrees);
  return facts + range + " (measured on this model).";
}

TaskResult checkMeasure(const LessonTask& task, const MeasuredAnswer& measured, float value,
                        const StructureIndex& index) {
  if (!measured.problem.empty()) return {false, "This model cannot answer: " + measured.problem};
  bool right = false;
  if (task.quantity == LessonTask::Quantity::ShortensMost)
    right = static_cast<int>(value) == measured.shortensMost;
  else
    right = std::abs(value - measured.changesMm.front()) <= task.toleranceMm;
  return {right,
          withExplanation(
              (right ? "Right: " : "Not quite: ") + measuredFacts(task, measured, index), task)};
}

std::string answerInWords(const LessonTask& task, const MuscleMeter& muscles,
                          const StructureIndex& index) {
  switch (task.kind) {
    case LessonTask::Kind::Identify: {
      std::string out;
      for (const std::string& id : task.accept)
        out += (out.empty() ? "" : " or ") + index.nameOf(id);
      return out;
    }
    case LessonTask::Kind::Choice:
      return std::string(1, char('A' + task.answer)) + ". " + task.options[task.answer];
    case LessonTask::Kind::Measure: {
      const MeasuredAnswer measured = measureTask(task, muscles);
      if (!measured.problem.empty()) return "";
      if (task.quantity == LessonTask::Quantity::ShortensMost)
        return std::string(1, char('A' + measured.shortensMost)) + ". " +
               index.nameOf(task.muscles[measured.shortensMost]) + " (" +
               measuredFacts(task, measured, index) + ")";
      float mm = std::round(measured.changesMm.front());
      if (mm == 0.0f) mm = 0.0f;  // not "-0"
      char text[64];
      std::snprintf(text, sizeof text,
                    mm > 0.0f ? "+%.0f mm (within %.0f mm)" : "%.0f mm (within %.0f mm)", mm,
                    task.toleranceMm);
      return text;
    }
  }
  return "";
}
}  // namespace pe
