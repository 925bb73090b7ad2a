#include "gen/GlbWriter.h"

#include <cstring>

#include <glm/gtc/type_ptr.hpp>

namespace pe::gen {
namespace {
constexpr int kFloat = 5126, kUnsignedShort = 5123, kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962, kElementArrayBuffer = 34963;

void appendU32(std::string& out, uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}
}  // namespace

GlbWriter::GlbWriter() {
  doc_["asset"] = {{"version", "2.0"}, {"generator", "psoas-generate (Psoas Explorer)"}};
}

int GlbWriter::addView(const void* data, size_t size, int target) {
  while (bin_.size() % 4) bin_.push_back('\0');
  nlohmann::json view = {{"buffer", 0}, {"byteOffset", bin_.size()}, {"byteLength", size}};
  if (target) view["target"] = target;
  bin_.append(static_cast<const char*>(data), size);
  doc_["bufferViews"].push_back(view);
  return static_cast<int>(doc_["bufferViews"].size()) - 1;
}

int GlbWriter::addAccessor(int view, int componentType, size_t count, const char* type) {
  doc_["accessors"].push_back(
      {{"bufferView", view}, {"componentType", componentType}, {"count", count}, {"type", type}});
  return static_cast<int>(doc_["accessors"].size()) - 1;
}

int GlbWriter::addVec3(const std::vector<glm::vec3>& v, bool withBounds, bool vertexAttribute) {
  const int a = addAccessor(
      addView(v.data(), v.size() * sizeof(glm::vec3), vertexAttribute ? kArrayBuffer : 0), kFloat,
      v.size(), "VEC3");
  if (withBounds) {
    glm::vec3 lo(1e30f), hi(-1e30f);
    for (const auto& p : v) lo = glm::min(lo, p), hi = glm::max(hi, p);
    doc_["accessors"][a]["min"] = {lo.x, lo.y, lo.z};
    doc_["accessors"][a]["max"] = {hi.x, hi.y, hi.z};
  }
  return a;
}

int GlbWriter::addVec4(const std::vector<glm::vec4>& v, bool vertexAttribute) {
  return addAccessor(
      addView(v.data(), v.size() * sizeof(glm::vec4), vertexAttribute ? kArrayBuffer : 0), kFloat,
      v.size(), "VEC4");
}

int GlbWriter::addJoints(const std::vector<glm::u16vec4>& v) {
  return addAccessor(addView(v.data(), v.size() * sizeof(glm::u16vec4), kArrayBuffer),
                     kUnsignedShort, v.size(), "VEC4");
}

int GlbWriter::addIndices(const std::vector<uint32_t>& indices) {
  return addAccessor(addView(indices.data(), indices.size() * 4, kElementArrayBuffer), kUnsignedInt,
                     indices.size(), "SCALAR");
}

int GlbWriter::addScalars(const std::vector<float>& v) {
  const int a = addAccessor(addView(v.data(), v.size() * 4, 0), kFloat, v.size(), "SCALAR");
  float lo = v.front(), hi = v.front();
  for (float x : v) lo = std::min(lo, x), hi = std::max(hi, x);
  doc_["accessors"][a]["min"] = {lo};
  doc_["accessors"][a]["max"] = {hi};
  return a;
}

int GlbWriter::addMat4(const std::vector<glm::mat4>& v) {
  return addAccessor(addView(v.data(), v.size() * sizeof(glm::mat4), 0), kFloat, v.size(), "MAT4");
}

std::string GlbWriter::bytes() const {
  nlohmann::json doc = doc_;
  std::string bin = bin_;
  while (bin.size() % 4) bin.push_back('\0');
  doc["buffers"] = nlohmann::json::array({{{"byteLength", bin.size()}}});
  std::string text = doc.dump();
  while (text.size() % 4) text.push_back(' ');
  std::string out = "glTF";
  appendU32(out, 2);
  appendU32(out, static_cast<uint32_t>(12 + 8 + text.size() + 8 + bin.size()));
  appendU32(out, static_cast<uint32_t>(text.size()));
  appendU32(out, 0x4E4F534A);  // JSON
  out += text;
  appendU32(out, static_cast<uint32_t>(bin.size()));
  appendU32(out, 0x004E4942);  // BIN
  out += bin;
  return out;
}
}  // namespace pe::gen
