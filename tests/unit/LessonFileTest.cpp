// Lesson files without a window: the format's round trip, the messages for malformed files
// (file, step and field), unknown keys, the text markup and its resolution against a content
// file, the tasks' answers, and a lesson checked against a model.
#include <gtest/gtest.h>

#include "TestSupport.h"
#include "app/DocumentLoader.h"
#include "app/LessonTasks.h"
#include "core/Error.h"
#include "io/LessonFile.h"
#include "io/LessonHandout.h"
#include "io/LessonText.h"

namespace pe {
namespace {
const char* kLesson = R"json({"psoas_explorer_lesson": 1, "title": "Hip flexors",
  "author": "A. Teacher", "licence": "CC BY 4.0", "language": "en",
  "steps": [
    {"title": "Overview", "text": "The **psoas** and {psoas_major_left}.\n\n- one\n- two",
     "notes": "Start slowly.", "transition": 0.5,
     "view": {"pose": {"hip_flexion_left": 45}, "show": {"layers": ["bones", "muscles"],
              "select": "psoas_major_left", "ghost": true, "labels": true,
              "clip": "sagittal:0.02", "attachments": "all"},
              "camera": {"azimuth": 30, "elevation": 10}}},
    {"title": "Question", "view": {},
     "task": {"kind": "choice", "prompt": "Where does it insert?",
              "options": ["Lesser trochanter", "Greater trochanter"], "answer": 0,
              "explanation": "Its tendon joins the iliacus."}},
    {"title": "Click", "task": {"kind": "identify", "prompt": "Click the bone.",
                                "accept": ["hip_bone_left"]}},
    {"title": "Measure", "task": {"kind": "measure", "prompt": "Which shortens most?",
       "quantity": "shortens_most", "muscles": ["psoas_major_left", "iliacus_left"],
       "from_deg": 0, "to_deg": 90}},
    {"title": "By how much", "task": {"kind": "measure", "prompt": "How many mm?",
       "quantity": "length_change_mm", "muscles": ["psoas_major_left"],
       "from_deg": 45, "to_deg": 0, "tolerance_mm": 4}}]})json";

Lesson parse(const std::string& text) {
  std::vector<std::string> warnings;
  Lesson lesson = parseLesson(text, "lesson.json", warnings);
  EXPECT_TRUE(warnings.empty()) << warnings.front();
  return lesson;
}
}  // namespace

TEST(LessonFile, ReadsEveryField) {
  const Lesson lesson = parse(kLesson);
  EXPECT_EQ(lesson.title, "Hip flexors");
  EXPECT_EQ(lesson.author, "A. Teacher");
  EXPECT_EQ(lesson.licence, "CC BY 4.0");
  ASSERT_EQ(lesson.steps.size(), 5u);
  const LessonStep& first = lesson.steps[0];
  EXPECT_EQ(first.notes, "Start slowly.");
  EXPECT_EQ(first.transitionSeconds, 0.5f);
  EXPECT_EQ(*first.view.hipFlexion[0], 45.0f);
  EXPECT_EQ(*first.view.select, "psoas_major_left");
  EXPECT_TRUE(first.view.clip->enabled);
  EXPECT_EQ(*first.view.camera.azimuth, 30.0f);
  EXPECT_FALSE(first.task);
  EXPECT_EQ(lesson.steps[1].task->kind, LessonTask::Kind::Choice);
  EXPECT_EQ(lesson.steps[1].task->options.size(), 2u);
  EXPECT_EQ(lesson.steps[2].task->accept, std::vector<std::string>{"hip_bone_left"});
  EXPECT_EQ(lesson.steps[3].task->quantity, LessonTask::Quantity::ShortensMost);
  EXPECT_EQ(lesson.steps[4].task->quantity, LessonTask::Quantity::LengthChange);
  EXPECT_EQ(lesson.steps[4].task->toleranceMm, 4.0f);
  EXPECT_EQ(lesson.steps[4].task->fromDegrees, 45.0f);
}

TEST(LessonFile, WritesWhatItReads) {
  const Lesson lesson = parse(kLesson);
  const std::string json = lessonToJson(lesson);
  const Lesson again = parse(json);
  EXPECT_EQ(lessonToJson(again), json);
  const std::string dir = test::makeTempDir();
  writeLessonFile(dir + "/l.json", again);
  std::vector<std::string> warnings;
  EXPECT_EQ(lessonToJson(readLessonFile(dir + "/l.json", warnings)), json);
}

