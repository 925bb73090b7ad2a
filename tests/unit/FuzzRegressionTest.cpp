// Every input a fuzzer found a problem with (tests/fuzz/regressions/KIND/) is replayed through
// the same checks, so a fixed problem stays fixed.
#include <gtest/gtest.h>

#include <filesystem>

#include "../fuzz/FuzzChecks.h"
#include "core/AtomicFile.h"

namespace pe {
TEST(FuzzRegressions, FoundInputsAreHandled) {
  namespace fs = std::filesystem;
  const fs::path root = fs::path(PE_TEST_DIR) / "fuzz" / "regressions";
  int replayed = 0;
  for (const auto& kind : fs::directory_iterator(root))
    for (const auto& file : fs::directory_iterator(kind.path())) {
      const std::string text = readWholeFile(file.path().string(), 1 << 20);
      const std::string name = kind.path().filename().string();
      const std::string problem = name == "view"        ? fuzz::checkView(text)
                                  : name == "lesson"    ? fuzz::checkLesson(text)
                                  : name == "settings"  ? fuzz::checkSettings(text)
                                  : name == "content"   ? fuzz::checkContent(text)
                                  : name == "palpation" ? fuzz::checkPalpation(text)
                                                        : fuzz::checkMeasurements(text);
      EXPECT_EQ(problem, "") << file.path();
      ++replayed;
    }
  EXPECT_GE(replayed, 1) << "no regression files found under " << root;
}
}  // namespace pe
