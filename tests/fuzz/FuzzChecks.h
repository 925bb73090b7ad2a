// What the text fuzzers check on each input, shared with the regression test that replays the
// inputs they found (tests/fuzz/regressions/KIND/): each returns "" when the input is handled
// as it must be, else what went wrong. A bad file must end in FileError or a reported problem;
// what parses must survive its own round trip.
#pragma once
#include <string>
#include <vector>

#include "core/Error.h"
#include "core/SettingsFile.h"
#include "gen/MeasurementTable.h"
#include "io/ContentFile.h"
#include "io/LessonFile.h"
#include "io/LessonText.h"
#include "io/PalpationContent.h"
#include "io/ViewFile.h"

namespace pe::fuzz {
inline std::string checkContent(const std::string& text) {
  try {
    const Content content = parseContent(text, "fuzz.content.json");
    for (const auto& [id, entry] : content.structures)
      if (!content.find(id)) return "entry '" + id + "' not found again";
  } catch (const FileError&) {
  }
  return "";
}

inline std::string checkPalpation(const std::string& text) {
  try {
    const PalpationContent content = parsePalpationContent(text, "fuzz.palpation.json");
    for (const auto& id : kPalpationCautions)
      if (!PalpationContent::find(content.cautions, id)) return "caution '" + id + "' lost";
  } catch (const FileError&) {
  }
  return "";
}

inline std::string checkSettings(const std::string& text) {
  Settings settings;
  std::vector<std::string> problems;
  parseSettings(text, "settings.ini", settings, problems);
  // What was read writes out and reads back without a problem, to the same file.
  const std::string written = serializeSettings(settings);
  Settings again;
  std::vector<std::string> none;
  parseSettings(written, "settings.ini", again, none);
  if (!none.empty()) return "written settings read back with a problem: " + none.front();
  if (serializeSettings(again) != written) return "settings do not read back the same";
  return "";
}

inline std::string checkMeasurements(const std::string& text) {
  try {
    const gen::MeasurementTable table = gen::MeasurementTable::parse(text, "table.txt");
    for (const auto& [name, row] : table.all()) {
      try {
        if (row.values.size() == 3) (void)table.point(name);
        if (row.values.size() == 1 && row.unit == "mm") (void)table.mm(name);
      } catch (const FileError&) {
      }
    }
  } catch (const FileError&) {
  }
  return "";
}

inline std::string checkView(const std::string& text) {
  std::vector<std::string> problems;
  try {
    const ViewSpec view = parseViewJson(text, "view.json", problems);
    // A view that was read writes out and reads back to the same JSON.
    const std::string written = viewToJson(view, -1);
    std::vector<std::string> warnings;
    const std::string again = viewToJson(parseViewJson(written, "again.json", warnings), -1);
    if (again != written) return "view does not read back the same:\n" + written + "\n" + again;
    if (!warnings.empty()) return "a written view warns: " + warnings.front();
  } catch (const FileError& e) {
    (void)e;
  }
  (void)parseBookmarks(text, "views.jsonl", problems);
  return "";
}
// Lessons: a lesson that was read writes out and reads back the same, and every step's text
// resolves (with no content file: ids in words) without trouble.
inline std::string checkLesson(const std::string& text) {
  std::vector<std::string> warnings;
  try {
    const Lesson lesson = parseLesson(text, "lesson.json", warnings);
    const std::string written = lessonToJson(lesson);
    std::vector<std::string> again;
    if (lessonToJson(parseLesson(written, "again.json", again)) != written)
      return "lesson does not read back the same:\n" + written;
    for (const std::string& w : again)  // broken markup is kept as written, and said again
      if (w.find("shown as written") == std::string::npos) return "a written lesson warns: " + w;
    std::vector<std::string> citations;
    for (const LessonStep& step : lesson.steps)
      (void)resolveLessonText(step.text, nullptr, citations);
    (void)lessonReferences(lesson);
  } catch (const FileError& e) {
    (void)e;
  }
  return "";
}
}  // namespace pe::fuzz