// Each malformed file (31 of them): a FileError naming the file and, where there is one, the step
// and the field; never a crash.
TEST(LessonFile, MalformedFilesNameTheFileTheStepAndTheField) {
  const std::string step = R"("title": "S")";
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "invalid JSON"},
      {"{", "invalid JSON"},
      {"[]", "the lesson must be an object"},
      {R"({"title": "x", "steps": []})", "'psoas_explorer_lesson' is missing"},
      {R"({"psoas_explorer_lesson": 9, "title": "x", "steps": []})", "newer than this program"},
      {R"({"psoas_explorer_lesson": "1", "title": "x", "steps": []})", "must be a number"},
      {R"({"psoas_explorer_lesson": 1, "steps": []})", "'title' is missing"},
      {R"({"psoas_explorer_lesson": 1, "title": 5, "steps": []})", "'title' must be text"},
      {R"({"psoas_explorer_lesson": 1, "title": "x"})", "'steps' is missing"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "stpes": []})",
       "'steps' is missing (the list of steps) (the object has 'stpes')"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{"titel": "s"}]})",
       "step 1: 'steps[0].title' is missing (the object has 'steps[0].titel')"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": {}})", "'steps' must be a list"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [3]})",
       "'steps[0]' must be an object"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{}]})",
       "'steps[0].title' is missing"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "transition": -1}]})",
       "'steps[0].transition' must be from 0 to 10"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step + R"(}, {)" + step +
           R"(, "view": {"camera": {"elevation": 95}}}]})",
       "'steps[1].view.camera.elevation' must be from -90 to 90"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "view": {"show": {"sides": ["up"]}}}]})",
       "'steps[0].view.show.sides'"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step + R"(, "view": []}]})",
       "'steps[0].view' must be an object"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"prompt": "?"}}]})",
       "'steps[0].task.kind' is missing"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "essay", "prompt": "?"}}]})",
       "'steps[0].task.kind' must be \"identify\", \"choice\" or \"measure\""},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "choice", "options": ["a", "b"], "answer": 0}}]})",
       "'steps[0].task.prompt' is missing"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "choice", "prompt": "?", "options": ["a"], "answer": 0}}]})",
       "'steps[0].task.options' must list 2 to 12 options"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "choice", "prompt": "?", "options": ["a", "b"], "answer": 2}}]})",
       "'steps[0].task.answer' must be from 0 to 1, got 2"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "choice", "prompt": "?", "options": ["a", "b"], "answer": 0.5}}]})",
       "'steps[0].task.answer' must be a whole number"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "choice", "prompt": "?", "options": ["a", 2], "answer": 0}}]})",
       "'steps[0].task.options' must be a list of texts"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "identify", "prompt": "?", "accept": []}}]})",
       "'steps[0].task.accept' must list the ids"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "measure", "prompt": "?", "quantity": "speed"}}]})",
       "'steps[0].task.quantity' must be"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "measure", "prompt": "?", "quantity": "shortens_most",
                         "muscles": ["a"], "from_deg": 0, "to_deg": 90}}]})",
       "'steps[0].task.muscles' must list 2 to 12"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "measure", "prompt": "?", "quantity": "length_change_mm",
                         "muscles": ["a"], "from_deg": 0, "to_deg": 200}}]})",
       "'steps[0].task.to_deg' must be from -20 to 120"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "measure", "prompt": "?", "quantity": "length_change_mm",
                         "muscles": ["a"], "from_deg": 30, "to_deg": 30}}]})",
       "'steps[0].task.to_deg' must differ"},
      {R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{)" + step +
           R"(, "task": {"kind": "measure", "prompt": "?", "quantity": "length_change_mm",
                         "muscles": ["a", "b"], "from_deg": 0, "to_deg": 30}}]})",
       "must list exactly one muscle"},
      {R"({"psoas_explorer_lesson": 1, "title": ")" + std::string(70000, 'x') +
           R"(", "steps": []})",
       "'title' is longer than 64 KB"},
  };
  ASSERT_GE(cases.size(), 20u);
  for (const auto& [text, expected] : cases) {
    std::vector<std::string> warnings;
    try {
      parseLesson(text, "broken.json", warnings);
      ADD_FAILURE() << "accepted: " << text.substr(0, 200);
    } catch (const FileError& e) {
      const std::string message = e.what();
      EXPECT_EQ(message.rfind("broken.json: ", 0), 0u) << message;
      EXPECT_NE(message.find(expected), std::string::npos)
          << "expected '" << expected << "' in: " << message;
    }
  }
}

