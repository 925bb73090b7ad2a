#include <filesystem>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/AtomicFile.h"
#include "core/Error.h"

namespace pe {
TEST(AtomicFile, ReplacesContentsAndLeavesNoTemporaryFiles) {
  const std::string dir = test::makeTempDir();
  const std::string path = dir + "/settings.ini";
  writeFileAtomically(path, "first");
  writeFileAtomically(path, "second");
  EXPECT_EQ(readWholeFile(path, 100), "second");
  int files = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 1);
}

TEST(AtomicFile, FailureKeepsTheOldFileAndNamesThePath) {
  const std::string dir = test::makeTempDir();
  try {
    writeFileAtomically(dir + "/missing-folder/x.ini", "data");
    FAIL() << "expected FileError";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("missing-folder/x.ini"), std::string::npos);
  }
}

TEST(AtomicFile, ReadRefusesMissingDirectoriesAndOversizedFiles) {
  const std::string dir = test::makeTempDir();
  EXPECT_THROW(readWholeFile(dir + "/nope", 10), FileError);
  EXPECT_THROW(readWholeFile(dir, 10), FileError);
  test::writeFile(dir + "/big", std::string(100, 'x'));
  EXPECT_THROW(readWholeFile(dir + "/big", 10), FileError);
}
}  // namespace pe
