// Lessons rendered as users render them: every step of each built-in lesson from the command
// line (--lesson --step --screenshot), the same picture the handout export draws, a step that
// poses, cuts, ghosts and shows attachments at once drawn as the same options on the command
// line draw it, and bad lesson arguments refused with the file and the step named.
#include <gtest/gtest.h>

#include <filesystem>

#include "TestSupport.h"
#include "io/LessonFile.h"

namespace pe {
namespace {
const std::string kAssets = PE_TEST_DIR "/../assets";

int stepCount(const std::string& lesson) {
  std::vector<std::string> warnings;
  return static_cast<int>(readLessonFile(lesson, warnings).steps.size());
}
}  // namespace

TEST(LessonRender, EveryStepOfTheBuiltInLessonsRenders) {
  const std::string dir = test::makeTempDir();
  for (const char* name : {"psoas-in-20-minutes", "psoas-quiz"}) {
    const std::string lesson = kAssets + "/lessons/" + name + ".json";
    const int steps = stepCount(lesson);
    ASSERT_GT(steps, 10) << lesson;
    for (int step = 1; step <= steps; ++step) {
      const std::string out = dir + "/" + name + "-" + std::to_string(step) + ".png";
      const test::CommandResult r =
          test::runApp({"--lesson", lesson, "--step", std::to_string(step), "--screenshot", out,
                        "--size", "240x180"});
      ASSERT_EQ(r.exitCode, 0) << name << " step " << step << ": " << r.output;
      EXPECT_GT(test::coveredFraction(readPng(out)), 0.02) << name << " step " << step;
    }
    // Past the end: the file and the number of steps are named.
    const test::CommandResult past = test::runApp(
        {"--lesson", lesson, "--step", std::to_string(steps + 1), "--screenshot", dir + "/x.png"});
    EXPECT_EQ(past.exitCode, 1);
    EXPECT_NE(past.output.find(name + std::string(".json: has ") + std::to_string(steps) +
                               " steps; there is no step " + std::to_string(steps + 1)),
              std::string::npos)
        << past.output;
  }
}

// A step that sets a pose, a clip plane, ghosting, a selection, attachments and labels at once
// draws what the same options on the command line draw; the handout's picture of it too.
TEST(LessonRender, AStepDrawsWhatItsOptionsDraw) {
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/l.json", R"({"psoas_explorer_lesson": 1, "title": "t", "steps": [
      {"title": "one", "view": {}},
      {"title": "two", "view": {"pose": {"hip_flexion_left": 60},
        "show": {"select": "iliacus_left", "ghost": true, "attachments": "iliacus_left",
                 "labels": true, "clip": "sagittal:0.05", "hide": ["skin"]},
        "camera": {"azimuth": 60, "elevation": 15}}}]})");
  const std::vector<std::string> size = {"--size", "400x300"};
  auto run = [&](std::vector<std::string> args) {
    args.insert(args.end(), size.begin(), size.end());
    const test::CommandResult r = test::runApp(args);
    EXPECT_EQ(r.exitCode, 0) << r.output;
  };
  run({"--lesson", dir + "/l.json", "--step", "2", "--screenshot", dir + "/step.png"});
  run({"--pose", "hip_flexion_left=60", "--select", "iliacus_left", "--ghost", "--attachments",
       "iliacus_left", "--labels", "--clip", "sagittal:0.05", "--hide", "skin", "--camera", "60,15",
       "--screenshot", dir + "/options.png"});
  run({"--export-lesson", dir + "/l.json", dir + "/handout"});
  const RgbaImage step = readPng(dir + "/step.png");
  const test::ImageDiff same = test::compareImages(step, readPng(dir + "/options.png"), 3);
  EXPECT_EQ(same.maxDifference, 0);
  const test::ImageDiff exported =
      test::compareImages(step, readPng(dir + "/handout/step-02.png"), 3);
  EXPECT_EQ(exported.maxDifference, 0);
  // The first step (everything, anterior) is a different picture.
  EXPECT_GT(test::compareImages(step, readPng(dir + "/handout/step-01.png"), 3).fractionOver, 0.05);
  // Options given with --lesson override the step's.
  run({"--lesson", dir + "/l.json", "--step", "2", "--camera", "0,0", "--screenshot",
       dir + "/over.png"});
  EXPECT_GT(test::compareImages(step, readPng(dir + "/over.png"), 3).fractionOver, 0.05);
}

TEST(LessonRender, BadLessonArgumentsAreNamed) {
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/bad.json", R"({"psoas_explorer_lesson": 1, "title": "t",
      "steps": [{"title": "one", "view": {"show": {"select": "no_such_muscle"}}}]})");
  const test::CommandResult missing =
      test::runApp({"--lesson", dir + "/bad.json", "--screenshot", dir + "/x.png"});
  EXPECT_EQ(missing.exitCode, 1);
  EXPECT_NE(missing.output.find("no_such_muscle"), std::string::npos) << missing.output;
  const test::CommandResult exported =
      test::runApp({"--export-lesson", dir + "/bad.json", dir + "/o"});
  EXPECT_EQ(exported.exitCode, 1);
  EXPECT_NE(
      exported.output.find("bad.json: step 1, steps[0].view.show.select names 'no_such_muscle'"),
      std::string::npos)
      << exported.output;
  const test::CommandResult step = test::runApp({"--step", "2", "--screenshot", dir + "/x.png"});
  EXPECT_EQ(step.exitCode, 2);
  EXPECT_NE(step.output.find("--step needs --lesson"), std::string::npos) << step.output;
  const test::CommandResult absent =
      test::runApp({"--export-lesson", dir + "/none.json", dir + "/o"});
  EXPECT_EQ(absent.exitCode, 1);
  EXPECT_NE(absent.output.find("none.json"), std::string::npos) << absent.output;
}
}  // namespace pe
