#include "io/LessonFile.h"

#include "core/AtomicFile.h"
#include "io/JsonObjects.h"
#include "io/LessonText.h"

namespace pe {
namespace {

std::string stepPrefix(size_t index) {
  return "steps[" + std::to_string(index) + "].";
}

// Text fields: bounded, so a hostile file cannot make the panels lay out megabytes.
std::string boundedText(ObjectReader& reader, const std::string& key, bool required) {
  auto text = reader.text(key);
  if (!text) {
    if (required) reader.failMissing(key, "is missing");
    return "";
  }
  if (text->size() > kMaxLessonTextBytes)
    reader.fail(key, "is longer than " + std::to_string(kMaxLessonTextBytes / 1024) + " KB");
  return *text;
}

LessonTask::Kind taskKind(ObjectReader& task) {
  const auto kind = task.text("kind");
  if (!kind) task.fail("kind", "is missing: a task is \"identify\", \"choice\" or \"measure\"");
  if (*kind == "identify") return LessonTask::Kind::Identify;
  if (*kind == "choice") return LessonTask::Kind::Choice;
  if (*kind == "measure") return LessonTask::Kind::Measure;
  task.fail("kind", "must be \"identify\", \"choice\" or \"measure\", got \"" + *kind + "\"");
}

void readMeasure(ObjectReader& reader, LessonTask& task) {
  const auto quantity = reader.text("quantity");
  if (quantity == std::optional<std::string>("shortens_most"))
    task.quantity = LessonTask::Quantity::ShortensMost;
  else if (quantity == std::optional<std::string>("length_change_mm"))
    task.quantity = LessonTask::Quantity::LengthChange;
  else
    reader.fail("quantity", "must be \"shortens_most\" or \"length_change_mm\"");
  task.muscles = reader.texts("muscles").value_or(std::vector<std::string>{});
  const size_t least = task.quantity == LessonTask::Quantity::ShortensMost ? 2 : 1;
  if (task.muscles.size() < least || task.muscles.size() > 12)
    reader.fail("muscles", least == 2 ? "must list 2 to 12 muscle ids to compare"
                                      : "must list the muscle id to measure");
  if (task.quantity == LessonTask::Quantity::LengthChange && task.muscles.size() != 1)
    reader.fail("muscles", "must list exactly one muscle for \"length_change_mm\"");
  const auto from = reader.number("from_deg", -20.0f, 120.0f);
  const auto to = reader.number("to_deg", -20.0f, 120.0f);
  if (!from || !to)
    reader.fail(!from ? "from_deg" : "to_deg", "is missing (degrees of hip flexion)");
  if (*from == *to) reader.fail("to_deg", "must differ from 'from_deg'");
  task.fromDegrees = *from;
  task.toDegrees = *to;
  task.toleranceMm = reader.number("tolerance_mm", 0.1f, 100.0f).value_or(5.0f);
}

LessonTask readTask(const json& object, const std::string& prefix, const std::string& source,
                    std::vector<std::string>& warnings) {
  ObjectReader reader(object, prefix, source);
  LessonTask task;
  task.kind = taskKind(reader);
  task.prompt = boundedText(reader, "prompt", true);
  task.explanation = boundedText(reader, "explanation", false);
  switch (task.kind) {
    case LessonTask::Kind::Identify:
      task.accept = reader.texts("accept").value_or(std::vector<std::string>{});
      if (task.accept.empty()) reader.fail("accept", "must list the ids that count as right");
      break;
    case LessonTask::Kind::Choice: {
      task.options =
          reader.texts("options", "a list of texts").value_or(std::vector<std::string>{});
      if (task.options.size() < 2 || task.options.size() > 12)
        reader.fail("options", "must list 2 to 12 options");
      const auto answer = reader.integer("answer", 0, static_cast<int>(task.options.size()) - 1);
      if (!answer) reader.fail("answer", "is missing (the index of the right option, from 0)");
      task.answer = *answer;
      break;
    }
    case LessonTask::Kind::Measure:
      readMeasure(reader, task);
      break;
  }
  reader.warnUnknown(warnings);
  return task;
}

LessonStep readStep(const json& object, size_t index, const std::string& source,
                    std::vector<std::string>& warnings) {
  const std::string prefix = stepPrefix(index);
  ObjectReader reader(object, prefix, source);
  LessonStep step;
  step.text = boundedText(reader, "text", false);
  step.notes = boundedText(reader, "notes", false);
  step.transitionSeconds = reader.number("transition", 0.0f, 10.0f).value_or(1.0f);
  if (const json* view = reader.find("view"))
    step.view = parseViewObject(*view, source, warnings, prefix + "view.", false);
  if (const json* task = reader.find("task"))
    step.task = readTask(*task, prefix + "task.", source, warnings);
  step.title = boundedText(reader, "title", true);  // last: a missing one names the misspelt key
  reader.warnUnknown(warnings);
  // Broken markup costs only its paragraph (shown as written), never the lesson: a stray "**"
  // typed in the app must not make the saved lesson unreadable.
  for (const TextProblem& p : checkLessonText(step.text))
    warnings.push_back(source + ": '" + prefix + "text' " + p.message +
                       " (that paragraph is shown as written)");
  return step;
}

json taskObject(const LessonTask& t) {
  static const char* const kKinds[] = {"identify", "choice", "measure"};
  json task = {{"kind", kKinds[static_cast<int>(t.kind)]}, {"prompt", t.prompt}};
  if (t.kind == LessonTask::Kind::Identify) task["accept"] = t.accept;
  if (t.kind == LessonTask::Kind::Choice) {
    task["options"] = t.options;
    task["answer"] = t.answer;
  }
  if (t.kind == LessonTask::Kind::Measure) {
    const bool most = t.quantity == LessonTask::Quantity::ShortensMost;
    task["quantity"] = most ? "shortens_most" : "length_change_mm";
    task["muscles"] = t.muscles;
    task["from_deg"] = t.fromDegrees;
    task["to_deg"] = t.toDegrees;
    if (!most) task["tolerance_mm"] = t.toleranceMm;
  }
  if (!t.explanation.empty()) task["explanation"] = t.explanation;
  return task;
}

void addIds(std::vector<LessonReference>& out, const std::vector<std::string>& ids,
            const std::string& where) {
  for (const std::string& id : ids) out.push_back({id, where});
}
}  // namespace

Lesson parseLesson(const std::string& text, const std::string& source,
                   std::vector<std::string>& warnings) {
  const json root = parseJson(text, source);
  ObjectReader top(root, "", source, "the lesson");
  const auto version = top.number("psoas_explorer_lesson", 1, 1e6f);
  if (!version)
    top.fail("psoas_explorer_lesson",
             "is missing: a lesson file starts with {\"psoas_explorer_lesson\": 1, ...}");
  if (*version > kLessonFormatVersion)
    top.fail("psoas_explorer_lesson", "is version " + std::to_string(int(*version)) +
                                          ", newer than this program reads (" +
                                          std::to_string(kLessonFormatVersion) + ")");
  Lesson lesson;
  lesson.author = boundedText(top, "author", false);
  lesson.licence = boundedText(top, "licence", false);
  lesson.language = top.text("language").value_or("en");
  const json* steps = top.find("steps");
  lesson.title = boundedText(top, "title", true);
  if (!steps) top.failMissing("steps", "is missing (the list of steps)");
  if (!steps->is_array()) top.fail("steps", "must be a list of steps");
  if (steps->size() > kMaxLessonSteps)
    top.fail("steps", "has " + std::to_string(steps->size()) + " steps; at most " +
                          std::to_string(kMaxLessonSteps) + " are read");
  for (size_t i = 0; i < steps->size(); ++i) {
    try {
      lesson.steps.push_back(readStep((*steps)[i], i, source, warnings));
    } catch (const FileError& e) {
      // Named as the app counts steps, from 1, before the key's place in the file.
      throw FileError(e.path(), "step " + std::to_string(i + 1) + ": " + e.problem());
    }
  }
  top.warnUnknown(warnings);
  return lesson;
}

Lesson readLessonFile(const std::string& path, std::vector<std::string>& warnings) {
  return parseLesson(readWholeFile(path, size_t(8) << 20), path, warnings);
}

bool isLessonFile(const std::string& path) {
  try {
    const json root = parseJson(readWholeFile(path, size_t(8) << 20), path);
    return root.is_object() && root.contains("psoas_explorer_lesson");
  } catch (const FileError&) {
    return false;
  }
}

std::string lessonToJson(const Lesson& lesson) {
  json root = {{"psoas_explorer_lesson", kLessonFormatVersion}, {"title", lesson.title}};
  if (!lesson.author.empty()) root["author"] = lesson.author;
  if (!lesson.licence.empty()) root["licence"] = lesson.licence;
  root["language"] = lesson.language;
  json steps = json::array();
  for (const LessonStep& s : lesson.steps) {
    json step = {{"title", s.title}};
    if (!s.text.empty()) step["text"] = s.text;
    if (!s.notes.empty()) step["notes"] = s.notes;
    step["transition"] = s.transitionSeconds;
    step["view"] = viewObject(s.view, false);
    if (s.task) step["task"] = taskObject(*s.task);
    steps.push_back(std::move(step));
  }
  root["steps"] = std::move(steps);
  return root.dump(2) + "\n";
}

void writeLessonFile(const std::string& path, const Lesson& lesson) {
  writeFileAtomically(path, lessonToJson(lesson));
}

std::vector<std::string> taskOptions(const LessonTask& task, const StructureIndex& index) {
  if (task.kind == LessonTask::Kind::Choice) return task.options;
  std::vector<std::string> names;
  if (task.kind == LessonTask::Kind::Measure && task.quantity == LessonTask::Quantity::ShortensMost)
    for (const std::string& id : task.muscles) names.push_back(index.nameOf(id));
  return names;
}

std::vector<LessonReference> lessonReferences(const Lesson& lesson) {
  std::vector<LessonReference> out;
  for (size_t i = 0; i < lesson.steps.size(); ++i) {
    const LessonStep& s = lesson.steps[i];
    const std::string at = "step " + std::to_string(i + 1) + ", " + stepPrefix(i);
    const ViewSpec& v = s.view;
    if (v.only) addIds(out, *v.only, at + "view.show.only");
    if (v.hide) addIds(out, *v.hide, at + "view.show.hide");
    if (v.opacity)
      for (const auto& [id, value] : *v.opacity) out.push_back({id, at + "view.show.opacity"});
    if (v.select && !v.select->empty()) out.push_back({*v.select, at + "view.show.select"});
    if (v.attachments && *v.attachments != "selected" && *v.attachments != "all" &&
        *v.attachments != "none")
      out.push_back({*v.attachments, at + "view.show.attachments"});
    addIds(out, v.camera.frame, at + "view.camera.frame");
    if (s.task) {
      addIds(out, s.task->accept, at + "task.accept");
      addIds(out, s.task->muscles, at + "task.muscles");
    }
    for (const std::string& id : textStructureIds(s.text)) out.push_back({id, at + "text"});
  }
  return out;
}
}  // namespace pe