// Broken text markup is a warning naming the step, and its paragraph is shown as written: a
// stray "**" typed in the app never makes a lesson unreadable.
TEST(LessonFile, BrokenMarkupIsAWarningAndShownAsWritten) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"**bold", "'steps[0].text' has '**' without its closing '**'"},
      {"{psoas_major_left.colour}", "'colour' is not a content field"},
      {"see [@gray", "'[@' without its closing ']'"},
      {"{psoas_major_left.claim.x}", "a claim is numbered from 1"},
      {"{a.claim.\u00e9}", "a claim is numbered from 1"},
      {"**see {x**}", "(in bold)"},
  };
  for (const auto& [text, expected] : cases) {
    std::vector<std::string> warnings;
    const Lesson lesson = parseLesson(
        R"({"psoas_explorer_lesson": 1, "title": "x", "steps": [{"title": "s", "text": ")" + text +
            R"("}]})",
        "l.json", warnings);
    ASSERT_EQ(warnings.size(), 1u) << text;
    EXPECT_NE(warnings[0].find(expected), std::string::npos) << warnings[0];
    std::vector<std::string> citations;
    EXPECT_FALSE(plainText(resolveLessonText(lesson.steps[0].text, nullptr, citations)).empty());
  }
}

TEST(LessonFile, UnknownKeysAreWarningsNamingThem) {
  std::vector<std::string> warnings;
  const Lesson lesson = parseLesson(
      R"({"psoas_explorer_lesson": 1, "title": "x", "colour": "red",
          "steps": [{"title": "s", "sound": "on", "view": {"show": {"glow": 1}},
                     "task": {"kind": "identify", "prompt": "?", "accept": ["a"], "hint": ""}}]})",
      "l.json", warnings);
  EXPECT_EQ(lesson.steps.size(), 1u);
  ASSERT_EQ(warnings.size(), 4u);
  const std::string all = warnings[0] + warnings[1] + warnings[2] + warnings[3];
  for (const char* key :
       {"'colour'", "'steps[0].sound'", "'steps[0].view.show.glow'", "'steps[0].task.hint'"})
    EXPECT_NE(all.find(key), std::string::npos) << key << " in " << all;
}

