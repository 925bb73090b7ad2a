// The structure options of --screenshot change real frames: hidden structures leave their
// pixels to what lies behind, --only leaves one structure, ghosting lets the selection show.
#include <gtest/gtest.h>

#include <cstdio>

#include "RenderHelpers.h"
#include "TestSupport.h"
#include "app/ModelLocator.h"

namespace pe {
namespace {
struct Shot {
  RgbaImage image;
  const uint8_t* center() const { return test::pixelAt(image, image.width / 2, image.height / 2); }
  // Inside the bone plate but outside the muscle in front of it.
  const uint8_t* boneOnly() const {
    return test::pixelAt(image, image.width / 2 + image.width / 4, image.height / 2);
  }
};

Shot shoot(const std::string& model, std::vector<std::string> flags) {
  const std::string out = test::makeTempDir() + "/shot.png";
  std::vector<std::string> args = {model, "--screenshot", out, "--size", "200x200"};
  args.insert(args.end(), flags.begin(), flags.end());
  test::CommandResult r = test::runApp(args);
  EXPECT_EQ(r.exitCode, 0) << r.output;
  return {r.exitCode == 0 ? readPng(out) : RgbaImage{}};
}

bool reddish(const uint8_t* p) {
  return p[0] > p[1] + 60;
}
bool boneColoured(const uint8_t* p) {
  return p[0] > 120 && std::abs(p[0] - p[1]) < 30;
}
bool background(const uint8_t* p, const RgbaImage& img) {
  const uint8_t* corner = test::pixelAt(img, 0, img.height / 2);
  return std::abs(p[0] - corner[0]) < 6 && std::abs(p[1] - corner[1]) < 6;
}
}  // namespace

TEST(StructureFlagsRender, HidingShowsWhatLiesBehind) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  Shot all = shoot(model, {});
  ASSERT_FALSE(all.image.pixels.empty());
  EXPECT_TRUE(reddish(all.center())) << "the muscle is in front at the centre";
  EXPECT_TRUE(boneColoured(all.boneOnly()));
  Shot hidden = shoot(model, {"--hide", "psoas_major_left"});
  EXPECT_TRUE(boneColoured(hidden.center())) << "the bone behind appears";
  Shot layers = shoot(model, {"--layers", "bones"});
  EXPECT_TRUE(boneColoured(layers.center()));
}

TEST(StructureFlagsRender, OnlyLeavesThatStructure) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  // Framed as the whole model is, so the bone's place is known.
  Shot only =
      shoot(model, {"--only", "psoas_major_left", "--frame", "hip_bone_left,psoas_major_left"});
  EXPECT_TRUE(reddish(only.center()));
  EXPECT_TRUE(background(only.boneOnly(), only.image)) << "the bone is gone";
  // Framed by default, the muscle alone fills the view.
  Shot framed = shoot(model, {"--only", "psoas_major_left"});
  EXPECT_TRUE(reddish(framed.boneOnly())) << "the muscle is framed, not the whole model";
}

TEST(StructureFlagsRender, GhostKeepsTheSelectionVisibleThroughFadedLayers) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  Shot plain = shoot(model, {});
  Shot ghost = shoot(model, {"--ghost", "--select", "hip_bone_left"});
  // At the centre the faded muscle now lets the selected bone through.
  EXPECT_FALSE(reddish(ghost.center()));
  EXPECT_GT(ghost.center()[1], plain.center()[1] + 60);
}

