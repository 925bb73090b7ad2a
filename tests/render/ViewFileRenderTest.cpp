// Views on the bundled model: a screenshot with options and one from the view it saved are the
// same image; the viewer in a real window shows what the screenshot shows for a view file;
// framing follows what is visible and what --frame names.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>

#include "TestSupport.h"
#include "core/AtomicFile.h"
#include "io/PngFile.h"
#include "io/ViewFile.h"

namespace pe {
namespace {
std::string bundled() {
  return std::string(PE_TEST_DIR) + "/../assets/lumbopelvic.glb";
}

// The box around the pixels that differ from the background (the left-most pixel of each row).
struct PixelBox {
  int x0 = 1 << 30, y0 = 1 << 30, x1 = -1, y1 = -1;
  bool empty() const { return x1 < 0; }
};
template <typename Keep>
PixelBox boxOf(const RgbaImage& image, Keep keep) {
  PixelBox b;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      const uint8_t* p = &image.pixels[(size_t(y) * image.width + x) * 4];
      const uint8_t* bg = &image.pixels[size_t(y) * image.width * 4];
      if (!keep(p, bg)) continue;
      b.x0 = std::min(b.x0, x), b.x1 = std::max(b.x1, x);
      b.y0 = std::min(b.y0, y), b.y1 = std::max(b.y1, y);
    }
  return b;
}

bool notBackground(const uint8_t* p, const uint8_t* bg) {
  int d = 0;
  for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(p[c] - bg[c]));
  return d > 24;
}

// The box around the pixels where two images of the same size differ.
PixelBox boxOfDifference(const RgbaImage& a, const RgbaImage& b) {
  PixelBox box;
  for (int y = 0; y < a.height; ++y)
    for (int x = 0; x < a.width; ++x) {
      const size_t i = (size_t(y) * a.width + x) * 4;
      int d = 0;
      for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(a.pixels[i + c] - b.pixels[i + c]));
      if (d <= 24) continue;
      box.x0 = std::min(box.x0, x), box.x1 = std::max(box.x1, x);
      box.y0 = std::min(box.y0, y), box.y1 = std::max(box.y1, y);
    }
  return box;
}

void expectFramedAndCentred(const PixelBox& b, const RgbaImage& image, const std::string& what) {
  ASSERT_FALSE(b.empty()) << what << ": nothing drawn";
  const double height = double(b.y1 - b.y0 + 1) / image.height;
  const double cx = 0.5 * (b.x0 + b.x1 + 1) / image.width,
               cy = 0.5 * (b.y0 + b.y1 + 1) / image.height;
  std::printf("%s: box %d..%d x %d..%d, %.0f%% of the height, centre (%.3f, %.3f)\n", what.c_str(),
              b.x0, b.x1, b.y0, b.y1, 100 * height, cx, cy);
  EXPECT_GE(height, 0.60) << what;
  EXPECT_NEAR(cx, 0.5, 0.05) << what;
  EXPECT_NEAR(cy, 0.5, 0.05) << what;
}
}  // namespace

