#include <gtest/gtest.h>

#include "app/CommandLine.h"
#include "core/Error.h"

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
  EXPECT_EQ(cl.view, ViewPreset::Left);
  EXPECT_FLOAT_EQ(*cl.time, 1.25f);
  EXPECT_EQ(cl.animation, "walk");
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
                                       {"--frames", "0"}}) {
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
  for (const char* option :
       {"--screenshot", "--size", "--view", "--time", "--animation", "--scene", "--info",
        "--frames", "--no-settings", "--verbose", "--help", "--version"})
    EXPECT_NE(help.find(option), std::string::npos) << option;
}
}  // namespace pe
