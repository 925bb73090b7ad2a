#include "io/GltfFile.h"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <stb_image.h>
#include <tiny_gltf.h>
#include <nlohmann/json.hpp>

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "io/GlbContainer.h"
#include "io/GltfConverter.h"
#include "io/GltfValidator.h"

namespace pe {
namespace {
namespace fs = std::filesystem;

struct ResourceContext {
  const LoadLimits* limits = nullptr;
  std::vector<std::pair<std::string, size_t>> remoteUris;  // uri, byteLength
  std::vector<int> imagesSeen;                             // images whose bytes reached the decoder
  std::string firstProblem;
};

bool isRemote(const std::string& uri) {
  size_t scheme = uri.find("://");
  return scheme != std::string::npos && uri.rfind("data:", 0) != 0;
}

bool fileExists(const std::string& path, void* user) {
  auto* ctx = static_cast<ResourceContext*>(user);
  for (const auto& remote : ctx->remoteUris)
    if (path.size() >= remote.first.size() &&
        path.compare(path.size() - remote.first.size(), remote.first.size(), remote.first) == 0)
      return true;
  std::error_code ec;
  return fs::is_regular_file(path, ec);
}

// No shell-style expansion of URIs: a file name is used as written.
std::string keepPath(const std::string& path, void*) {
  return path;
}

bool readResource(std::vector<unsigned char>* out, std::string* err, const std::string& path,
                  void* user) {
  auto* ctx = static_cast<ResourceContext*>(user);
  for (const auto& remote : ctx->remoteUris)
    if (path.size() >= remote.first.size() &&
        path.compare(path.size() - remote.first.size(), remote.first.size(), remote.first) == 0) {
      // Offline: stands in zeros; any use of this buffer is refused by the validator.
      out->assign(std::min(remote.second, ctx->limits->maxResourceBytes), 0);
      return true;
    }
  std::error_code ec;
  if (!fs::is_regular_file(path, ec)) {
    if (err) *err += "'" + path + "' is not a regular file";
    return false;
  }
  try {
    std::string data = readWholeFile(path, ctx->limits->maxResourceBytes);
    out->assign(data.begin(), data.end());
    return true;
  } catch (const FileError& e) {
    if (err) *err += e.what();
    return false;
  }
}

bool refuseWrite(std::string* err, const std::string&, const std::vector<unsigned char>&, void*) {
  if (err) *err = "writing is not allowed while loading";
  return false;
}

bool startsWith(const unsigned char* bytes, int size, const char* magic, int n) {
  return size >= n && std::memcmp(bytes, magic, static_cast<size_t>(n)) == 0;
}

bool decodeImage(tinygltf::Image* image, const int index, std::string* err, std::string* warn, int,
                 int, const unsigned char* bytes, int size, void* user) {
  auto* ctx = static_cast<ResourceContext*>(user);
  const bool png = startsWith(bytes, size, "\x89PNG\r\n\x1a\n", 8);
  const bool jpeg = startsWith(bytes, size, "\xff\xd8\xff", 3);
  const std::string what = "image " + std::to_string(index);
  ctx->imagesSeen.push_back(index);
  if (!png && !jpeg) {
    // glTF core images are PNG or JPEG; others (e.g. from extensions) are skipped, not fatal.
    if (warn) *warn += what + ": not PNG or JPEG, texture ignored\n";
    return true;
  }
  int w = 0, h = 0, comp = 0;
  if (!stbi_info_from_memory(bytes, size, &w, &h, &comp)) {
    if (err) *err += what + ": corrupt image data (" + stbi_failure_reason() + ")";
    return false;
  }
  if (static_cast<size_t>(w) * static_cast<size_t>(h) > ctx->limits->maxImagePixels) {
    if (err) *err += what + ": " + std::to_string(w) + "x" + std::to_string(h) + " is too large";
    return false;
  }
  unsigned char* pixels = stbi_load_from_memory(bytes, size, &w, &h, &comp, 4);
  if (!pixels) {
    if (err) *err += what + ": corrupt image data (" + stbi_failure_reason() + ")";
    return false;
  }
  image->width = w;
  image->height = h;
  image->component = 4;
  image->bits = 8;
  image->pixel_type = TINYGLTF_COMPONENT_TYPE_UNSIGNED_BYTE;
  image->image.assign(pixels, pixels + static_cast<size_t>(w) * h * 4);
  stbi_image_free(pixels);
  return true;
}

// Nesting deeper than any real glTF would only exhaust the recursive JSON parsers' stack.
bool nestingWithin(const std::string& text, int maxDepth) {
  int depth = 0;
  bool inString = false, escaped = false;
  for (char c : text) {
    if (inString) {
      if (escaped)
        escaped = false;
      else if (c == '\\')
        escaped = true;
      else if (c == '"')
        inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '{' || c == '[') {
      if (++depth > maxDepth) return false;
    } else if (c == '}' || c == ']') {
      --depth;
    }
  }
  return true;
}

// The same GLB with its JSON chunk replaced.
std::string repackGlb(const std::string& bytes, uint32_t glbLength, std::string json) {
  while (json.size() % 4) json += ' ';
  uint32_t oldJsonLength;
  std::memcpy(&oldJsonLength, bytes.data() + 12, 4);
  const std::string rest = bytes.substr(20 + oldJsonLength, glbLength - 20 - oldJsonLength);
  std::string out(20, '\0');
  const uint32_t header[5] = {0x46546C67, 2, static_cast<uint32_t>(20 + json.size() + rest.size()),
                              static_cast<uint32_t>(json.size()), 0x4E4F534A};
  std::memcpy(out.data(), header, 20);
  return out + json + rest;
}

std::string firstLine(const std::string& s) {
  std::string line = s.substr(0, s.find('\n'));
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
  return line.empty() ? "the glTF parser rejected the file" : line;
}

std::string joinProblems(const std::vector<std::string>& problems) {
  std::string out = problems.front();
  if (problems.size() > 1)
    out += " (and " + std::to_string(problems.size() - 1) + " more problems)";
  return out;
}
}  // namespace

Model loadGltfFile(const std::string& path, const LoadLimits& limits) {
  return loadGltfBytes(readWholeFile(path, limits.maxFileBytes), path, limits);
}

// Long on purpose: the loading stages (container, parse, extensions, validation, conversion)
// in order, each with the message its failure gives.
Model loadGltfBytes(const std::string& bytes, const std::string& path, const LoadLimits& limits) {
  if (bytes.size() > limits.maxFileBytes) throw FileError(path, "the file is too large");
  if (bytes.empty()) throw FileError(path, "the file is empty");
  const bool glb = looksLikeGlb(bytes);
  std::string jsonText;
  uint32_t glbLength = 0;
  std::string glbBytes;
  if (glb) {
    checkGlbContainer(bytes, path);
    uint32_t length;
    std::memcpy(&length, bytes.data() + 12, 4);
    std::memcpy(&glbLength, bytes.data() + 8, 4);
    jsonText = bytes.substr(20, length);
    glbBytes = bytes.substr(0, glbLength);
  } else {
    jsonText = bytes;
  }
  if (jsonText.rfind("\xEF\xBB\xBF", 0) == 0)
    throw FileError(path, "starts with a byte order mark, which glTF JSON must not have");
  if (!nestingWithin(jsonText, limits.maxJsonDepth))
    throw FileError(
        path, "JSON is nested more than " + std::to_string(limits.maxJsonDepth) + " levels deep");

  nlohmann::json root;
  try {
    root = nlohmann::json::parse(jsonText);
  } catch (const nlohmann::json::exception& e) {
    std::string why = e.what();
    if (why.rfind("[json.exception.", 0) == 0 && why.find("] ") != std::string::npos)
      why = why.substr(why.find("] ") + 2);
    if (!glb && bytes.find('\0') != std::string::npos)
      why = "not a glTF file (binary data that is not GLB)";
    throw FileError(path, "invalid JSON: " + firstLine(why));
  }
  ValidationReport report;
  checkJsonStructure(root, report);
  if (report.errors.empty() && sanitizeUnusedAccessorTypes(root, report) && report.errors.empty()) {
    jsonText = root.dump();
    if (glb) glbBytes = repackGlb(bytes, glbLength, jsonText);
  }
  if (!report.errors.empty()) throw FileError(path, joinProblems(report.errors));

  ResourceContext ctx;
  ctx.limits = &limits;
  std::vector<bool> remote;
  if (root.contains("buffers"))
    for (const auto& b : root["buffers"]) {
      const bool r =
          b.contains("uri") && b["uri"].is_string() && isRemote(b["uri"].get<std::string>());
      remote.push_back(r);
      if (r && b["byteLength"].is_number_unsigned())
        ctx.remoteUris.emplace_back(b["uri"].get<std::string>(), b["byteLength"].get<size_t>());
    }
  for (size_t i = 0; i < remote.size(); ++i)
    if (remote[i] &&
        root["buffers"][i]["byteLength"].get<double>() > double(limits.maxResourceBytes))
      throw FileError(path, "buffer " + std::to_string(i) + " is too large");

  tinygltf::TinyGLTF loader;
  loader.SetFsCallbacks({&fileExists, &keepPath, &readResource, &refuseWrite, &ctx});
  loader.SetImageLoader(&decodeImage, &ctx);
  tinygltf::Model source;
  std::string err, warn;
  const std::string baseDir = fs::path(path).parent_path().string();
  bool ok = glb ? loader.LoadBinaryFromMemory(
                      &source, &err, &warn, reinterpret_cast<const unsigned char*>(glbBytes.data()),
                      static_cast<unsigned int>(glbBytes.size()), baseDir)
                : loader.LoadASCIIFromString(&source, &err, &warn, jsonText.data(),
                                             static_cast<unsigned int>(jsonText.size()), baseDir);
  if (!ok) throw FileError(path, firstLine(err));

  checkModelStructure(source, remote, report);
  std::vector<bool> imageRead(source.images.size(), false);
  for (int i : ctx.imagesSeen)
    if (i >= 0 && static_cast<size_t>(i) < imageRead.size()) imageRead[i] = true;
  for (size_t i = 0; i < source.images.size(); ++i)
    if (!imageRead[i])
      report.error("image " + std::to_string(i) + ": its data could not be read (" +
                   (source.images[i].uri.empty() ? std::string("no data")
                                                 : "'" + source.images[i].uri + "' not found") +
                   ")");
  for (size_t i = 0; i < remote.size(); ++i)
    if (remote[i])
      for (size_t v = 0; v < source.bufferViews.size(); ++v)
        if (source.bufferViews[v].buffer == static_cast<int>(i))
          report.error("buffer " + std::to_string(i) +
                       " is at a remote address and the app works offline");
  if (report.errors.empty()) {
    try {
      checkModelData(source, report);
    } catch (const std::exception& e) {
      report.error(e.what());
    }
  }
  if (!report.errors.empty()) throw FileError(path, joinProblems(report.errors));

  Model model = convertModel(source, path);
  for (size_t start = 0; start < warn.size();) {
    size_t end = warn.find('\n', start);
    std::string line = warn.substr(start, end - start);
    if (!line.empty()) model.warnings.push_back(line);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  for (const std::string& w : report.warnings) model.warnings.push_back(w);
  return model;
}
}  // namespace pe
