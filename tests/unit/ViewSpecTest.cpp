// Views without a window: the JSON form, overlaying the command line on a file, camera angles,
// bookmarks with a damaged line, applying and capturing a view, the key table.
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <tuple>

#include "TestSupport.h"
#include "app/DocumentLoader.h"
#include "app/ViewApply.h"
#include "core/Error.h"
#define GLFW_INCLUDE_NONE
#include <GLFW/glfw3.h>

#include "core/KeyBindings.h"
#include "io/GltfFile.h"
#include "io/ViewFile.h"

namespace pe {
namespace {
ViewSpec everyField() {
  ViewSpec v;
  v.scene = 0;
  v.animation = "hip_flexion_left";
  v.time = 1.25f;
  v.hipFlexion = {45.0f, -12.5f};
  v.habitus = -0.625f;
  v.layers = std::vector<std::string>{"bones", "muscles"};
  v.sides = std::vector<std::string>{"left"};
  v.only = std::vector<std::string>{"femur_left"};
  v.hide = std::vector<std::string>{"skin"};
  v.opacity = std::map<std::string, float>{{"iliacus_left", 0.3f}};
  v.ghost = true;
  v.select = "psoas_major_left";
  v.labels = true;
  v.attachments = "all";
  v.clip = ClipPlane{true, glm::vec3(0.0f, 0.0f, 1.0f), 0.0123f};
  v.contraction = true;
  v.camera.azimuth = 33.3f;
  v.camera.elevation = -12.1f;
  v.camera.distance = 0.987654f;
  v.camera.target = glm::vec3(0.1f, -0.2f, 0.3f);
  v.camera.fov = 40.0f;
  v.camera.frame = {"femur_left"};
  return v;
}

void expectSame(const ViewSpec& a, const ViewSpec& b) {
  EXPECT_EQ(a.scene, b.scene);
  EXPECT_EQ(a.animation, b.animation);
  EXPECT_EQ(a.time, b.time);
  EXPECT_EQ(a.hipFlexion, b.hipFlexion);
  EXPECT_EQ(a.layers, b.layers);
  EXPECT_EQ(a.sides, b.sides);
  EXPECT_EQ(a.only, b.only);
  EXPECT_EQ(a.hide, b.hide);
  EXPECT_EQ(a.opacity, b.opacity);
  EXPECT_EQ(a.ghost, b.ghost);
  EXPECT_EQ(a.select, b.select);
  EXPECT_EQ(a.labels, b.labels);
  EXPECT_EQ(a.attachments, b.attachments);
  ASSERT_EQ(a.clip.has_value(), b.clip.has_value());
  if (a.clip) {
    EXPECT_EQ(a.clip->enabled, b.clip->enabled);
    EXPECT_EQ(a.clip->normal, b.clip->normal);
    EXPECT_EQ(a.clip->offset, b.clip->offset);
  }
  EXPECT_EQ(a.contraction, b.contraction);
  EXPECT_EQ(a.habitus, b.habitus);
  EXPECT_EQ(a.camera.azimuth, b.camera.azimuth);
  EXPECT_EQ(a.camera.elevation, b.camera.elevation);
  EXPECT_EQ(a.camera.distance, b.camera.distance);
  EXPECT_EQ(a.camera.target, b.camera.target);
  EXPECT_EQ(a.camera.fov, b.camera.fov);
  EXPECT_EQ(a.camera.frame, b.camera.frame);
}

std::string problemOf(const std::string& json) {
  std::vector<std::string> warnings;
  try {
    parseViewJson(json, "v.json", warnings);
  } catch (const FileError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(ViewSpec, JsonRoundTripsEveryFieldExactly) {
  const ViewSpec v = everyField();
  std::vector<std::string> warnings;
  expectSame(parseViewJson(viewToJson(v), "v.json", warnings), v);
  expectSame(parseViewJson(viewToJson(v, -1), "v.json", warnings), v);
  EXPECT_TRUE(warnings.empty());
  expectSame(parseViewJson(viewToJson(ViewSpec()), "empty.json", warnings), ViewSpec());
}

TEST(ViewSpec, UnknownKeysWarnAndBadValuesNameTheKeyAndFile) {
  std::vector<std::string> warnings;
  const ViewSpec v = parseViewJson(
      R"({"psoas_explorer_view": 1, "colour": 1, "show": {"ghost": true, "glow": 2}, "camera": {"view": "left", "zoom": 3}})",
      "v.json", warnings);
  EXPECT_TRUE(*v.ghost);
  EXPECT_EQ(*v.camera.azimuth, 90.0f);
  ASSERT_EQ(warnings.size(), 3u);
  const std::string all = warnings[0] + warnings[1] + warnings[2];
  for (const char* key : {"'colour'", "'show.glow'", "'camera.zoom'"})
    EXPECT_NE(all.find(key), std::string::npos) << key;
  EXPECT_NE(warnings[0].find("v.json"), std::string::npos);

  const std::vector<std::pair<std::string, std::string>> bad = {
      {R"({"psoas_explorer_view": 1, "camera": {"azimuth": "left"}})",
       "'camera.azimuth' must be a number"},
      {R"({"psoas_explorer_view": 1, "camera": {"elevation": 95}})",
       "'camera.elevation' must be from -90 to 90"},
      {R"({"psoas_explorer_view": 1, "camera": {"view": "sideways"}})", "'camera.view'"},
      {R"({"psoas_explorer_view": 1, "pose": {"hip_flexion_left": 130}})",
       "'pose.hip_flexion_left'"},
      {R"({"psoas_explorer_view": 1, "show": {"hide": "skin"}})",
       "'show.hide' must be a list of ids"},
      {R"({"psoas_explorer_view": 1, "show": {"opacity": {"skin": 2}}})", "'show.opacity.skin'"},
      {R"({"psoas_explorer_view": 1, "show": {"clip": {"normal": [0, 0, 0], "offset": 0}}})",
       "'show.clip.normal'"},
      {R"({"psoas_explorer_view": 1, "show": {"sides": ["up"]}})", "'show.sides'"},
      {R"({"psoas_explorer_view": 1, "show": {"ghost": 1}})", "'show.ghost' must be true or false"},
      {R"({"psoas_explorer_view": 9})", "newer than this program"},
      {R"({"camera": {}})", "'psoas_explorer_view' is missing"},
      {R"([1, 2])", "must be an object"},
      {R"({"psoas_explorer_view": 1,)", "invalid JSON"},
  };
  for (const auto& [json, expected] : bad) {
    const std::string problem = problemOf(json);
    EXPECT_EQ(problem.rfind("v.json: ", 0), 0u) << json << " -> " << problem;
    EXPECT_NE(problem.find(expected), std::string::npos) << json << " -> " << problem;
  }
}

TEST(ViewSpec, TheCommandLineOverridesOnlyWhatItGives) {
  ViewSpec file = everyField();
  ViewSpec cl;
  cl.ghost = false;
  cl.hide = std::vector<std::string>{"iliacus_left"};
  ViewSpec v = overlayView(file, cl);
  EXPECT_FALSE(*v.ghost);
  EXPECT_EQ(*v.hide, std::vector<std::string>{"iliacus_left"});
  EXPECT_EQ(*v.select, "psoas_major_left") << "not given: the file's";
  EXPECT_EQ(v.camera.distance, file.camera.distance) << "no new direction: the file's camera stays";
  cl.camera.azimuth = 180.0f;
  cl.camera.elevation = 0.0f;
  v = overlayView(file, cl);
  EXPECT_EQ(*v.camera.azimuth, 180.0f);
  EXPECT_FALSE(v.camera.distance) << "a new direction is framed afresh";
  EXPECT_FALSE(v.camera.target);
  EXPECT_TRUE(v.camera.frame.empty());
  cl.camera.distance = 2.0f;
  EXPECT_EQ(*overlayView(file, cl).camera.distance, 2.0f);
}

TEST(ViewSpec, CameraAnglesMatchThePresetsAndReadBack) {
  for (ViewPreset p : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left,
                       ViewPreset::Right, ViewPreset::Superior, ViewPreset::Inferior}) {
    OrbitCamera camera;
    camera.pose.orientation = orientationFromAngles(viewPresetAngles(p));
    const glm::vec3 eye = camera.eye();
    const glm::vec3 expected = p == ViewPreset::Anterior    ? glm::vec3(0, 0, 1)
                               : p == ViewPreset::Posterior ? glm::vec3(0, 0, -1)
                               : p == ViewPreset::Left      ? glm::vec3(1, 0, 0)
                               : p == ViewPreset::Right     ? glm::vec3(-1, 0, 0)
                               : p == ViewPreset::Superior  ? glm::vec3(0, 1, 0)
                                                            : glm::vec3(0, -1, 0);
    EXPECT_LT(glm::length(eye - expected), 1e-5f) << viewPresetName(p);
    const CameraAngles back = anglesOf(camera.pose.orientation);
    const CameraAngles given = viewPresetAngles(p);
    EXPECT_NEAR(back.elevation, given.elevation, 1e-3f) << viewPresetName(p);
    EXPECT_NEAR(std::remainder(back.azimuth - given.azimuth, 360.0f), 0.0f, 1e-3f)
        << viewPresetName(p);
  }
  // Orbiting keeps the turntable form, so any orbit reads back as angles.
  OrbitCamera camera;
  camera.orbit(glm::radians(30.0f), glm::radians(-20.0f));
  camera.orbit(glm::radians(15.0f), glm::radians(-5.0f));
  const CameraAngles a = anglesOf(camera.pose.orientation);
  EXPECT_NEAR(a.azimuth, 45.0f, 1e-3f);
  EXPECT_NEAR(a.elevation, 25.0f, 1e-3f);
}

TEST(ViewSpec, BookmarksKeepADamagedLineAndTheReadableOnes) {
  const std::string dir = test::makeTempDir();
  const std::string path = dir + "/views.jsonl";
  BookmarkFile file;
  file.bookmarks.push_back({"Psoas from the left", everyField()});
  file.bookmarks.push_back({"Front", ViewSpec()});
  writeBookmarkFile(path, file);
  {
    std::ifstream in(path);
    std::string first, second;
    std::getline(in, first);
    std::getline(in, second);
    test::writeFile(
        path, first +
                  "\n{\"name\": \"broken\", \"view\": {\"psoas_explorer_view\": 1, \"camera\": \n" +
                  second + "\n");
  }
  std::vector<std::string> problems;
  BookmarkFile read = readBookmarkFile(path, problems);
  ASSERT_EQ(read.bookmarks.size(), 2u);
  EXPECT_EQ(read.bookmarks[0].name, "Psoas from the left");
  expectSame(read.bookmarks[0].view, everyField());
  EXPECT_EQ(read.bookmarks[1].name, "Front");
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_NE(problems[0].find(path + ":2"), std::string::npos) << problems[0];
  ASSERT_EQ(read.unreadable.size(), 1u);
  // Writing back keeps the damaged line: nothing the user made is lost.
  read.bookmarks.push_back({"Third", ViewSpec()});
  writeBookmarkFile(path, read);
  problems.clear();
  const BookmarkFile again = readBookmarkFile(path, problems);
  EXPECT_EQ(again.bookmarks.size(), 3u);
  EXPECT_EQ(again.unreadable, read.unreadable);
}

TEST(ViewSpec, ApplyingThenCapturingGivesTheSameView) {
  ViewerState state;
  const std::string path = test::writeLabelledModel(test::makeTempDir());
  openDocument(path, state);
  ViewSpec v;
  v.hide = std::vector<std::string>{"hip_bone_left"};
  v.select = "psoas_major_left";
  v.ghost = true;
  v.labels = true;
  v.clip = ClipPlane{true, glm::vec3(1, 0, 0), 0.01f};
  v.opacity = std::map<std::string, float>{{"psoas_major_left", 0.5f}};
  EXPECT_TRUE(applyView(v, state).empty());
  EXPECT_FALSE(state.structures.shown(state.structures.index().find("hip_bone_left")));
  const ViewSpec captured = captureView(state, CameraSpec());
  EXPECT_EQ(*captured.hide, std::vector<std::string>{"hip_bone_left"});
  EXPECT_EQ(*captured.select, "psoas_major_left");
  EXPECT_TRUE(*captured.ghost && *captured.labels && captured.clip->enabled);
  EXPECT_EQ(captured.opacity->at("psoas_major_left"), 0.5f);
  // Applying the capture to a fresh state gives the same state.
  ViewerState again;
  openDocument(path, again);
  EXPECT_TRUE(applyView(captured, again).empty());
  const auto a = state.structures.nodeAppearance(state.document.model()->nodes.size());
  const auto b = again.structures.nodeAppearance(again.document.model()->nodes.size());
  for (size_t n = 0; n < a.size(); ++n) {
    EXPECT_EQ(a[n].visible, b[n].visible) << n;
    EXPECT_EQ(a[n].opacity, b[n].opacity) << n;
  }
  // What the model lacks is named; the rest still applies.
  ViewSpec wrong;
  wrong.select = "spleen";
  wrong.layers = std::vector<std::string>{"organs"};
  wrong.ghost = true;
  const auto problems = applyView(wrong, again);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_NE(problems[0].find(path + ": has no layer 'organs'"), std::string::npos) << problems[0];
  EXPECT_NE(problems[1].find("'spleen'"), std::string::npos) << problems[1];
  EXPECT_TRUE(again.structures.ghost);
}

// --layers bones --attachments all: the footprints stay on the bones (options compose); and
// isolating a muscle keeps its footprints with it.
TEST(ViewSpec, AttachmentsComposeWithLayersAndIsolation) {
  ViewerState state;
  const std::string path = test::writeLabelledModel(test::makeTempDir());
  openDocument(path, state);
  const StructureIndex& index = state.structures.index();
  ViewSpec v;
  v.layers = std::vector<std::string>{"bones"};
  v.attachments = "all";
  ASSERT_TRUE(applyView(v, state).empty());
  EXPECT_TRUE(state.structures.shown(index.find("hip_bone_left")));
  EXPECT_FALSE(state.structures.shown(index.find("psoas_major_left")));
  EXPECT_TRUE(state.structures.shown(index.find("psoas_major_left_origin")));
  EXPECT_TRUE(state.structures.shown(index.find("psoas_major_left_insertion")));
  ViewSpec only;
  only.only = std::vector<std::string>{"psoas_major_left"};
  only.attachments = "psoas_major_left";
  ASSERT_TRUE(applyView(only, state).empty());
  EXPECT_FALSE(state.structures.shown(index.find("hip_bone_left")));
  EXPECT_TRUE(state.structures.shown(index.find("psoas_major_left_origin")));
  // The capture says so, and hiding the attachments layer is captured as none.
  EXPECT_EQ(*captureView(state, CameraSpec()).attachments, "psoas_major_left");
  state.structures.setLayerVisible("attachments", false);
  EXPECT_EQ(*captureView(state, CameraSpec()).attachments, "none");
}

TEST(KeyBindings, EveryActionHasOneKeyAndNoKeyTwoActions) {
  std::set<std::tuple<int, bool, bool>> keys;
  std::set<Action> actions;
  for (const KeyBinding& b : keyBindings()) {
    EXPECT_TRUE(keys.insert({b.key, b.ctrl, b.shift}).second) << b.keys << " is bound twice";
    EXPECT_TRUE(actions.insert(b.action).second) << b.description;
    EXPECT_GT(std::string(b.description).size(), 3u);
  }
  EXPECT_EQ(actions.size(), static_cast<size_t>(Action::Help) + 1) << "an action without a key";
  EXPECT_STREQ(bindingFor(Action::AddBookmark).keys, "Ctrl+B");
  const std::string help = controlsHelpText();
  EXPECT_NE(help.find("Ctrl+B"), std::string::npos);
  EXPECT_NE(help.find("Left drag on a femur"), std::string::npos);
  // Presenter mode: every clicker key of the issue moves or blanks, no key does two things.
  std::set<int> presenterKeys;
  for (const PresenterBinding& b : presenterBindings())
    for (int key : b.keys) EXPECT_TRUE(presenterKeys.insert(key).second) << b.keysText;
  for (int key : {GLFW_KEY_RIGHT, GLFW_KEY_LEFT, GLFW_KEY_PAGE_DOWN, GLFW_KEY_PAGE_UP,
                  GLFW_KEY_SPACE, GLFW_KEY_B, GLFW_KEY_ESCAPE})
    EXPECT_TRUE(presenterKeys.count(key)) << key;
  EXPECT_NE(help.find("In presenter mode"), std::string::npos);
}
}  // namespace pe
