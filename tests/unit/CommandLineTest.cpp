#include <gtest/gtest.h>

#include "app/CommandLine.h"
#include "core/Error.h"
#include "core/KeyBindings.h"

namespace pe {
namespace {
CommandLine parse(std::vector<const char*> args) {
  args.insert(args.begin(), "psoas-explorer");
  return parseCommandLine(static_cast<int>(args.size()), args.data());
}
}  // namespace

TEST(CommandLine, ParsesScreenshotOptions) {
  CommandLine cl = parse({"model.glb", "--screenshot", "out.png", "--size", "800x600", "--view",
                          "left", "--time", "1.25", "--animation", "walk"});
  EXPECT_EQ(cl.file, "model.glb");
  EXPECT_EQ(cl.screenshot, "out.png");
  EXPECT_EQ(cl.width, 800);
  EXPECT_EQ(cl.height, 600);
  EXPECT_EQ(*cl.view.camera.azimuth, 90.0f);
  EXPECT_EQ(*cl.view.camera.elevation, 0.0f);
  EXPECT_FALSE(cl.view.camera.distance) << "a preset is framed";
  EXPECT_FLOAT_EQ(*cl.view.time, 1.25f);
  EXPECT_EQ(*cl.view.animation, "walk");
}

TEST(CommandLine, InfoTakesTheFile) {
  CommandLine cl = parse({"--info", "a.gltf"});
  EXPECT_TRUE(cl.info);
  EXPECT_EQ(cl.file, "a.gltf");
}

TEST(CommandLine, RejectsBadValuesWithTheOptionName) {
  for (std::vector<const char*> bad : {std::vector<const char*>{"--size", "12"},
                                       {"--size", "0x100"},
                                       {"--view", "sideways"},
                                       {"--time", "-1"},
                                       {"--time", "abc"},
                                       {"--bogus"},
                                       {"a.glb", "b.glb"},
                                       {"--screenshot"},
                                       {"--frames", "0"},
                                       {"--camera", "90"},
                                       {"--camera", "90,100"},
                                       {"--camera", "90,0,-1"},
                                       {"--camera", "a,b"},
                                       {"--frame", ","},
                                       {"--view-file"},
                                       {"--capture", "a.png", "--screenshot", "b.png"}}) {
    try {
      parse(bad);
      FAIL() << "accepted " << bad[0];
    } catch (const UsageError& e) {
      const std::string message = e.what();
      EXPECT_FALSE(message.empty());
      if (std::string(bad[0]).rfind("--", 0) == 0) {
        EXPECT_NE(message.find(bad[0]), std::string::npos) << message;
      }
    }
  }
}

TEST(CommandLine, HelpListsEveryOption) {
  const std::string help = usageText();
  for (const char* option : {"--screenshot",
                             "--size",
                             "--view",
                             "--time",
                             "--animation",
                             "--scene",
                             "--info",
                             "--frames",
                             "--no-settings",
                             "--verbose",
                             "--help",
                             "--version",
                             "--layers",
                             "--hide",
                             "--only",
                             "--select",
                             "--ghost",
                             "--labels",
                             "--attachments",
                             "--clip",
                             "--pose",
                             "--muscle-lengths",
                             "--contraction",
                             "--camera",
                             "--frame",
                             "--view-file",
                             "--save-view",
                             "--capture",
                             "--palpation-report",
                             "--side",
                             "--angle",
                             "--tilt",
                             "--point"})
    EXPECT_NE(help.find(option), std::string::npos) << option;
}

TEST(CommandLine, ParsesStructureOptions) {
  CommandLine cl =
      parse({"m.glb", "--layers", "bones,muscles", "--hide", "a,b", "--only", "c", "--select", "d",
             "--ghost", "--labels", "--attachments", "all", "--clip", "coronal:-0.02:flip"});
  EXPECT_EQ(*cl.view.layers, (std::vector<std::string>{"bones", "muscles"}));
  EXPECT_EQ(*cl.view.hide, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(*cl.view.only, std::vector<std::string>{"c"});
  EXPECT_EQ(*cl.view.select, "d");
  EXPECT_TRUE(*cl.view.ghost);
  EXPECT_TRUE(*cl.view.labels);
  EXPECT_EQ(*cl.view.attachments, "all");
  EXPECT_TRUE(cl.view.clip->enabled);
  EXPECT_EQ(cl.view.clip->normal, glm::vec3(0, 0, -1));  // flipped: keeps the front, cuts the back
  EXPECT_FLOAT_EQ(cl.view.clip->offset, 0.02f);
  EXPECT_FALSE(cl.view.contraction) << "not given";
  EXPECT_FALSE(cl.view.time);
  EXPECT_THROW(parse({"--hide", ","}), UsageError);
  EXPECT_THROW(parse({"--clip", "coronal"}), UsageError);
  EXPECT_THROW(parse({"--clip", "coronal:x"}), UsageError);
}
}  // namespace pe

namespace pe {
TEST(CommandLine, ParsesHipPoses) {
  CommandLine cl = parse({"--pose", "hip_flexion_left=90,hip_flexion_right=-15.5"});
  EXPECT_FLOAT_EQ(*cl.view.hipFlexion[0], 90.0f);
  EXPECT_FLOAT_EQ(*cl.view.hipFlexion[1], -15.5f);
  cl = parse({"--pose", "hip_flexion_right=0"});
  EXPECT_FALSE(cl.view.hipFlexion[0]);
  EXPECT_FLOAT_EQ(*cl.view.hipFlexion[1], 0.0f);
  for (const char* bad :
       {"hip_flexion_left=121", "hip_flexion_left=-21", "knee=10", "hip_flexion_left=ten",
        "hip_flexion_left", ",", "hip_flexion_left=nan"}) {
    try {
      parse({"--pose", bad});
      ADD_FAILURE() << "accepted --pose " << bad;
    } catch (const UsageError& e) {
      EXPECT_NE(std::string(e.what()).find("--pose"), std::string::npos) << e.what();
    }
  }
  EXPECT_NE(usageText().find("--pose"), std::string::npos);
}

TEST(CommandLine, MuscleLengthsTakesTheFileAndStandsAlone) {
  CommandLine cl = parse({"--muscle-lengths"});
  EXPECT_TRUE(cl.muscleLengths);
  EXPECT_TRUE(cl.file.empty());
  cl = parse({"--muscle-lengths", "model.glb"});
  EXPECT_EQ(cl.file, "model.glb");
  EXPECT_TRUE(*parse({"--contraction", "--screenshot", "a.png"}).view.contraction);
  for (std::vector<const char*> bad :
       {std::vector<const char*>{"--muscle-lengths", "--screenshot", "a.png"},
        std::vector<const char*>{"--muscle-lengths", "--info"}}) {
    try {
      parse(bad);
      ADD_FAILURE() << "accepted " << bad[1];
    } catch (const UsageError& e) {
      EXPECT_NE(std::string(e.what()).find("--muscle-lengths"), std::string::npos) << e.what();
    }
  }
}
}  // namespace pe

namespace pe {
TEST(CommandLine, ParsesTheCameraAndViewFiles) {
  CommandLine cl =
      parse({"--camera", "45,-10.5,1.2", "--frame", "femur_left,psoas_major_left", "--view-file",
             "v.json", "--save-view", "w.json", "--capture", "c.png", "--size", "640x480"});
  EXPECT_EQ(*cl.view.camera.azimuth, 45.0f);
  EXPECT_EQ(*cl.view.camera.elevation, -10.5f);
  EXPECT_EQ(*cl.view.camera.distance, 1.2f);
  EXPECT_EQ(cl.view.camera.frame, (std::vector<std::string>{"femur_left", "psoas_major_left"}));
  EXPECT_EQ(cl.viewFile, "v.json");
  EXPECT_EQ(cl.saveView, "w.json");
  EXPECT_EQ(cl.capture, "c.png");
  EXPECT_EQ(*cl.width, 640);
  cl = parse({"--view", "superior"});
  EXPECT_EQ(*cl.view.camera.azimuth, 180.0f);
  EXPECT_EQ(*cl.view.camera.elevation, 90.0f);
}

TEST(CommandLine, HelpListsEveryKeyOfTheTable) {
  const std::string help = usageText();
  for (const KeyBinding& b : keyBindings()) {
    EXPECT_NE(help.find(std::string("  ") + b.keys + " "), std::string::npos) << b.keys;
    EXPECT_NE(help.find(b.description), std::string::npos) << b.description;
  }
}
}  // namespace pe
