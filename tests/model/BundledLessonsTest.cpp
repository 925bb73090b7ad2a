// The built-in lessons (assets/lessons) against the bundled model: each reads without a
// warning, names only ids the model has, quotes only facts its content file holds, keeps the
// canonical form when saved again, asks its identify questions about structures its view
// shows, and answers its measure questions from the model's muscle lengths. The quiz has at
// least 15 questions of the three kinds.
#include <gtest/gtest.h>

#include <filesystem>
#include <set>

#include "BundledModel.h"
#include "app/DocumentLoader.h"
#include "app/LessonTasks.h"
#include "app/ModelLocator.h"
#include "app/ViewApply.h"
#include "io/LessonFile.h"
#include "io/LessonText.h"
#include "ui/Welcome.h"

namespace pe::test {
namespace {
std::vector<std::string> builtIn() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator(PE_ASSETS_DIR "/lessons"))
    if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
  std::sort(paths.begin(), paths.end());
  return paths;
}

const ViewerState& opened() {
  static ViewerState* state = [] {
    auto* s = new ViewerState;
    EXPECT_EQ(openDocument(BundledModel::path(), *s), "");
    return s;
  }();
  return *state;
}

Lesson read(const std::string& path) {
  std::vector<std::string> warnings;
  Lesson lesson = readLessonFile(path, warnings);
  for (const std::string& w : warnings) ADD_FAILURE() << w;
  return lesson;
}
}  // namespace

TEST(BuiltInLessons, ReadCleanlyAgainstTheBundledModel) {
  const auto paths = builtIn();
  ASSERT_GE(paths.size(), 2u);
  const ViewerState& state = opened();
  for (const std::string& path : paths) {
    const Lesson lesson = read(path);
    EXPECT_FALSE(lesson.title.empty());
    EXPECT_FALSE(lesson.licence.empty()) << path;
    for (const std::string& p : lessonModelProblems(lesson, path, state.structures.index(),
                                                    &*state.content, state.muscles))
      ADD_FAILURE() << p;
    for (size_t i = 0; i < lesson.steps.size(); ++i) {
      std::vector<std::string> citations;
      const std::string text =
          plainText(resolveLessonText(lesson.steps[i].text, &*state.content, citations));
      EXPECT_EQ(text.find("in the content file)"), std::string::npos)
          << path << " step " << i + 1 << " quotes a fact the content file lacks: " << text;
    }
    // Saved again by the app, it reads back the same.
    const std::string json = lessonToJson(lesson);
    std::vector<std::string> warnings;
    EXPECT_EQ(lessonToJson(parseLesson(json, path, warnings)), json);
  }
}

TEST(BuiltInLessons, IdentifyQuestionsAskAboutWhatTheirViewShows) {
  ViewerState state;
  ASSERT_EQ(openDocument(BundledModel::path(), state), "");
  for (const std::string& path : builtIn()) {
    const Lesson lesson = read(path);
    for (size_t i = 0; i < lesson.steps.size(); ++i) {
      const auto& task = lesson.steps[i].task;
      if (!task || task->kind != LessonTask::Kind::Identify) continue;
      EXPECT_TRUE(applyView(lesson.steps[i].view, state).empty());
      for (const std::string& id : task->accept)
        EXPECT_TRUE(state.structures.shown(state.structures.index().find(id)))
            << path << " step " << i + 1 << ": " << id << " is not shown";
    }
  }
}

TEST(BuiltInLessons, TheQuizAsksFifteenQuestionsOfEveryKind) {
  const Lesson quiz = read(PE_ASSETS_DIR "/lessons/psoas-quiz.json");
  std::map<LessonTask::Kind, int> kinds;
  for (const LessonStep& s : quiz.steps)
    if (s.task) ++kinds[s.task->kind];
  EXPECT_GE(kinds[LessonTask::Kind::Identify] + kinds[LessonTask::Kind::Choice] +
                kinds[LessonTask::Kind::Measure],
            15);
  EXPECT_GE(kinds[LessonTask::Kind::Identify], 3);
  EXPECT_GE(kinds[LessonTask::Kind::Choice], 3);
  EXPECT_GE(kinds[LessonTask::Kind::Measure], 3);
}

// The measure answers come from the model: the iliacus shortens more than the psoas major from
// 0 to 90 degrees (the published models of anatomy.md §3 agree), the psoas minor not at all.
TEST(BuiltInLessons, MeasureAnswersComeFromTheMuscleLengths) {
  const ViewerState& state = opened();
  LessonTask task;
  task.kind = LessonTask::Kind::Measure;
  task.muscles = {"psoas_major_left", "iliacus_left", "psoas_minor_left"};
  task.fromDegrees = 0;
  task.toDegrees = 90;
  const MeasuredAnswer answer = measureTask(task, state.muscles);
  ASSERT_EQ(answer.problem, "");
  EXPECT_EQ(answer.shortensMost, 1);
  EXPECT_LT(answer.changesMm[0], -40.0f);
  EXPECT_NEAR(answer.changesMm[2], 0.0f, 0.5f);
  const StructureIndex& index = state.structures.index();
  const TaskResult right = checkMeasure(task, answer, 1, index);
  EXPECT_TRUE(right.correct);
  EXPECT_NE(right.feedback.find("Iliacus (left) shortens 63 mm"), std::string::npos)
      << right.feedback;
  EXPECT_FALSE(checkMeasure(task, answer, 0, index).correct);
  task.quantity = LessonTask::Quantity::LengthChange;
  task.muscles = {"psoas_major_left"};
  const MeasuredAnswer change = measureTask(task, state.muscles);
  EXPECT_TRUE(checkMeasure(task, change, change.changesMm[0] + 4.0f, index).correct);
  EXPECT_FALSE(checkMeasure(task, change, change.changesMm[0] + 6.0f, index).correct);
}

TEST(BuiltInLessons, TheWelcomeLeadsToTheStepOnFindingTheAsis) {
  const Lesson tour = read(PE_ASSETS_DIR "/lessons/psoas-in-20-minutes.json");
  ASSERT_LT(kFindThePsoasStep, static_cast<int>(tour.steps.size()));
  EXPECT_EQ(tour.steps[kFindThePsoasStep].title, "Finding the ASIS");
  const auto& only = *tour.steps[kFindThePsoasStep].view.only;
  EXPECT_NE(std::find(only.begin(), only.end(), "asis_left"), only.end());
}
}  // namespace pe::test
