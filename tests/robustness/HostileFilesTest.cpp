// Hand-made hostile files: huge counts, truncated GLB chunks, cyclic nodes, NaN in transforms
// and vertex data, out-of-range joints, devices as buffers, deep JSON. Each is refused with a
// message (or, for harmless corruption, loaded) and never crashes, hangs or eats memory.
#include <cmath>
#include <cstring>
#include <random>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/GltfFile.h"

namespace pe {
namespace {
// A valid skinned triangle: positions, joints, weights, two joints, indices.
struct TriangleAsset {
  std::string json;
  std::string bin;
};

std::string floats(std::initializer_list<float> values) {
  std::string out(values.size() * 4, '\0');
  size_t i = 0;
  for (float v : values) std::memcpy(&out[4 * i++], &v, 4);
  return out;
}

TriangleAsset triangle(const std::string& nodeExtra = "", const std::string& positionCount = "3",
                       float nanAt = 0.0f, int jointIndex = 1) {
  TriangleAsset a;
  a.bin = floats({0, 0, 0, 1, 0, 0, 0, 1, nanAt});  // 36 bytes of positions
  a.bin += std::string("\0\0\0\0\0\0\0\0", 8);      // joints (ubyte VEC4) vertex 0, 1
  a.bin +=
      std::string(1, '\0') + std::string(1, static_cast<char>(jointIndex)) + std::string(2, '\0');
  a.bin += floats({1, 0, 0, 0, 1, 0, 0, 0, 0.5f, 0.5f, 0, 0});  // weights 48 bytes
  a.bin += std::string("\0\0\1\0\2\0\0\0", 8);                  // indices (ushort) + pad
  a.bin += floats({1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1,
                   1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1});
  a.json = R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0,1]}],
    "nodes":[{"mesh":0,"skin":0)" +
           nodeExtra + R"(},{"children":[2]},{}],
    "skins":[{"joints":[1,2],"inverseBindMatrices":4}],
    "meshes":[{"primitives":[{"attributes":{"POSITION":0,"JOINTS_0":1,"WEIGHTS_0":2},"indices":3}]}],
    "buffers":[{"byteLength":)" +
           std::to_string(a.bin.size()) + R"(,"uri":"t.bin"}],
    "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":36},{"buffer":0,"byteOffset":36,"byteLength":12},
      {"buffer":0,"byteOffset":48,"byteLength":48},{"buffer":0,"byteOffset":96,"byteLength":6},
      {"buffer":0,"byteOffset":104,"byteLength":128}],
    "accessors":[{"bufferView":0,"componentType":5126,"count":)" +
           positionCount + R"(,"type":"VEC3"},
      {"bufferView":1,"componentType":5121,"count":3,"type":"VEC4"},
      {"bufferView":2,"componentType":5126,"count":3,"type":"VEC4"},
      {"bufferView":3,"componentType":5123,"count":3,"type":"SCALAR"},
      {"bufferView":4,"componentType":5126,"count":2,"type":"MAT4"}]})";
  return a;
}

std::string writeGltf(const TriangleAsset& a) {
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/t.bin", a.bin);
  test::writeFile(dir + "/t.gltf", a.json);
  return dir + "/t.gltf";
}

std::string glbBytes(const TriangleAsset& a) {
  std::string json = a.json;
  const std::string uri = R"(,"uri":"t.bin")";
  json.replace(json.find(uri), uri.size(), "");
  while (json.size() % 4) json += ' ';
  std::string bin = a.bin;
  while (bin.size() % 4) bin += '\0';
  auto u32 = [](uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  return "glTF" + u32(2) + u32(static_cast<uint32_t>(28 + json.size() + bin.size())) +
         u32(static_cast<uint32_t>(json.size())) + "JSON" + json +
         u32(static_cast<uint32_t>(bin.size())) + std::string("BIN\0", 4) + bin;
}

// Loads and returns "" on success or the error message.
std::string loadMessage(const std::string& path) {
  try {
    loadGltfFile(path);
    return "";
  } catch (const FileError& e) {
    return e.what();
  }
}

void expectRefused(const std::string& path, const std::string& words) {
  const std::string message = loadMessage(path);
  EXPECT_NE(message.find(path), std::string::npos) << message;
  EXPECT_NE(message.find(words), std::string::npos) << "expected '" << words << "' in: " << message;
}
}  // namespace