// Ten combinations of what a view holds, each saved by a screenshot and rendered again from the
// saved file alone: the two images are identical.
TEST(ViewFiles, SavedViewsRenderTheSameImage) {
  const std::string dir = test::makeTempDir();
  const std::vector<std::vector<std::string>> combinations = {
      {"--view", "left", "--pose", "hip_flexion_left=90", "--hide", "skin"},
      {"--clip", "sagittal:0.02", "--select", "psoas_major_left", "--ghost"},
      {"--only", "femur_left,psoas_major_left,iliacus_left", "--attachments", "all", "--view",
       "anterior"},
      {"--layers", "bones", "--attachments", "all", "--camera", "30,20"},
      {"--labels", "--only",
       "psoas_major_left,psoas_minor_left,iliacus_left,quadratus_lumborum_left"},
      {"--pose", "hip_flexion_left=120,hip_flexion_right=-15", "--contraction", "--hide", "skin",
       "--camera", "60,10"},
      {"--camera", "-45,30,1.1", "--select", "iliacus_right", "--attachments", "iliacus_right",
       "--hide", "skin"},
      {"--frame", "psoas_major_left", "--hide", "skin", "--clip", "coronal:0.0"},
      {"--animation", "hip_flexion_both", "--time", "1.5", "--view", "right", "--ghost", "--select",
       "femur_right"},
      {"--view", "superior", "--layers", "bones,muscles", "--clip", "transverse:-0.05", "--labels"},
  };
  int index = 0;
  for (const auto& options : combinations) {
    const std::string n = std::to_string(index++);
    std::vector<std::string> first = {
        bundled(), "--screenshot", dir + "/given" + n + ".png", "--size",
        "400x300", "--save-view",  dir + "/view" + n + ".json"};
    first.insert(first.end(), options.begin(), options.end());
    const test::CommandResult given = test::runApp(first);
    ASSERT_EQ(given.exitCode, 0) << n << ": " << given.output;
    const test::CommandResult saved =
        test::runApp({bundled(), "--screenshot", dir + "/saved" + n + ".png", "--size", "400x300",
                      "--view-file", dir + "/view" + n + ".json"});
    ASSERT_EQ(saved.exitCode, 0) << n << ": " << saved.output;
    const RgbaImage a = readPng(dir + "/given" + n + ".png"),
                    b = readPng(dir + "/saved" + n + ".png");
    EXPECT_GT(test::coveredFraction(a), 0.02) << n;
    EXPECT_TRUE(a.pixels == b.pixels) << "combination " << n << " differs after saving its view";
  }
}

