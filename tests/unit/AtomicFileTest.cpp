#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <random>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/SettingsFile.h"
#include "io/LessonFile.h"
#include "io/ViewFile.h"

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

namespace pe {
namespace {
// What each writer of user files writes, in two versions, for one path each.
struct UserFile {
  std::string path;
  std::function<void(int version)> write;
  std::string versions[2];
};

std::vector<UserFile> userFiles(const std::string& dir) {
  Settings a, b;
  b.camera.fovDegrees = 50.0f;
  b.ui.lastDirectory = std::string(4000, 'x');  // a longer file, a longer write
  BookmarkFile marks[2];
  for (int i = 0; i < 400; ++i) {
    ViewSpec v;
    v.camera.azimuth = float(i);
    v.hide = std::vector<std::string>{"skin", "femur_left"};
    marks[0].bookmarks.push_back({"View " + std::to_string(i), v});
    if (i % 2) marks[1].bookmarks.push_back({"Other " + std::to_string(i), v});
  }
  ViewSpec views[2];
  views[0].ghost = true;
  views[1].select = "psoas_major_left";
  Lesson lessons[2];
  for (int k = 0; k < 2; ++k) {
    lessons[k].title = "Lesson " + std::to_string(k);
    for (int i = 0; i < 100 + 200 * k; ++i)
      lessons[k].steps.push_back(
          {"Step " + std::to_string(i), std::string(200, 'x'), "", views[k], 1.0f, std::nullopt});
  }
  std::vector<UserFile> files = {
      {dir + "/settings.ini",
       [=](int k) { saveSettingsFile(dir + "/settings.ini", k ? b : a); },
       {}},
      {dir + "/views.jsonl", [=](int k) { writeBookmarkFile(dir + "/views.jsonl", marks[k]); }, {}},
      {dir + "/view.json", [=](int k) { writeViewFile(dir + "/view.json", views[k]); }, {}},
      {dir + "/lesson.json", [=](int k) { writeLessonFile(dir + "/lesson.json", lessons[k]); }, {}},
  };
  for (UserFile& f : files)
    for (int k : {1, 0}) {  // version 0 stays on disk
      f.write(k);
      f.versions[k] = readWholeFile(f.path, 1 << 24);
    }
  return files;
}
}  // namespace

// A writer killed with SIGKILL at a random moment, 200 times: each user file (settings,
// bookmarks, a view, a lesson) is always the old or the new version, never a truncated mix.
TEST(AtomicFile, KilledWritersLeaveTheOldOrTheNewFile) {
  const std::string dir = test::makeTempDir();
  const std::vector<UserFile> files = userFiles(dir);
  std::mt19937 random(12345);
  int torn = 0, killedMidway = 0;
  for (int round = 0; round < 200; ++round) {
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      for (int k = 1;; k ^= 1)
        for (const UserFile& f : files) f.write(k);
    }
    ::usleep(std::uniform_int_distribution<int>(0, 4000)(random));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    killedMidway += WIFSIGNALED(status);
    for (const UserFile& f : files) {
      const std::string now = readWholeFile(f.path, 1 << 24);
      if (now != f.versions[0] && now != f.versions[1]) {
        ++torn;
        ADD_FAILURE() << f.path << " is neither version after round " << round << " (" << now.size()
                      << " bytes)";
      }
    }
  }
  EXPECT_EQ(torn, 0);
  EXPECT_EQ(killedMidway, 200);
  // The next write clears what killed writers left behind.
  for (const UserFile& f : files) f.write(0);
  int temporaries = 0;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    temporaries += e.path().filename().string().find(".tmp.") != std::string::npos;
  EXPECT_EQ(temporaries, 0);
}
}  // namespace pe
