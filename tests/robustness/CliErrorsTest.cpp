// Bad input on the command line: clear one-line messages and the documented exit codes.
#include <gtest/gtest.h>

#include <filesystem>

#include "TestSupport.h"

namespace pe {
namespace {
int lineCount(const std::string& s) {
  int n = 0;
  for (char c : s) n += c == '\n';
  return n;
}
}  // namespace

TEST(CliErrors, MissingFileIsOneLineAndExitOne) {
  const std::string missing = test::makeTempDir() + "/no-such-model.glb";
  for (auto args : {std::vector<std::string>{"--info", missing},
                    std::vector<std::string>{missing, "--screenshot", missing + ".png"}}) {
    test::CommandResult r = test::runApp(args);
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_EQ(lineCount(r.output), 1) << r.output;
    EXPECT_NE(r.output.find(missing), std::string::npos);
    EXPECT_NE(r.output.find("not found"), std::string::npos);
  }
}

TEST(CliErrors, NotAGltfFileIsRefused) {
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/notes.gltf", "These are lecture notes, not a model.\n");
  test::writeFile(dir + "/image.glb", std::string("\x89PNG\r\n\x1a\n\0\0\0\0", 12));
  for (const char* name : {"/notes.gltf", "/image.glb"}) {
    test::CommandResult r = test::runApp({"--info", dir + name});
    EXPECT_EQ(r.exitCode, 1) << r.output;
    EXPECT_EQ(lineCount(r.output), 1) << r.output;
    EXPECT_NE(r.output.find(dir + name), std::string::npos) << r.output;
  }
}

TEST(CliErrors, BadFlagsExitTwoWithTheReason) {
  for (auto args :
       {std::vector<std::string>{"--frobnicate"}, std::vector<std::string>{"--size", "huge"},
        std::vector<std::string>{"--view", "diagonal"}, std::vector<std::string>{"--time"}}) {
    test::CommandResult r = test::runApp(args);
    EXPECT_EQ(r.exitCode, 2) << r.output;
    EXPECT_NE(r.output.find(args[0]), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("--help"), std::string::npos) << r.output;
  }
}

TEST(CliErrors, HelpAndVersion) {
  test::CommandResult help = test::runApp({"--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_NE(help.output.find("--screenshot"), std::string::npos);
  test::CommandResult version = test::runApp({"--version"});
  EXPECT_EQ(version.exitCode, 0);
  EXPECT_EQ(version.output.rfind("psoas-explorer ", 0), 0u) << version.output;
}

TEST(CliErrors, InfoSummarisesAValidFile) {
  PE_REQUIRE_SHARED();
  test::CommandResult r =
      test::runApp({"--info", test::sharedDir() + "/gltf-samples/Fox/glTF-Binary/Fox.glb"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  for (const char* field : {"nodes:", "meshes:", "triangles:  576", "materials:", "skins:      1",
                            "clips:      3", "\"Walk\"", "bounds:"})
    EXPECT_NE(r.output.find(field), std::string::npos) << field << "\n" << r.output;
}

TEST(CliErrors, UnknownAnimationOrSceneIsAnError) {
  PE_REQUIRE_SHARED();
  const std::string fox = test::sharedDir() + "/gltf-samples/Fox/glTF-Binary/Fox.glb";
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r = test::runApp({fox, "--screenshot", out, "--animation", "Fly"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no animation named 'Fly'"), std::string::npos) << r.output;
  r = test::runApp({fox, "--screenshot", out, "--scene", "5"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no scene 5"), std::string::npos) << r.output;
}

TEST(CliErrors, PoseNeedsAModelWithAHipRig) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r =
      test::runApp({model, "--screenshot", out, "--pose", "hip_flexion_left=30"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("has no hip rig"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.rfind("psoas-explorer: error: " + model, 0), 0u) << r.output;
  r = test::runApp({model, "--screenshot", out, "--pose", "hip_flexion_left=130"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.output.find("between -20 and 120"), std::string::npos) << r.output;
}

TEST(CliErrors, HabitusIsFromMinusOneToOneAndNeedsTheBuilds) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r = test::runApp({model, "--screenshot", out, "--habitus", "1.5"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.output.find("--habitus expects a build from -1 to 1, got '1.5'"), std::string::npos)
      << r.output;
  r = test::runApp({model, "--screenshot", out, "--habitus", "heavy"});
  EXPECT_EQ(r.exitCode, 2);
  r = test::runApp({model, "--screenshot", out, "--habitus", "0.5"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("has no lean and heavy builds"), std::string::npos) << r.output;
}

TEST(CliErrors, MuscleLengthsNeedLinesAndARig) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  test::CommandResult r = test::runApp({model, "--muscle-lengths"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("has no hip rig"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("muscle,angle_deg"), std::string::npos)
      << "no CSV on failure: " << r.output;
  const std::string out = test::makeTempDir() + "/tint.png";
  r = test::runApp({model, "--screenshot", out, "--contraction"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("--contraction"), std::string::npos) << r.output;
  r = test::runApp({"/nonexistent/model.glb", "--muscle-lengths"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("/nonexistent/model.glb"), std::string::npos) << r.output;
}
// --palpation-report: bad aims exit 2 naming the option; a model without the probe's ids exits 1
// naming the missing id, with no CSV.
TEST(CliErrors, PalpationReportNamesBadAimsAndMissingIds) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  const std::vector<std::pair<std::vector<std::string>, std::string>> bad = {
      {{"--palpation-report", "--side", "middle"}, "--side"},
      {{"--palpation-report", "--angle", "60"}, "--angle"},
      {{"--palpation-report", "--angle", "-5"}, "--angle"},
      {{"--palpation-report", "--tilt", "x"}, "--tilt"},
      {{"--palpation-report", "--point", "1,2"}, "--point"},
      {{"--palpation-report", "--point", "1,2,nan"}, "--point Z"},
      {{"--palpation-report", "--habitus", "2"}, "--habitus"},
      {{"--angle", "10"}, "--palpation-report"},
      {{"--palpation-report", "--info"}, "cannot be combined"},
      {{"--palpation", "11"}, "--palpation"},
      {{"--palpation", "pressing"}, "--palpation"},
      {{"--palpation", "press", "--position", "prone"}, "--position"},
      {{"--palpation", "release", "--technique", "stretch"}, "--technique"},
      {{"--position", "seated"}, "--palpation STEP"},
      {{"--palpation", "press", "--palpation-report"}, "cannot be combined"},
      {{"--palpation", "press", "--info"}, "cannot be combined"},
      {{"--palpation", "press", "--point", "-96,1,15"}, "--side is left"}};
  for (const auto& [args, named] : bad) {
    std::vector<std::string> all = {model};
    all.insert(all.end(), args.begin(), args.end());
    const test::CommandResult r = test::runApp(all);
    EXPECT_EQ(r.exitCode, 2) << args[1] << ": " << r.output;
    EXPECT_NE(r.output.find(named), std::string::npos) << r.output;
  }
  const test::CommandResult r = test::runApp({model, "--palpation-report"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("has no 'skin'"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("side,habitus"), std::string::npos) << "no CSV on failure";
  // A step's picture of a model without the ids says which and writes nothing.
  const std::string png = test::makeTempDir() + "/step.png";
  const test::CommandResult step =
      test::runApp({model, "--palpation", "press", "--screenshot", png, "--size", "64x64"});
  EXPECT_EQ(step.exitCode, 1);
  EXPECT_NE(step.output.find("has no 'skin'"), std::string::npos) << step.output;
  EXPECT_FALSE(std::filesystem::exists(png));
}
}  // namespace pe