TEST(HostileFiles, TheBaselineTriangleIsValid) {
  EXPECT_EQ(loadMessage(writeGltf(triangle())), "");
  const std::string glb = test::makeTempDir() + "/t.glb";
  test::writeFile(glb, glbBytes(triangle()));
  EXPECT_EQ(loadMessage(glb), "");
}

TEST(HostileFiles, HugeCountsAreRefusedBeforeAllocating) {
  expectRefused(writeGltf(triangle("", "1099511627776")), "accessor 0");
  expectRefused(writeGltf(triangle("", "4294967295")), "accessor 0");
}

TEST(HostileFiles, EveryTruncationOfAGlbIsRefused) {
  const std::string bytes = glbBytes(triangle());
  const std::string dir = test::makeTempDir();
  for (size_t n = 0; n < bytes.size(); ++n) {
    const std::string path = dir + "/cut" + std::to_string(n) + ".glb";
    test::writeFile(path, bytes.substr(0, n));
    EXPECT_NE(loadMessage(path), "") << "truncated at " << n;
  }
}

TEST(HostileFiles, RandomByteCorruptionNeverCrashes) {
  const std::string bytes = glbBytes(triangle());
  const std::string dir = test::makeTempDir();
  std::mt19937 rng(1234);
  for (int i = 0; i < 400; ++i) {
    std::string mutated = bytes;
    for (int k = 0; k < 3; ++k) mutated[rng() % mutated.size()] = static_cast<char>(rng());
    const std::string path = dir + "/m" + std::to_string(i) + ".glb";
    test::writeFile(path, mutated);
    const std::string message = loadMessage(path);  // either outcome is fine; no crash or hang
    if (!message.empty()) {
      EXPECT_EQ(message.find('\n'), std::string::npos) << message;
    }
  }
}

TEST(HostileFiles, CyclicNodesAreRefused) {
  TriangleAsset a = triangle();
  a.json.replace(a.json.find(R"({"children":[2]},{})"), 19, R"({"children":[2]},{"children":[1]})");
  expectRefused(writeGltf(a), "cycle");
  TriangleAsset self = triangle();
  self.json.replace(self.json.find(R"({"children":[2]},{})"), 19,
                    R"({"children":[2]},{"children":[2]})");
  expectRefused(writeGltf(self), "own child");
}

TEST(HostileFiles, NanAndInfinityAreRefused) {
  expectRefused(writeGltf(triangle("", "3", std::nanf(""))), "NaN");
  expectRefused(writeGltf(triangle("", "3", INFINITY)), "NaN or infinity");
  expectRefused(writeGltf(triangle(R"(,"translation":[0,1e999,0])")), "");
}

TEST(HostileFiles, OutOfRangeJointIndicesAreRefused) {
  expectRefused(writeGltf(triangle("", "3", 0.0f, 7)), "joint 7");
}

TEST(HostileFiles, DevicesAndDirectoriesAsBuffersAreRefused) {
  for (const char* uri : {"/dev/zero", "/dev/urandom", "/tmp"}) {
    TriangleAsset a = triangle();
    a.json.replace(a.json.find("t.bin"), 5, uri);
    const std::string message = loadMessage(writeGltf(a));
    EXPECT_FALSE(message.empty()) << uri;
  }
}

TEST(HostileFiles, DeeplyNestedJsonIsRefused) {
  const std::string path = test::makeTempDir() + "/deep.gltf";
  test::writeFile(path, std::string(100000, '[') + std::string(100000, ']'));
  expectRefused(path, "nested");
}

TEST(HostileFiles, HugeImageDimensionsAreRefused) {
  // A PNG header declaring 100000 x 100000 pixels, with no pixel data behind it.
  auto be32 = [](uint32_t v) {
    return std::string{static_cast<char>(v >> 24), static_cast<char>(v >> 16),
                       static_cast<char>(v >> 8), static_cast<char>(v)};
  };
  std::string png = "\x89PNG\r\n\x1a\n" + be32(13) + "IHDR" + be32(100000) + be32(100000) +
                    std::string("\x08\x06\0\0\0", 5) + be32(0);
  const std::string dir = test::makeTempDir();
  test::writeFile(dir + "/huge.png", png);
  test::writeFile(dir + "/img.gltf",
                  R"({"asset":{"version":"2.0"},"images":[{"uri":"huge.png"}]})");
  expectRefused(dir + "/img.gltf", "image 0");
}
}  // namespace pe
