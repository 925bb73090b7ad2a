#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/SettingsFile.h"

namespace pe {
TEST(SettingsFile, RoundTripsEverySetting) {
  Settings s;
  s.camera.fovDegrees = 50;
  s.render.backgroundTop = {0.1f, 0.2f, 0.3f};
  s.render.msaaSamples = 8;
  s.animation.loop = false;
  s.ui.lastDirectory = "/home/student/models";
  s.window.width = 1920;
  Settings back;
  std::vector<std::string> problems;
  parseSettings(serializeSettings(s), "settings.ini", back, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(serializeSettings(back), serializeSettings(s));
}

TEST(SettingsFile, CorruptLinesAreReportedAndTheRestKept) {
  Settings s;
  std::vector<std::string> problems;
  parseSettings(
      "camera.fov_degrees = 60\ngarbage line\nrender.msaa_samples = lots\nwhat.is.this = 1\n"
      "animation.speed = 2\n\x01\x02",
      "/cfg/settings.ini", s, problems);
  EXPECT_FLOAT_EQ(s.camera.fovDegrees, 60);
  EXPECT_FLOAT_EQ(s.animation.speed, 2);
  EXPECT_EQ(s.render.msaaSamples, Settings().render.msaaSamples);
  ASSERT_EQ(problems.size(), 4u);
  EXPECT_NE(problems[0].find("/cfg/settings.ini:2"), std::string::npos);
  EXPECT_NE(problems[1].find("msaa_samples"), std::string::npos);
}

TEST(SettingsFile, OutOfRangeNumbersKeepDefaults) {
  Settings s;
  std::vector<std::string> problems;
  parseSettings("camera.fov_degrees = 1000\nwindow.width = -5\nrender.ambient = nan\n", "s.ini", s,
                problems);
  EXPECT_EQ(problems.size(), 3u);
  EXPECT_FLOAT_EQ(s.camera.fovDegrees, Settings().camera.fovDegrees);
}

TEST(SettingsFile, SaveThenLoadThroughTheFileSystem) {
  const std::string path = test::makeTempDir() + "/nested/settings.ini";
  Settings s;
  s.ui.fontScale = 1.5f;
  saveSettingsFile(path, s);
  std::vector<std::string> problems;
  Settings back = loadSettingsFile(path, problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_FLOAT_EQ(back.ui.fontScale, 1.5f);
}
}  // namespace pe