TEST(ViewFiles, OptionsOverrideTheViewFile) {
  const std::string dir = test::makeTempDir();
  test::writeFile(
      dir + "/v.json",
      R"({"psoas_explorer_view": 1, "show": {"hide": ["skin"], "ghost": true}, "camera": {"view": "left"}})");
  const test::CommandResult r =
      test::runApp({bundled(), "--screenshot", dir + "/a.png", "--size", "200x150", "--view-file",
                    dir + "/v.json", "--view", "anterior", "--save-view", dir + "/out.json"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  std::vector<std::string> warnings;
  const ViewSpec out = readViewFile(dir + "/out.json", warnings);
  EXPECT_TRUE(warnings.empty());
  EXPECT_EQ(*out.camera.azimuth, 0.0f) << "--view replaces the file's direction";
  EXPECT_TRUE(*out.ghost) << "the file's other fields stay";
  ASSERT_TRUE(out.hide);
  EXPECT_NE(std::find(out.hide->begin(), out.hide->end(), "skin"), out.hide->end());
}

TEST(ViewFiles, BadViewFilesNameTheKeyAndTheFile) {
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/bad.json",
                  R"({"psoas_explorer_view": 1, "camera": {"azimuth": "left"}})");
  test::CommandResult r =
      test::runApp({bundled(), "--screenshot", dir + "/a.png", "--view-file", dir + "/bad.json"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find(dir + "/bad.json"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("camera.azimuth"), std::string::npos) << r.output;
  test::writeFile(dir + "/odd.json",
                  R"({"psoas_explorer_view": 1, "show": {"colour": "red", "hide": ["skin"]}})");
  r = test::runApp({bundled(), "--screenshot", dir + "/a.png", "--size", "64x64", "--view-file",
                    dir + "/odd.json"});
  EXPECT_EQ(r.exitCode, 0) << r.output;
  EXPECT_NE(r.output.find("unknown key 'show.colour'"), std::string::npos) << r.output;
  test::writeFile(dir + "/id.json",
                  R"({"psoas_explorer_view": 1, "show": {"select": "psoas_maximus"}})");
  r = test::runApp({bundled(), "--screenshot", dir + "/a.png", "--size", "64x64", "--view-file",
                    dir + "/id.json"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("has no structure with id 'psoas_maximus'"), std::string::npos)
      << r.output;
}

TEST(ViewFiles, FramingFollowsWhatIsVisible) {
  const std::string dir = test::makeTempDir();
  test::CommandResult r = test::runApp({bundled(), "--screenshot", dir + "/femur.png", "--size",
                                        "400x300", "--only", "femur_left", "--view", "anterior"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const RgbaImage femur = readPng(dir + "/femur.png");
  expectFramedAndCentred(boxOf(femur, notBackground), femur, "--only femur_left");
  // The psoas is where selecting it changes the picture.
  for (const char* name : {"plain", "selected"}) {
    std::vector<std::string> args = {bundled(),          "--screenshot", dir + "/" + name + ".png",
                                     "--size",           "400x300",      "--frame",
                                     "psoas_major_left", "--hide",       "skin"};
    if (std::string(name) == "selected") args.insert(args.end(), {"--select", "psoas_major_left"});
    r = test::runApp(args);
    ASSERT_EQ(r.exitCode, 0) << r.output;
  }
  const RgbaImage plain = readPng(dir + "/plain.png"), selected = readPng(dir + "/selected.png");
  expectFramedAndCentred(boxOfDifference(plain, selected), selected, "--frame psoas_major_left");
}

// The viewer opened with a view file, in a real window, shows the view the screenshot command
// renders from the same file.
TEST(ViewFiles, TheViewerShowsWhatTheScreenshotShows) {
  if (std::system("command -v xvfb-run > /dev/null 2>&1") != 0) {
    if (test::inCi()) FAIL() << "xvfb-run is not installed";
    GTEST_SKIP() << "xvfb-run is not installed";
  }
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/v.json", R"({"psoas_explorer_view": 1,
      "pose": {"hip_flexion_left": 60}, "show": {"hide": ["skin"], "select": "psoas_major_left",
      "attachments": "psoas_major_left", "clip": {"normal": [0, 0, 1], "offset": 0.03}},
      "camera": {"azimuth": 35, "elevation": 15}})");
  const test::CommandResult shot =
      test::runApp({bundled(), "--screenshot", dir + "/offscreen.png", "--size", "640x480",
                    "--view-file", dir + "/v.json"});
  ASSERT_EQ(shot.exitCode, 0) << shot.output;
  // The whole window is the view, as in the screenshot: the sidebar hidden in the settings.
  makeDirectories(dir + "/config/psoas-explorer");
  test::writeFile(dir + "/config/psoas-explorer/settings.ini", "ui.show_sidebar = false\n");
  const test::CommandResult viewer = test::runApp(
      {bundled(), "--size", "640x480", "--frames", "20", "--view-file", dir + "/v.json",
       "--capture", dir + "/window.png", "--save-view", dir + "/exit.json"},
      "XDG_CONFIG_HOME=" + dir + "/config xvfb-run -a -s '-screen 0 1024x768x24'");
  ASSERT_EQ(viewer.exitCode, 0) << viewer.output;
  const RgbaImage offscreen = readPng(dir + "/offscreen.png"),
                  window = readPng(dir + "/window.png");
  ASSERT_EQ(window.width, 640) << "the window has the size asked for";
  ASSERT_EQ(window.height, 480);
  const test::ImageDiff diff = test::compareImages(window, offscreen, 3);
  std::printf("viewer vs screenshot: %.4f%% of pixels over 3/255, mean %.3f\n",
              100 * diff.fractionOver, diff.meanDifference);
  // The reference-image tolerance (ReferenceImageTest.cpp): 1% of pixels, mean 1/255.
  EXPECT_LE(diff.fractionOver, 0.01);
  EXPECT_LE(diff.meanDifference, 1.0);
  EXPECT_GT(test::coveredFraction(window), 0.02);
  // What the viewer saves at exit is the view it was given.
  std::vector<std::string> warnings;
  const ViewSpec exit = readViewFile(dir + "/exit.json", warnings);
  EXPECT_NEAR(*exit.hipFlexion[0], 60.0f, 1e-3f);
  EXPECT_EQ(*exit.select, "psoas_major_left");
  EXPECT_NEAR(*exit.camera.azimuth, 35.0f, 1e-3f);
  EXPECT_NEAR(*exit.camera.elevation, 15.0f, 1e-3f);
}
}  // namespace pe
