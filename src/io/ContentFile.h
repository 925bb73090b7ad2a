// The text about each structure (names, Latin terms, origin, insertion, innervation, action,
// blood supply, relations, variations, clinical notes, popular claims, sources), kept in a
// human-editable JSON file beside the model: lumbopelvic.glb -> lumbopelvic.content.json.
//
// {"sources": {"gray42": "Standring S (ed). Gray's Anatomy, 42nd ed. Elsevier; 2020."},
//  "structures": {"psoas_major_left": {"name": "Psoas major (left)", "latin": "musculus psoas
//  major",
//     "synonyms": ["iliopsoas"], "origin": "...", "insertion": "...", "innervation": "...",
//     "action": "...", "blood_supply": "...", "relations": {"anterior": "...", ...},
//     "variations": "...", "clinical": "...",
//     "popular_claims": [{"claim": "...", "assessment": "..."}], "sources": ["gray42"]}}}
//
// A paired structure may be written once with "sides": ["left", "right"]; the entry then
// stands for ID_left and ID_right, named "NAME (left)" and "NAME (right)".
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "scene/StructureView.h"

namespace pe {
struct PopularClaim {
  std::string claim;       // as popular writing puts it
  std::string assessment;  // what the references say about it
};

struct StructureContent {
  std::string name, latin;
  std::vector<std::string> synonyms;
  std::string origin, insertion, innervation, action, bloodSupply, variations, clinical;
  std::vector<std::pair<std::string, std::string>> relations;  // direction, what lies there
  std::vector<PopularClaim> popularClaims;
  std::vector<std::string> sources;  // keys into Content::sources
};

struct Content {
  std::map<std::string, std::string> sources;          // key -> citation
  std::map<std::string, StructureContent> structures;  // id -> content
  const StructureContent* find(const std::string& id) const;
};

// Where the content file of a model would be.
std::string contentPathFor(const std::string& modelPath);
// Throws FileError naming the file and the entry when the file is malformed or a structure
// cites a source the file does not define.
Content loadContentFile(const std::string& path);
// The same for text already read; `path` names it in messages.
Content parseContent(const std::string& source, const std::string& path);
// Lets search find each structure by its content name, Latin term and synonyms, and shows the
// content name wherever the structure is named.
void addSearchTerms(const Content& content, StructureView& view);

// Loads the model's content file if there is one; problems are returned, never thrown.
std::optional<Content> loadContentFor(const std::string& modelPath, std::string& problem);
}  // namespace pe
