#include <regex>
#include <set>

#include <nlohmann/json.hpp>

#include "io/GltfValidator.h"

namespace pe {
namespace {
using json = nlohmann::json;

struct Required {
  const char* collection;
  std::vector<const char*> properties;
};

// Properties the glTF 2.0 schema marks required, per top-level collection.
const Required kRequired[] = {
    {"accessors", {"componentType", "count", "type"}},
    {"animations", {"channels", "samplers"}},
    {"buffers", {"byteLength"}},
    {"bufferViews", {"buffer", "byteLength"}},
    {"cameras", {"type"}},
    {"meshes", {"primitives"}},
    {"skins", {"joints"}},
};

const char* kCollections[] = {
    "accessors", "animations", "buffers",  "bufferViews",    "cameras",
    "images",    "materials",  "meshes",   "nodes",          "samplers",
    "scenes",    "skins",      "textures", "extensionsUsed", "extensionsRequired"};

void requireProperties(const json& object, const std::string& where,
                       std::initializer_list<const char*> names, ValidationReport& report) {
  for (const char* name : names)
    if (!object.contains(name))
      report.error(where + ": required property '" + name + "' is missing");
}

// glTF arrays all have minItems 1; extras are free-form and skipped.
void checkEmptyArrays(const json& value, const std::string& where, ValidationReport& report) {
  if (value.is_array()) {
    if (value.empty()) report.error(where + ": empty array (glTF requires at least one item)");
    for (size_t i = 0; i < value.size(); ++i)
      checkEmptyArrays(value[i], where + "/" + std::to_string(i), report);
  } else if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) {
      if (it.key() == "extensions" && it.value().is_object())
        for (auto ext = it.value().begin(); ext != it.value().end(); ++ext)
          if (!ext.value().is_object())
            report.error(where + "/extensions/" + ext.key() + ": must be an object");
      if (it.key() != "extras" && it.key() != "extensions")
        checkEmptyArrays(it.value(), where + "/" + it.key(), report);
    }
  }
}

void checkPrimitive(const json& prim, const std::string& where, ValidationReport& report) {
  if (!prim.is_object()) return report.error(where + ": must be an object");
  if (!prim.contains("attributes"))
    return report.error(where + ": required property 'attributes' is missing");
  const json& attributes = prim["attributes"];
  if (!attributes.is_object()) return report.error(where + "/attributes: must be an object");
  if (attributes.empty()) report.error(where + "/attributes: must name at least one attribute");
  if (prim.contains("targets")) {
    const json& targets = prim["targets"];
    if (!targets.is_array()) return report.error(where + "/targets: must be an array");
    for (size_t t = 0; t < targets.size(); ++t) {
      if (!targets[t].is_object())
        report.error(where + "/targets/" + std::to_string(t) + ": must be an object");
      else if (targets[t].empty())
        report.error(where + "/targets/" + std::to_string(t) +
                     ": must name at least one attribute");
    }
  }
}

void checkAnimation(const json& anim, const std::string& where, ValidationReport& report) {
  if (anim.contains("channels") && anim["channels"].is_array())
    for (size_t c = 0; c < anim["channels"].size(); ++c) {
      const json& ch = anim["channels"][c];
      std::string w = where + "/channels/" + std::to_string(c);
      if (!ch.is_object()) {
        report.error(w + ": must be an object");
        continue;
      }
      requireProperties(ch, w, {"sampler", "target"}, report);
      if (ch.contains("target") && ch["target"].is_object())
        requireProperties(ch["target"], w + "/target", {"path"}, report);
    }
  if (anim.contains("samplers") && anim["samplers"].is_array())
    for (size_t s = 0; s < anim["samplers"].size(); ++s) {
      const json& sampler = anim["samplers"][s];
      std::string w = where + "/samplers/" + std::to_string(s);
      if (!sampler.is_object()) {
        report.error(w + ": must be an object");
        continue;
      }
      requireProperties(sampler, w, {"input", "output"}, report);
    }
}

void checkSparse(const json& accessor, const std::string& where, ValidationReport& report) {
  if (!accessor.contains("sparse")) return;
  const json& sparse = accessor["sparse"];
  if (!sparse.is_object()) return report.error(where + "/sparse: must be an object");
  requireProperties(sparse, where + "/sparse", {"count", "indices", "values"}, report);
  if (sparse.contains("indices") && sparse["indices"].is_object())
    requireProperties(sparse["indices"], where + "/sparse/indices", {"bufferView", "componentType"},
                      report);
  if (sparse.contains("values") && sparse["values"].is_object())
    requireProperties(sparse["values"], where + "/sparse/values", {"bufferView"}, report);
}
}  // namespace

// Accessors that a mesh, skin or animation reads.
std::vector<bool> accessorsInUse(const json& root) {
  std::vector<bool> used(root.contains("accessors") ? root["accessors"].size() : 0, false);
  auto mark = [&](const json& v) {
    if (v.is_number_unsigned() && v.get<size_t>() < used.size()) used[v.get<size_t>()] = true;
  };
  const json none = json::array();
  const json& meshes = root.contains("meshes") ? root["meshes"] : none;
  for (const json& mesh : meshes) {
    if (!mesh.contains("primitives")) continue;
    for (const json& prim : mesh["primitives"]) {
      if (prim.contains("attributes"))
        for (const json& v : prim["attributes"]) mark(v);
      if (prim.contains("indices")) mark(prim["indices"]);
      if (prim.contains("targets"))
        for (const json& target : prim["targets"])
          for (const json& v : target) mark(v);
    }
  }
  const json& skins = root.contains("skins") ? root["skins"] : none;
  for (const json& skin : skins)
    if (skin.contains("inverseBindMatrices")) mark(skin["inverseBindMatrices"]);
  const json& animations = root.contains("animations") ? root["animations"] : none;
  for (const json& anim : animations) {
    if (!anim.contains("samplers")) continue;
    for (const json& sampler : anim["samplers"]) {
      if (sampler.contains("input")) mark(sampler["input"]);
      if (sampler.contains("output")) mark(sampler["output"]);
    }
  }
  return used;
}

