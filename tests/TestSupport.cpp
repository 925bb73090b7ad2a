#include "TestSupport.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace pe::test {
namespace fs = std::filesystem;

bool inCi() {
  const char* ci = std::getenv("CI");
  std::string value = ci ? ci : "";
  std::transform(value.begin(), value.end(), value.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return !value.empty() && value != "0" && value != "false";
}

std::string sharedDir() {
  std::error_code ec;
  fs::path dir(PE_SHARED_DIR);
  if (fs::is_directory(dir / "gltf-samples", ec)) return fs::canonical(dir, ec).string();
  return {};
}

std::vector<std::string> sampleModels() {
  std::vector<std::string> out;
  const std::string dir = sharedDir();
  if (dir.empty()) return out;
  for (const auto& e : fs::recursive_directory_iterator(fs::path(dir) / "gltf-samples")) {
    const std::string ext = e.path().extension().string();
    if (e.is_regular_file() && (ext == ".gltf" || ext == ".glb")) out.push_back(e.path().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::string makeTempDir() {
  std::string pattern = (fs::temp_directory_path() / "pe-test-XXXXXX").string();
  char* made = ::mkdtemp(pattern.data());
  if (!made) throw std::runtime_error("cannot create a temp dir");
  static std::vector<std::string> dirs;
  static bool registered = false;
  if (!registered) {
    std::atexit([] {
      for (const std::string& d : dirs) {
        std::error_code ec;
        fs::remove_all(d, ec);
      }
    });
    registered = true;
  }
  dirs.push_back(made);
  return made;
}

void writeFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

std::string writeLabelledModel(const std::string& dir) {
  // Two quads: positions, normals (all +Z), indices; the muscle quad is half the size.
  std::vector<float> data = {
      -1,    -1,    0,    1,    -1,    0,    1,    1,    0,    -1,    1,    0,     // bone
      -0.5f, -0.5f, 0.3f, 0.5f, -0.5f, 0.3f, 0.5f, 0.5f, 0.3f, -0.5f, 0.5f, 0.3f,  // muscle
      0,     0,     1,    0,    0,     1,    0,    0,    1,    0,     0,    1};
  std::string bin(reinterpret_cast<const char*>(data.data()), data.size() * 4);
  const uint16_t idx[6] = {0, 1, 2, 0, 2, 3};
  bin.append(reinterpret_cast<const char*>(idx), sizeof idx);
  bin.append(2, '\0');
  writeFile(dir + "/labelled.bin", bin);
  writeFile(dir + "/labelled.gltf",
            R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0,1,3,4]}],
  "nodes":[{"name":"Hip bone","mesh":0,"children":[2],
            "extras":{"id":"hip_bone_left","side":"left","layer":"bones","kind":"bone"}},
           {"name":"Psoas major","mesh":1,
            "extras":{"id":"psoas_major_left","side":"left","layer":"muscles","kind":"muscle"}},
           {"mesh":0,"scale":[0.1,0.1,0.1],"translation":[0.9,0.9,0.01]},
           {"mesh":0,"scale":[0.15,0.15,1],"translation":[-0.7,0.7,0.001],
            "extras":{"id":"psoas_major_left_origin","layer":"attachments","muscle":"psoas_major_left",
                      "role":"origin","site":"L1-L5 transverse processes"}},
           {"mesh":0,"scale":[0.15,0.15,1],"translation":[0.7,-0.7,0.001],
            "extras":{"id":"psoas_major_left_insertion","layer":"attachments","muscle":"psoas_major_left",
                      "role":"insertion","site":"lesser trochanter"}}],
  "materials":[{"pbrMetallicRoughness":{"baseColorFactor":[0.9,0.88,0.8,1]}},
               {"pbrMetallicRoughness":{"baseColorFactor":[0.75,0.08,0.08,1]}}],
  "meshes":[{"primitives":[{"attributes":{"POSITION":0,"NORMAL":2},"indices":3,"material":0}]},
            {"primitives":[{"attributes":{"POSITION":1,"NORMAL":2},"indices":3,"material":1}]}],
  "buffers":[{"uri":"labelled.bin","byteLength":)" +
                std::to_string(bin.size()) + R"(}],
  "bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":48},{"buffer":0,"byteOffset":48,"byteLength":48},
                 {"buffer":0,"byteOffset":96,"byteLength":48},{"buffer":0,"byteOffset":144,"byteLength":12}],
  "accessors":[{"bufferView":0,"componentType":5126,"count":4,"type":"VEC3","min":[-1,-1,0],"max":[1,1,0]},
               {"bufferView":1,"componentType":5126,"count":4,"type":"VEC3","min":[-0.5,-0.5,0.3],"max":[0.5,0.5,0.3]},
               {"bufferView":2,"componentType":5126,"count":4,"type":"VEC3"},
               {"bufferView":3,"componentType":5123,"count":6,"type":"SCALAR"}]})");
  return dir + "/labelled.gltf";
}

