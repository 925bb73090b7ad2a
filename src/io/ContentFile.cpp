#include "io/ContentFile.h"

#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/AtomicFile.h"
#include "core/Error.h"

namespace pe {
namespace {
using json = nlohmann::json;

std::string text(const json& entry, const char* key, const std::string& where,
                 const std::string& path) {
  if (!entry.contains(key)) return {};
  if (!entry[key].is_string()) throw FileError(path, where + ": '" + key + "' must be text");
  return entry[key].get<std::string>();
}

std::vector<std::string> texts(const json& entry, const char* key, const std::string& where,
                               const std::string& path) {
  std::vector<std::string> out;
  if (!entry.contains(key)) return out;
  if (!entry[key].is_array())
    throw FileError(path, where + ": '" + key + "' must be a list of text");
  for (const json& v : entry[key]) {
    if (!v.is_string()) throw FileError(path, where + ": '" + key + "' must be a list of text");
    out.push_back(v.get<std::string>());
  }
  return out;
}
}  // namespace

const StructureContent* Content::find(const std::string& id) const {
  auto it = structures.find(id);
  return it == structures.end() ? nullptr : &it->second;
}

std::string contentPathFor(const std::string& modelPath) {
  std::filesystem::path p(modelPath);
  return (p.parent_path() / (p.stem().string() + ".content.json")).string();
}

Content loadContentFile(const std::string& path) {
  return parseContent(readWholeFile(path, size_t(16) << 20), path);
}

// Long on purpose: one block per field of an entry, each with its own message.
Content parseContent(const std::string& source, const std::string& path) {
  json root;
  try {
    root = json::parse(source);
  } catch (const json::exception& e) {
    std::string why = e.what();
    if (why.find("] ") != std::string::npos) why = why.substr(why.find("] ") + 2);
    throw FileError(path, "invalid JSON: " + why);
  }
  if (!root.is_object()) throw FileError(path, "the top level must be an object");
  Content content;
  if (root.contains("sources")) {
    if (!root["sources"].is_object()) throw FileError(path, "'sources' must map keys to citations");
    for (const auto& [key, citation] : root["sources"].items()) {
      if (!citation.is_string())
        throw FileError(path, "sources." + key + " must be a citation text");
      content.sources[key] = citation.get<std::string>();
    }
  }
  if (!root.contains("structures") || !root["structures"].is_object())
    throw FileError(path, "'structures' must map structure ids to their text");
  for (const auto& [id, entry] : root["structures"].items()) {
    const std::string where = "structures." + id;
    if (!entry.is_object()) throw FileError(path, where + " must be an object");
    StructureContent s;
    s.name = text(entry, "name", where, path);
    s.latin = text(entry, "latin", where, path);
    s.synonyms = texts(entry, "synonyms", where, path);
    s.origin = text(entry, "origin", where, path);
    s.insertion = text(entry, "insertion", where, path);
    s.innervation = text(entry, "innervation", where, path);
    s.action = text(entry, "action", where, path);
    s.bloodSupply = text(entry, "blood_supply", where, path);
    s.variations = text(entry, "variations", where, path);
    s.clinical = text(entry, "clinical", where, path);
    if (entry.contains("relations")) {
      if (!entry["relations"].is_object())
        throw FileError(path, where + ": 'relations' must map directions to text");
      for (const auto& [direction, what] : entry["relations"].items()) {
        if (!what.is_string())
          throw FileError(path, where + ".relations." + direction + " must be text");
        s.relations.emplace_back(direction, what.get<std::string>());
      }
    }
    if (entry.contains("popular_claims")) {
      if (!entry["popular_claims"].is_array())
        throw FileError(path, where + ": 'popular_claims' must be a list");
      for (const json& c : entry["popular_claims"]) {
        if (!c.is_object())
          throw FileError(path, where + ": each popular claim needs 'claim' and 'assessment'");
        PopularClaim claim{text(c, "claim", where, path), text(c, "assessment", where, path)};
        if (claim.claim.empty() || claim.assessment.empty())
          throw FileError(path, where + ": each popular claim needs 'claim' and 'assessment'");
        s.popularClaims.push_back(claim);
      }
    }
    s.sources = texts(entry, "sources", where, path);
    for (const std::string& key : s.sources)
      if (!content.sources.count(key))
        throw FileError(path,
                        where + " cites source '" + key + "', which 'sources' does not define");
    // A paired structure is written once: "sides": ["left", "right"] gives ID_left and
    // ID_right, each named "NAME (left)" and "NAME (right)".
    const std::vector<std::string> sides = texts(entry, "sides", where, path);
    if (sides.empty()) {
      if (!content.structures.emplace(id, s).second)
        throw FileError(path, where + " is given twice");
    }
    for (const std::string& side : sides) {
      if (side != "left" && side != "right")
        throw FileError(path, where + ": sides are \"left\" and \"right\", not \"" + side + "\"");
      StructureContent sided = s;
      if (!sided.name.empty()) sided.name += " (" + side + ")";
      if (!content.structures.emplace(id + "_" + side, sided).second)
        throw FileError(path, where + "_" + side + " is given twice");
    }
  }
  return content;
}

void addSearchTerms(const Content& content, StructureView& view) {
  const StructureIndex& index = view.index();
  for (size_t s = 0; s < index.structures.size(); ++s)
    if (const StructureContent* c = content.find(index.structures[s].id)) {
      std::vector<std::string> terms = c->synonyms;
      terms.push_back(c->latin);
      terms.push_back(c->name);
      view.setSearchTerms(static_cast<int>(s), terms);
      if (!c->name.empty()) view.setName(static_cast<int>(s), c->name);
    }
}

std::optional<Content> loadContentFor(const std::string& modelPath, std::string& problem) {
  const std::string path = contentPathFor(modelPath);
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;
  try {
    return loadContentFile(path);
  } catch (const FileError& e) {
    problem = e.what();
    return std::nullopt;
  }
}
}  // namespace pe
