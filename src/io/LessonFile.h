// Lessons: a sequence of views with text, presenter notes and tasks, kept as open JSON files
// anyone can write and share. The format (version 1) is documented in assets/lessons/README.md:
//
// {"psoas_explorer_lesson": 1, "title": "...", "author": "...", "licence": "CC BY 4.0",
//  "language": "en",
//  "steps": [{"title": "...", "text": "Paragraphs, **bold**, - bullets, {psoas_major_left}",
//             "notes": "for the presenter", "transition": 1.0,
//             "view": {"pose": {...}, "show": {...}, "camera": {...}},
//             "task": {"kind": "choice", "prompt": "...", "options": ["a", "b"],
//                      "answer": 1}}]}
//
// A bad value is an error naming the file, the step and the field ("psoas.json: 'steps[3].
// task.answer' must be from 0 to 2, got 5"); unknown keys and broken text markup are
// warnings naming them.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "scene/StructureIndex.h"
#include "scene/ViewSpec.h"

namespace pe {
constexpr int kLessonFormatVersion = 1;

// A question a step may ask the class.
struct LessonTask {
  enum class Kind { Identify, Choice, Measure };
  // Measure tasks are answered from the model itself, so the answer stays true when the model
  // changes: which of `muscles` shortens most between the two hip angles (ShortensMost), or
  // by how many millimetres `muscles[0]` changes length (LengthChange, answered as a number
  // within `toleranceMm`). Each muscle is measured with the hip of its own side flexed.
  enum class Quantity { ShortensMost, LengthChange };

  Kind kind = Kind::Choice;
  std::string prompt;                // the question or instruction
  std::vector<std::string> accept;   // Identify: structure ids that count as right
  std::vector<std::string> options;  // Choice: the options shown
  int answer = 0;                    // Choice: index of the right option
  Quantity quantity = Quantity::ShortensMost;
  std::vector<std::string> muscles;  // Measure: muscle ids
  float fromDegrees = 0.0f, toDegrees = 90.0f;
  float toleranceMm = 5.0f;
  std::string explanation;  // shown once answered
};

struct LessonStep {
  std::string title;
  std::string text;   // lesson markup (io/LessonText.h)
  std::string notes;  // presenter notes: shown to the teacher, not on the projector
  ViewSpec view;
  float transitionSeconds = 1.0f;  // the camera's flight to this step
  std::optional<LessonTask> task;
};

struct Lesson {
  std::string title, author, licence, language = "en";
  std::vector<LessonStep> steps;
};

constexpr size_t kMaxLessonSteps = 1000;
constexpr size_t kMaxLessonTextBytes = 64 * 1024;  // each title, text or note

// Parses a lesson from JSON text; `source` names it in messages. Throws FileError naming the
// step and the field; unknown keys are added to `warnings`.
Lesson parseLesson(const std::string& text, const std::string& source,
                   std::vector<std::string>& warnings);
// The same for a file (at most 8 MB).
Lesson readLessonFile(const std::string& path, std::vector<std::string>& warnings);
// Whether the file is a lesson (a JSON object with the lesson format's version key), not a view
// file: what a dropped or picked .json is opened as. False when unreadable.
bool isLessonFile(const std::string& path);
// The JSON form; floats round-trip exactly.
std::string lessonToJson(const Lesson& lesson);
// Written atomically: a crash leaves the old file or the new one.
void writeLessonFile(const std::string& path, const Lesson& lesson);

// The options a task offers: a choice's, or the names of a shortens-most task's muscles (from
// the model's index); none for other tasks.
std::vector<std::string> taskOptions(const LessonTask& task, const StructureIndex& index);

// Every structure id a lesson names, with where ("steps[2].view.show.select"), for checking it
// against a model: the views' ids, the tasks' ids and the {id} references in text.
struct LessonReference {
  std::string id;
  std::string where;
};
std::vector<LessonReference> lessonReferences(const Lesson& lesson);
}  // namespace pe
