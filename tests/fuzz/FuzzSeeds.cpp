// psoas-fuzz-seeds DIR: writes the fuzzers' seed corpus, files this project makes itself:
// small glTF and GLB files from the test helpers, the bundled model, its content file and
// measurement table, settings, views and bookmarks. src/scripts/fuzz.sh runs it.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "TestSupport.h"
#include "core/AtomicFile.h"
#include "core/SettingsFile.h"
#include "io/ViewFile.h"

namespace {
namespace fs = std::filesystem;

std::string base64(const std::string& in) {
  static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  int value = 0, bits = -6;
  for (unsigned char c : in) {
    value = (value << 8) + c;
    bits += 8;
    while (bits >= 0) {
      out.push_back(table[(value >> bits) & 0x3F]);
      bits -= 6;
    }
  }
  if (bits > -6) out.push_back(table[((value << 8) >> (bits + 8)) & 0x3F]);
  while (out.size() % 4) out.push_back('=');
  return out;
}

// The labelled test model as one .gltf with its buffer as a data URI.
std::string embeddedLabelledModel() {
  const std::string dir = pe::test::makeTempDir();
  std::string json = pe::readWholeFile(pe::test::writeLabelledModel(dir), 1 << 20);
  const size_t uri = json.find("\"uri\"");
  const size_t start = json.find('"', json.find(':', uri)) + 1, end = json.find('"', start);
  const std::string bin = pe::readWholeFile(dir + "/" + json.substr(start, end - start), 1 << 20);
  return json.replace(start, end - start, "data:application/octet-stream;base64," + base64(bin));
}

void copy(const std::string& from, const std::string& to) {
  fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}
}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return std::fprintf(stderr, "usage: psoas-fuzz-seeds DIR\n"), 2;
  const std::string out = argv[1], assets = std::string(PE_TEST_DIR) + "/../assets";
  for (const char* kind :
       {"glb", "gltf", "content", "settings", "measurements", "view", "lesson", "palpation"})
    fs::create_directories(out + "/" + kind);
  const std::string scratch = pe::test::makeTempDir();
  copy(pe::test::writeGridGlb(scratch, 3), out + "/glb/grid.glb");
  copy(assets + "/lumbopelvic.glb", out + "/glb/lumbopelvic.glb");
  pe::test::writeFile(out + "/gltf/labelled.gltf", embeddedLabelledModel());
  copy(pe::test::writeNodesFile(scratch, 40, true), out + "/gltf/chain.gltf");
  copy(pe::test::writeNodesFile(scratch, 40, false), out + "/gltf/flat.gltf");
  copy(assets + "/lumbopelvic.content.json", out + "/content/lumbopelvic.content.json");
  copy(assets + "/palpation.content.json", out + "/palpation/palpation.content.json");
  for (const auto& lesson : fs::directory_iterator(assets + "/lessons"))
    if (lesson.path().extension() == ".json")
      copy(lesson.path().string(), out + "/lesson/" + lesson.path().filename().string());
  copy(assets + "/lumbopelvic.measurements.txt",
       out + "/measurements/lumbopelvic.measurements.txt");
  pe::Settings settings;
  pe::test::writeFile(out + "/settings/default.ini", pe::serializeSettings(settings));
  settings.camera.fovDegrees = 50.0f;
  settings.ui.lastDirectory = "/home/teacher/lessons";
  settings.pose.cycleSides = 1;
  pe::test::writeFile(out + "/settings/changed.ini", pe::serializeSettings(settings));
  pe::ViewSpec view;
  view.hipFlexion = {45.0f, -10.0f};
  view.animation = "hip_flexion_left";
  view.time = 1.0f;
  view.layers = std::vector<std::string>{"bones", "muscles"};
  view.hide = std::vector<std::string>{"skin"};
  view.opacity = std::map<std::string, float>{{"iliacus_left", 0.4f}};
  view.select = "psoas_major_left";
  view.ghost = view.labels = view.contraction = true;
  view.attachments = "all";
  view.clip = pe::ClipPlane{true, glm::vec3(1, 0, 0), 0.02f};
  view.camera.azimuth = 35.0f;
  view.camera.elevation = 15.0f;
  view.camera.frame = {"psoas_major_left"};
  pe::test::writeFile(out + "/view/full.json", pe::viewToJson(view));
  pe::test::writeFile(out + "/view/empty.json", pe::viewToJson(pe::ViewSpec()));
  pe::BookmarkFile marks;
  marks.bookmarks = {{"Psoas", view}, {"Front", pe::ViewSpec()}};
  pe::writeBookmarkFile(scratch + "/views.jsonl", marks);
  copy(scratch + "/views.jsonl", out + "/view/views.jsonl");
  std::printf("seed corpus written to %s\n", out.c_str());
  return 0;
}