namespace {
std::string quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}
}  // namespace

CommandResult runApp(const std::vector<std::string>& args, const std::string& env) {
  std::string cmd = env + (env.empty() ? "" : " ") + quote(PE_APP_PATH);
  for (const std::string& a : args) cmd += " " + quote(a);
  cmd += " 2>&1";
  CommandResult result;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buf;
  size_t n;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) result.output.append(buf.data(), n);
  int status = ::pclose(pipe);
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

double coveredFraction(const RgbaImage& image) {
  // The background is a vertical gradient: compare each pixel with the left-most pixel of its
  // row, which is background in every framing the tests use.
  size_t covered = 0;
  for (int y = 0; y < image.height; ++y) {
    const uint8_t* row = &image.pixels[static_cast<size_t>(y) * image.width * 4];
    for (int x = 0; x < image.width; ++x) {
      int d = 0;
      for (int c = 0; c < 3; ++c) d = std::max(d, std::abs(row[x * 4 + c] - row[c]));
      if (d > 8) ++covered;
    }
  }
  return static_cast<double>(covered) / (static_cast<double>(image.width) * image.height);
}

ImageDiff compareImages(const RgbaImage& a, const RgbaImage& b, int threshold) {
  ImageDiff diff;
  if (a.width != b.width || a.height != b.height) {
    diff.maxDifference = 255;
    diff.meanDifference = 255;
    diff.fractionOver = diff.fractionSevere = 1;
    diff.largestSevereRegion = std::max(a.width * a.height, b.width * b.height);
    return diff;
  }
  size_t over = 0, severe = 0;
  double sum = 0;
  const size_t pixels = static_cast<size_t>(a.width) * a.height;
  std::vector<uint8_t> marked(pixels, 0);
  for (size_t p = 0; p < pixels; ++p) {
    int d = 0;
    for (int c = 0; c < 3; ++c)
      d = std::max(d, std::abs(a.pixels[p * 4 + c] - b.pixels[p * 4 + c]));
    diff.maxDifference = std::max(diff.maxDifference, d);
    sum += d;
    if (d > threshold) ++over;
    if (d > kSevereDifference) ++severe, marked[p] = 1;
  }
  // The largest 8-connected region of severe pixels, by flood fill.
  std::vector<size_t> stack;
  for (size_t start = 0; start < pixels; ++start) {
    if (marked[start] != 1) continue;
    int size = 0;
    marked[start] = 2;
    stack.push_back(start);
    while (!stack.empty()) {
      const size_t p = stack.back();
      stack.pop_back();
      ++size;
      const int x = int(p % a.width), y = int(p / a.width);
      for (int dy = -1; dy <= 1; ++dy)
        for (int dx = -1; dx <= 1; ++dx) {
          const int nx = x + dx, ny = y + dy;
          if (nx < 0 || ny < 0 || nx >= a.width || ny >= a.height) continue;
          const size_t n = size_t(ny) * a.width + nx;
          if (marked[n] == 1) marked[n] = 2, stack.push_back(n);
        }
    }
    diff.largestSevereRegion = std::max(diff.largestSevereRegion, size);
  }
  diff.meanDifference = sum / static_cast<double>(pixels);
  diff.fractionOver = static_cast<double>(over) / static_cast<double>(pixels);
  diff.fractionSevere = static_cast<double>(severe) / static_cast<double>(pixels);
  return diff;
}