TEST(LessonText, ParagraphsBulletsBoldAndReferences) {
  Content content;
  content.sources["gray"] = "Gray H. Anatomy of the Human Body. 1918.";
  content.sources["moore"] = "Moore KL. Clinically Oriented Anatomy. 2018.";
  StructureContent psoas;
  psoas.name = "Psoas major (left)";
  psoas.origin = "T12-L5";
  psoas.relations = {{"anterior", "kidney"}};
  psoas.popularClaims = {{"It stores trauma.", "No evidence."}};
  psoas.sources = {"gray", "moore"};
  content.structures["psoas_major_left"] = psoas;
  std::vector<std::string> citations;
  const ResolvedText text = resolveLessonText(
      "The **{psoas_major_left}** starts\nat {psoas_major_left.origin}.\n\n- in front: "
      "{psoas_major_left.relations.anterior}\n- {psoas_major_left.claim.1}\n\nSee [@moore].",
      &content, citations);
  ASSERT_EQ(text.blocks.size(), 4u);
  EXPECT_FALSE(text.blocks[0].bullet);
  EXPECT_TRUE(text.blocks[1].bullet);
  EXPECT_TRUE(text.blocks[2].bullet);
  EXPECT_TRUE(text.blocks[0].runs[1].bold);
  EXPECT_EQ(text.blocks[0].runs[1].text, "Psoas major (left)");
  EXPECT_EQ(plainText(text),
            "The Psoas major (left) starts at T12-L5 [1, 2].\n- in front: kidney [1, 2]\n"
            "- Popular claim: \u201cIt stores trauma.\u201d What the references say: No "
            "evidence. [1, 2]\n\nSee [2].");
  EXPECT_EQ(citations,
            (std::vector<std::string>{content.sources["gray"], content.sources["moore"]}));
  // Without a content file, ids are put into words and missing facts said to be missing.
  std::vector<std::string> none;
  EXPECT_EQ(plainText(resolveLessonText("{iliacus_left} {iliacus_left.origin}", nullptr, none)),
            "iliacus left (iliacus left: no origin in the content file)");
  EXPECT_EQ(textStructureIds("{a} and {b.origin} [@c]"), (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(textSourceKeys("{a} [@c] [@d]"), (std::vector<std::string>{"c", "d"}));
  EXPECT_FALSE(checkLessonText("{a.claim.0}").empty());
  EXPECT_TRUE(checkLessonText("{a.claim.2} {a.relations.medial}").empty());
}

TEST(LessonTasks, ChoiceAndIdentifyFeedback) {
  const Lesson lesson = parse(kLesson);
  const LessonTask& choice = *lesson.steps[1].task;
  EXPECT_TRUE(checkChoice(choice, 0).correct);
  const TaskResult wrong = checkChoice(choice, 1);
  EXPECT_FALSE(wrong.correct);
  EXPECT_NE(wrong.feedback.find("Lesser trochanter"), std::string::npos) << wrong.feedback;
  EXPECT_NE(wrong.feedback.find("Its tendon joins the iliacus."), std::string::npos);
  const LessonTask& identify = *lesson.steps[2].task;
  EXPECT_TRUE(checkIdentify(identify, "hip_bone_left", "Hip bone (left)").correct);
  const TaskResult miss = checkIdentify(identify, "femur_left", "Femur (left)");
  EXPECT_FALSE(miss.correct);
  EXPECT_NE(miss.feedback.find("Femur (left)"), std::string::npos);
  // A model without muscle lines cannot answer a measure task, and says so.
  const MeasuredAnswer none = measureTask(*lesson.steps[3].task, MuscleMeter());
  EXPECT_FALSE(none.problem.empty());
  EXPECT_FALSE(checkMeasure(*lesson.steps[3].task, none, 0, StructureIndex()).correct);
}

TEST(LessonTasks, AModelLackingAnIdIsNamed) {
  const std::string dir = test::makeTempDir();
  ViewerState state;
  openDocument(test::writeLabelledModel(dir), state);
  const Lesson lesson = parse(kLesson);
  const auto problems =
      lessonModelProblems(lesson, "lesson.json", state.structures.index(), nullptr, state.muscles);
  std::string all;
  for (const std::string& p : problems) all += p + "\n";
  // The labelled model has psoas_major_left and hip_bone_left but no iliacus nor muscle lines.
  EXPECT_NE(all.find("lesson.json: step 4, steps[3].task.muscles names 'iliacus_left', which the "
                     "model lacks"),
            std::string::npos)
      << all;
  EXPECT_NE(all.find("steps[3].task needs a model with a hip rig"), std::string::npos) << all;
  EXPECT_EQ(all.find("'psoas_major_left'"), std::string::npos) << all;
  EXPECT_EQ(all.find("'hip_bone_left'"), std::string::npos) << all;
}

TEST(LessonHandout, EscapesTextAndListsImagesAnswersAndSources) {
  Lesson lesson = parse(kLesson);
  lesson.steps[0].text = "<script>alert(1)</script> & **bold** [@gray]";
  Content content;
  content.sources["gray"] = "Gray H. Anatomy. 1918.";
  std::vector<HandoutStep> steps(lesson.steps.size());
  for (size_t i = 0; i < steps.size(); ++i)
    steps[i].image = "step-0" + std::to_string(i + 1) + ".png";
  steps[1].answer = "A. Lesser trochanter";
  const std::string html = lessonHandoutHtml(lesson, &content, steps, 800, 600, "m.glb");
  EXPECT_EQ(html.find("<script>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <strong>bold</strong> [1]"),
            std::string::npos);
  for (size_t i = 0; i < steps.size(); ++i)
    EXPECT_NE(html.find("src=\"" + steps[i].image + "\""), std::string::npos);
  EXPECT_NE(html.find("<li value=\"2\">A. Lesser trochanter</li>"), std::string::npos);
  EXPECT_NE(html.find("<li>Gray H. Anatomy. 1918.</li>"), std::string::npos);
}
}  // namespace pe