bool sanitizeUnusedAccessorTypes(json& root, ValidationReport& report) {
  if (!root.contains("accessors") || !root["accessors"].is_array()) return false;
  static const std::set<std::string> kTypes = {"SCALAR", "VEC2", "VEC3", "VEC4",
                                               "MAT2",   "MAT3", "MAT4"};
  std::vector<bool> used = accessorsInUse(root);
  bool changed = false;
  for (size_t i = 0; i < root["accessors"].size(); ++i) {
    json& a = root["accessors"][i];
    if (!a.is_object() || !a.contains("type") || !a["type"].is_string()) continue;
    const std::string type = a["type"];
    if (kTypes.count(type)) continue;
    const std::string where = "accessors/" + std::to_string(i);
    if (used[i]) {
      report.error(where + ": unknown type '" + type + "'");
    } else {
      report.warning(where + ": unknown type '" + type + "' (unused, ignored)");
      a["type"] = "SCALAR";
      changed = true;
    }
  }
  return changed;
}

// Long on purpose: one check per top-level array of the schema, in the schema's order.
void checkJsonStructure(const json& root, ValidationReport& report) {
  if (!root.is_object()) return report.error("the top level must be a JSON object");
  if (!root.contains("asset") || !root["asset"].is_object())
    return report.error("required property 'asset' is missing");
  const json& asset = root["asset"];
  if (!asset.contains("version") || !asset["version"].is_string())
    return report.error("asset: required property 'version' is missing");
  const std::string version = asset["version"];
  static const std::regex kVersion("^[0-9]+\\.[0-9]+$");
  if (!std::regex_match(version, kVersion))
    return report.error("asset.version '" + version + "' is not of the form MAJOR.MINOR");
  if (version.substr(0, version.find('.')) != "2")
    return report.error("asset.version " + version + " is not glTF 2.x");

  for (const char* name : kCollections) {
    if (!root.contains(name)) continue;
    const json& collection = root[name];
    if (!collection.is_array()) {
      report.error(std::string("'") + name + "' must be an array");
      continue;
    }
    const bool ofStrings = std::string(name).rfind("extensions", 0) == 0;
    for (size_t i = 0; i < collection.size(); ++i) {
      const std::string where = std::string(name) + "/" + std::to_string(i);
      if (ofStrings ? !collection[i].is_string() : !collection[i].is_object())
        report.error(where + (ofStrings ? ": must be a string" : ": must be an object"));
    }
  }
  static const std::set<std::string> kSupportedExtensions = {};
  if (root.contains("extensionsRequired") && root["extensionsRequired"].is_array())
    for (const json& ext : root["extensionsRequired"])
      if (ext.is_string() && !kSupportedExtensions.count(ext.get<std::string>()))
        report.error("requires the extension " + ext.get<std::string>() +
                     ", which this app does not support");
  if (root.contains("extensions") && !root["extensions"].is_object())
    report.error("'extensions' must be an object");
  for (const char* name : kCollections) {
    if (!root.contains(name) || !root[name].is_array()) continue;
    for (size_t i = 0; i < root[name].size(); ++i) {
      const json& item = root[name][i];
      if (!item.is_object()) continue;
      if (item.contains("extensions") && !item["extensions"].is_object())
        report.error(std::string(name) + "/" + std::to_string(i) +
                     ": 'extensions' must be an object");
    }
  }
  if (!report.errors.empty()) return;

  for (const Required& r : kRequired) {
    if (!root.contains(r.collection)) continue;
    const json& collection = root[r.collection];
    for (size_t i = 0; i < collection.size(); ++i)
      for (const char* p : r.properties)
        if (!collection[i].contains(p))
          report.error(std::string(r.collection) + "/" + std::to_string(i) +
                       ": required property '" + p + "' is missing");
  }
  if (root.contains("accessors"))
    for (size_t i = 0; i < root["accessors"].size(); ++i)
      checkSparse(root["accessors"][i], "accessors/" + std::to_string(i), report);
  if (root.contains("meshes"))
    for (size_t m = 0; m < root["meshes"].size(); ++m) {
      const json& mesh = root["meshes"][m];
      if (!mesh.contains("primitives")) continue;
      const json& prims = mesh["primitives"];
      if (!prims.is_array()) {
        report.error("meshes/" + std::to_string(m) + "/primitives: must be an array");
        continue;
      }
      for (size_t p = 0; p < prims.size(); ++p)
        checkPrimitive(prims[p], "meshes/" + std::to_string(m) + "/primitives/" + std::to_string(p),
                       report);
    }
  if (root.contains("animations"))
    for (size_t a = 0; a < root["animations"].size(); ++a)
      checkAnimation(root["animations"][a], "animations/" + std::to_string(a), report);
  checkEmptyArrays(root, "", report);
}
}  // namespace pe