TEST(StructureFlagsRender, UnknownIdsAndLayersAreErrorsNamingThem) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r = test::runApp({model, "--screenshot", out, "--hide", "spleen"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no structure with id 'spleen'"), std::string::npos) << r.output;
  r = test::runApp({model, "--screenshot", out, "--layers", "organs"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no layer 'organs'"), std::string::npos) << r.output;
}
}  // namespace pe

namespace pe {
namespace {
// A closed cube of side 1 centred at the origin, 24 vertices with face normals.
std::string writeCube(const std::string& dir) {
  std::vector<float> pos, nrm;
  std::vector<uint16_t> idx;
  const glm::vec3 normals[6] = {{1, 0, 0},  {-1, 0, 0}, {0, 1, 0},
                                {0, -1, 0}, {0, 0, 1},  {0, 0, -1}};
  for (const glm::vec3& n : normals) {
    const glm::vec3 u = std::abs(n.y) > 0.5f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
    const glm::vec3 v = glm::cross(n, u);
    const uint16_t base = static_cast<uint16_t>(pos.size() / 3);
    for (glm::vec2 c : {glm::vec2(-1, -1), glm::vec2(1, -1), glm::vec2(1, 1), glm::vec2(-1, 1)}) {
      const glm::vec3 p = 0.5f * (n + c.x * u + c.y * v);
      pos.insert(pos.end(), {p.x, p.y, p.z});
      nrm.insert(nrm.end(), {n.x, n.y, n.z});
    }
    // Counter-clockwise seen from outside: u x v = n.
    idx.insert(idx.end(), {base, uint16_t(base + 1), uint16_t(base + 2), base, uint16_t(base + 2),
                           uint16_t(base + 3)});
  }
  std::string bin(reinterpret_cast<const char*>(pos.data()), pos.size() * 4);
  bin.append(reinterpret_cast<const char*>(nrm.data()), nrm.size() * 4);
  bin.append(reinterpret_cast<const char*>(idx.data()), idx.size() * 2);
  test::writeFile(dir + "/cube.bin", bin);
  test::writeFile(dir + "/cube.gltf",
                  R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],
    "nodes":[{"mesh":0,"extras":{"id":"block","layer":"bones"}}],
    "materials":[{"pbrMetallicRoughness":{"baseColorFactor":[0.1,0.6,0.1,1]}}],
    "meshes":[{"primitives":[{"attributes":{"POSITION":0,"NORMAL":1},"indices":2,"material":0}]}],
    "buffers":[{"uri":"cube.bin","byteLength":)" +
                      std::to_string(bin.size()) + R"(}],
    "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":288},{"buffer":0,"byteOffset":288,"byteLength":288},
                   {"buffer":0,"byteOffset":576,"byteLength":72}],
    "accessors":[{"bufferView":0,"componentType":5126,"count":24,"type":"VEC3","min":[-0.5,-0.5,-0.5],"max":[0.5,0.5,0.5]},
                 {"bufferView":1,"componentType":5126,"count":24,"type":"VEC3"},
                 {"bufferView":2,"componentType":5123,"count":36,"type":"SCALAR"}]})");
  return dir + "/cube.gltf";
}
}  // namespace

TEST(StructureFlagsRender, ClipPlaneFillsItsCutSolid) {
  const std::string cube = writeCube(test::makeTempDir());
  // Seen from the front with the front half cut away (coronal plane at z = 0.1): the cut face
  // fills the middle in the cube's green instead of showing the hollow inside.
  Shot cut = shoot(cube, {"--clip", "coronal:0.1", "--view", "anterior"});
  ASSERT_FALSE(cut.image.pixels.empty());
  const uint8_t* c = cut.center();
  EXPECT_GT(c[1], c[0] + 40) << "green cap expected at the centre";
  EXPECT_FALSE(background(c, cut.image));
  // Cutting everything away leaves the background.
  Shot gone = shoot(cube, {"--clip", "coronal:-0.9", "--view", "anterior"});
  EXPECT_TRUE(background(gone.center(), gone.image));
  // A plane that misses the cube changes nothing.
  Shot miss = shoot(cube, {"--clip", "sagittal:2.0", "--view", "anterior"});
  Shot none = shoot(cube, {"--view", "anterior"});
  EXPECT_LT(test::compareImages(miss.image, none.image, 2).fractionOver, 0.001);
}

TEST(StructureFlagsRender, BadClipSpecIsAUsageError) {
  test::CommandResult r = test::runApp({"--clip", "diagonal:0"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.output.find("--clip"), std::string::npos) << r.output;
}
}  // namespace pe