std::string toleranceProblem(const RgbaImage& actual, const RgbaImage& expected,
                             const ImageTolerance& t) {
  const ImageDiff d = compareImages(actual, expected, t.channel);
  char text[320];
  std::snprintf(text, sizeof text,
                "%.3f%% of pixels differ by more than %d (limit %.2f%%), mean %.3f (limit %.2f), "
                "%.3f%% by more than %d (limit %.3f%%), largest such region %d pixels (limit %d)",
                100 * d.fractionOver, t.channel, 100 * t.outlierFraction, d.meanDifference, t.mean,
                100 * d.fractionSevere, kSevereDifference, 100 * t.severeFraction,
                d.largestSevereRegion, t.severeRegion);
  const bool within = d.fractionOver <= t.outlierFraction && d.meanDifference <= t.mean &&
                      d.fractionSevere <= t.severeFraction &&
                      d.largestSevereRegion <= t.severeRegion;
  return within ? "" : text;
}

bool updateReferencesRequested() {
  const char* update = std::getenv("PE_UPDATE_REFERENCES");
  return update && std::string(update) == "1";
}

// {"nodes": [...]} with n nodes, either all roots of the scene or each the child of the last.
std::string writeNodesFile(const std::string& dir, int n, bool chain) {
  std::string json = R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[)";
  if (chain) {
    json += "0";
  } else {
    for (int i = 0; i < n; ++i) json += (i ? "," : "") + std::to_string(i);
  }
  json += R"(]}],"nodes":[)";
  for (int i = 0; i < n; ++i) {
    json += i ? "," : "";
    json += chain && i + 1 < n ? R"({"children":[)" + std::to_string(i + 1) + "]}"
                               : R"({"name":"n)" + std::to_string(i) + "\"}";
  }
  json += "]}";
  const std::string path = dir + (chain ? "/chain.gltf" : "/flat.gltf");
  writeFile(path, json);
  return path;
}

// A GLB with one mesh of `triangles` triangles on a grid (indexed, 32-bit indices).
std::string writeGridGlb(const std::string& dir, int side) {
  const int vertices = (side + 1) * (side + 1), triangles = 2 * side * side;
  std::string bin(size_t(vertices) * 12 + size_t(triangles) * 12, '\0');
  char* p = bin.data();
  for (int y = 0; y <= side; ++y)
    for (int x = 0; x <= side; ++x, p += 12) {
      const float v[3] = {float(x) / side, float(y) / side, 0.0f};
      std::memcpy(p, v, 12);
    }
  for (int y = 0; y < side; ++y)
    for (int x = 0; x < side; ++x, p += 24) {
      const uint32_t a = y * (side + 1) + x, b = a + 1, c = a + side + 1, d = c + 1;
      const uint32_t i[6] = {a, b, d, a, d, c};
      std::memcpy(p, i, 24);
    }
  const size_t positions = size_t(vertices) * 12;
  std::string json =
      R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":[{"mesh":0}],)"
      R"("meshes":[{"primitives":[{"attributes":{"POSITION":0},"indices":1}]}],)"
      R"("buffers":[{"byteLength":)" +
      std::to_string(bin.size()) +
      R"(}],)"
      R"("bufferViews":[{"buffer":0,"byteLength":)" +
      std::to_string(positions) + R"(},{"buffer":0,"byteOffset":)" + std::to_string(positions) +
      R"(,"byteLength":)" + std::to_string(bin.size() - positions) +
      R"(}],)"
      R"("accessors":[{"bufferView":0,"componentType":5126,"count":)" +
      std::to_string(vertices) +
      R"(,"type":"VEC3","min":[0,0,0],"max":[1,1,0]},{"bufferView":1,"componentType":5125,"count":)" +
      std::to_string(triangles * 3) + R"(,"type":"SCALAR"}]})";
  while (json.size() % 4) json += ' ';
  auto u32 = [](uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  const std::string glb = u32(0x46546C67) + u32(2) +
                          u32(uint32_t(12 + 8 + json.size() + 8 + bin.size())) +
                          u32(uint32_t(json.size())) + u32(0x4E4F534A) + json +
                          u32(uint32_t(bin.size())) + u32(0x004E4942) + bin;
  const std::string path = dir + "/grid.glb";
  writeFile(path, glb);
  return path;
}
}  // namespace pe::test
