// Huge but valid files take time in proportion to their size, not its square: a 200,000-node
// flat scene, a 100,000-deep node chain and a 2-million-triangle mesh. A small file declaring
// a huge buffer is refused at once. The bounds here guard against a return of quadratic time
// (these files took 109 s and 22 s before); the real figures come from psoas-cpu-bench.
#include <gtest/gtest.h>

#include <chrono>
#include <fstream>
#include <functional>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/GltfFile.h"

namespace pe {
namespace {
#if defined(__SANITIZE_ADDRESS__)
constexpr double kSlowdown = 4.0;  // AddressSanitizer's own cost
#else
constexpr double kSlowdown = 1.0;
#endif

double secondsOf(const std::function<void()>& f) {
  const auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

}  // namespace

TEST(HugeInput, ManyNodesFlatOrDeepTakeLinearTime) {
  const std::string dir = test::makeTempDir();
  for (bool chain : {false, true}) {
    const int n = chain ? 100000 : 200000;
    const std::string path = test::writeNodesFile(dir, n, chain);
    test::CommandResult r;
    const double seconds = secondsOf([&] { r = test::runApp({"--info", path}); });
    std::printf("--info on %d %s nodes: %.2f s\n", n, chain ? "chained" : "flat", seconds);
    ASSERT_EQ(r.exitCode, 0) << r.output.substr(0, 300);
    EXPECT_NE(r.output.find("nodes:      " + std::to_string(n)), std::string::npos)
        << r.output.substr(0, 300);
    EXPECT_LT(seconds, 10.0 * kSlowdown) << "time that grows with the square of the node count";
  }
}

TEST(HugeInput, ACycleInAHugeChainIsFoundInLinearTime) {
  const std::string dir = test::makeTempDir();
  std::string path = test::writeNodesFile(dir, 100000, true);
  std::ifstream in(path);
  std::string json((std::istreambuf_iterator<char>(in)), {});
  // The last node points back to the first: the whole chain is a cycle.
  const std::string last = R"({"name":"n99999"})";
  json.replace(json.rfind(last), last.size(), R"({"children":[0]})");
  test::writeFile(path, json);
  test::CommandResult r;
  const double seconds = secondsOf([&] { r = test::runApp({"--info", path}); });
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("cycle"), std::string::npos) << r.output.substr(0, 300);
  EXPECT_LT(seconds, 10.0 * kSlowdown);
}

TEST(HugeInput, TwoMillionTrianglesLoad) {
  const std::string path = test::writeGridGlb(test::makeTempDir(), 1000);  // 2,000,000 triangles
  Model model;
  const double seconds = secondsOf([&] { model = loadGltfFile(path); });
  std::printf("2,000,000 triangles loaded in %.2f s\n", seconds);
  ASSERT_EQ(model.meshes.size(), 1u);
  EXPECT_EQ(model.meshes[0].primitives[0].triangleCount(), 2000000u);
  EXPECT_LT(seconds, 15.0 * kSlowdown);
}

TEST(HugeInput, ASmallFileDeclaringAHugeBufferIsRefusedAtOnce) {
  const std::string dir = test::makeTempDir();
  // A GLB of under 1 KB whose buffer and BIN chunk claim 4 GB.
  const std::string json = R"({"asset":{"version":"2.0"},"buffers":[{"byteLength":4000000000}]})";
  std::string padded = json;
  while (padded.size() % 4) padded += ' ';
  auto u32 = [](uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  const std::string body = u32(uint32_t(padded.size())) + u32(0x4E4F534A) + padded +
                           u32(4000000000u) + u32(0x004E4942) + std::string(8, '\0');
  test::writeFile(dir + "/huge.glb",
                  u32(0x46546C67) + u32(2) + u32(uint32_t(12 + body.size())) + body);
  // The same as .gltf with an external file of 16 bytes.
  test::writeFile(
      dir + "/huge.gltf",
      R"({"asset":{"version":"2.0"},"buffers":[{"byteLength":4294967296,"uri":"b.bin"}]})");
  test::writeFile(dir + "/b.bin", std::string(16, '\0'));
  for (const char* name : {"/huge.glb", "/huge.gltf"}) {
    test::CommandResult r;
    // Address space capped at 2 GB (not under the sanitizer, which reserves more for itself).
    const std::string limit = kSlowdown > 1.0 ? "" : "ulimit -v 2000000;";
    const double seconds = secondsOf([&] { r = test::runApp({"--info", dir + name}, limit); });
    EXPECT_EQ(r.exitCode, 1) << name << ": " << r.output;
    EXPECT_NE(r.output.find(dir + name), std::string::npos) << r.output;
    EXPECT_LT(seconds, 2.0 * kSlowdown) << name;
  }
}
}  // namespace pe