namespace pe {
TEST(StructureFlagsRender, LabelsDrawTextBesideTheModel) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  Shot plain = shoot(model, {"--view", "anterior"});
  Shot labelled = shoot(model, {"--view", "anterior", "--labels"});
  // The model sits in the middle 60%; a label box with white text appears in a side column.
  int bright = 0;
  for (int y = 0; y < labelled.image.height; ++y)
    for (int x = 0; x < labelled.image.width; ++x)
      if (x < labelled.image.width / 5 || x > labelled.image.width * 4 / 5) {
        const uint8_t* p = test::pixelAt(labelled.image, x, y);
        if (p[0] > 200 && p[1] > 200 && p[2] > 200) ++bright;
      }
  EXPECT_GT(bright, 20) << "no label text in the side columns";
  EXPECT_GT(test::compareImages(plain.image, labelled.image, 30).fractionOver, 0.002);
}
}  // namespace pe

namespace pe {
namespace {
// Pixels of the origin blue and the insertion orange.
std::pair<int, int> footprintPixels(const RgbaImage& image) {
  int blue = 0, orange = 0;
  for (size_t i = 0; i < image.pixels.size(); i += 4) {
    const int r = image.pixels[i], g = image.pixels[i + 1], b = image.pixels[i + 2];
    if (b > r + 60 && b > g + 20) ++blue;
    if (r > 200 && g > 120 && b < 70 && r > g + 25) ++orange;
  }
  return {blue, orange};
}
}  // namespace

TEST(StructureFlagsRender, AttachmentsOfTheMuscleAppearOnTheBoneInTwoColours) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  auto [blue, orange] = footprintPixels(shoot(model, {}).image);
  EXPECT_EQ(blue, 0);
  EXPECT_EQ(orange, 0);
  Shot shown = shoot(model, {"--attachments", "psoas_major_left"});
  std::tie(blue, orange) = footprintPixels(shown.image);
  EXPECT_GT(blue, 100) << "origin footprint";
  EXPECT_GT(orange, 100) << "insertion footprint";
  // The origin is at the upper left of the bone, the insertion at the lower right.
  const uint8_t* upperLeft =
      test::pixelAt(shown.image, shown.image.width * 3 / 20, shown.image.height * 3 / 20);
  EXPECT_GT(upperLeft[2], upperLeft[0] + 60);
  const std::string out = test::makeTempDir() + "/x.png";
  test::CommandResult r =
      test::runApp({model, "--screenshot", out, "--attachments", "hip_bone_left"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("no attachment footprints for 'hip_bone_left'"), std::string::npos)
      << r.output;
}
// The classic teaching view: a muscle's attachments on bare bone. Footprints asked for are
// drawn whatever the layer filters show (issue 13, "options that compose").
TEST(StructureFlagsRender, RequestedFootprintsShowOnBareBone) {
  const std::string model = bundledModelPath();
  if (model.empty()) GTEST_SKIP() << "bundled model not found";
  const std::vector<std::string> bones = {"--only", "hip_bone_left,femur_left"};
  auto [blue, orange] = footprintPixels(shoot(model, bones).image);
  EXPECT_EQ(blue + orange, 0) << "bare bone has no footprint colours";
  std::vector<std::string> iliacus = bones;
  iliacus.insert(iliacus.end(), {"--attachments", "iliacus_left"});
  std::tie(blue, orange) = footprintPixels(shoot(model, iliacus).image);
  std::printf("--only hip_bone_left,femur_left --attachments iliacus_left: %d origin pixels\n",
              blue);
  EXPECT_GT(blue, 150) << "the iliacus origin in the iliac fossa";
  std::tie(blue, orange) =
      footprintPixels(shoot(model, {"--layers", "bones", "--attachments", "all"}).image);
  std::printf("--layers bones --attachments all: %d origin, %d insertion pixels\n", blue, orange);
  EXPECT_GT(blue, 300);
  EXPECT_GT(orange, 8) << "insertions (small at 200x200)";
}
}  // namespace pe
