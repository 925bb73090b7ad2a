// A lesson against the model it is shown on: which of its ids the model lacks, and the answers
// to its tasks (measure tasks are answered from the model's own muscle lengths).
#pragma once
#include <string>
#include <vector>

#include "geometry/MuscleLines.h"
#include "io/ContentFile.h"
#include "io/LessonFile.h"
#include "scene/StructureIndex.h"

namespace pe {
// "LESSON: steps[2].view.show.select names 'x', which the model lacks"; the same for source
// keys the content file lacks and measure tasks on a model without those muscle lines.
std::vector<std::string> lessonModelProblems(const Lesson& lesson, const std::string& source,
                                             const StructureIndex& index, const Content* content,
                                             const MuscleMeter& muscles);

// A measure task's answer from the model: each muscle's length change in mm between the two
// hip angles (negative: shortens), and which shortens most. `problem` is non-empty when the
// model cannot answer (no rig, a muscle without a line).
struct MeasuredAnswer {
  std::vector<float> changesMm;  // per task.muscles
  int shortensMost = -1;
  std::string problem;
};
MeasuredAnswer measureTask(const LessonTask& task, const MuscleMeter& muscles);

// Whether an answer is right, and what to tell the class.
struct TaskResult {
  bool correct = false;
  std::string feedback;
};
TaskResult checkIdentify(const LessonTask& task, const std::string& pickedId,
                         const std::string& pickedName);
TaskResult checkChoice(const LessonTask& task, int option);
// For ShortensMost, `value` is the index of the muscle chosen; for LengthChange, millimetres.
// The muscles are named from the model's index.
TaskResult checkMeasure(const LessonTask& task, const MeasuredAnswer& measured, float value,
                        const StructureIndex& index);

// What the model says, in words: "Psoas major shortens 55 mm; ... from 0 to 90 degrees of hip
// flexion (measured on this model)."
std::string measuredFacts(const LessonTask& task, const MeasuredAnswer& measured,
                          const StructureIndex& index);

// The right answer in words ("B. Iliacus (left) (...)", "-55 mm (within 8 mm)"), for the
// handout's answer list and presenter mode's reveal; "" when the model cannot answer.
std::string answerInWords(const LessonTask& task, const MuscleMeter& muscles,
                          const StructureIndex& index);

}  // namespace pe
