#include "io/LessonText.h"

#include <algorithm>
#include <functional>
#include <sstream>

namespace pe {
namespace {
enum class Piece { Text, Bold, Reference, Citation };

// One pass over a line's inline markup; `visit(kind, text)` sees each piece. Returns a problem
// or "".
template <typename Visit>
std::string scanLine(const std::string& line, Visit&& visit) {
  std::string plain;
  auto flush = [&] {
    if (!plain.empty()) visit(Piece::Text, plain);
    plain.clear();
  };
  for (size_t i = 0; i < line.size();) {
    if (line.compare(i, 2, "**") == 0) {
      const size_t end = line.find("**", i + 2);
      if (end == std::string::npos) return "has '**' without its closing '**'";
      flush();
      visit(Piece::Bold, line.substr(i + 2, end - i - 2));
      i = end + 2;
    } else if (line[i] == '{') {
      const size_t end = line.find('}', i + 1);
      if (end == std::string::npos) return "has '{' without its closing '}'";
      flush();
      visit(Piece::Reference, line.substr(i + 1, end - i - 1));
      i = end + 1;
    } else if (line.compare(i, 2, "[@") == 0) {
      const size_t end = line.find(']', i + 2);
      if (end == std::string::npos) return "has '[@' without its closing ']'";
      flush();
      visit(Piece::Citation, line.substr(i + 2, end - i - 2));
      i = end + 1;
    } else {
      plain += line[i++];
    }
  }
  flush();
  return "";
}

// Lines grouped into blocks: a blank line ends a paragraph, each "- " line is a bullet.
struct RawBlock {
  bool bullet = false;
  std::string line;
};
std::vector<RawBlock> splitBlocks(const std::string& text) {
  std::vector<RawBlock> blocks;
  std::istringstream in(text);
  std::string line;
  bool open = false;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos) {
      open = false;
      continue;
    }
    line = line.substr(first);
    if (line.compare(0, 2, "- ") == 0 || line.compare(0, 2, "* ") == 0) {
      blocks.push_back({true, line.substr(2)});
      open = true;
    } else if (open) {
      blocks.back().line += " " + line;  // a paragraph or bullet continued on the next line
    } else {
      blocks.push_back({false, line});
      open = true;
    }
  }
  return blocks;
}

bool validId(const std::string& id) {
  return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '-';
  });
}

// The N of "claim.N": 1 to 99, or 0 when it is not such a number.
size_t claimNumber(const std::string& field) {
  const std::string n = field.substr(6);
  if (n.empty() || n.size() > 2) return 0;
  size_t value = 0;
  for (const char c : n) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  return value;
}

// "claim.2" and "relations.anterior" name one claim or one direction.
bool indexedField(const std::string& field, const char* prefix) {
  const std::string p = std::string(prefix) + ".";
  return field.compare(0, p.size(), p) == 0 && field.size() > p.size();
}

std::string referenceProblem(const std::string& ref) {
  const size_t dot = ref.find('.');
  const std::string id = ref.substr(0, dot);
  if (!validId(id)) return "has '{" + ref + "}', which is not a structure id";
  if (dot == std::string::npos) return "";
  const std::string field = ref.substr(dot + 1);
  const auto& fields = quotableFields();
  if (std::find(fields.begin(), fields.end(), field) != fields.end()) return "";
  if (indexedField(field, "relations")) return "";
  if (indexedField(field, "claim")) {
    if (claimNumber(field) >= 1) return "";
    return "has '{" + ref + "}': a claim is numbered from 1 ('claim.1')";
  }
  std::string list;
  for (const std::string& f : fields) list += (list.empty() ? "" : ", ") + f;
  return "has '{" + ref + "}': '" + field + "' is not a content field (" + list +
         ", relations.DIRECTION, claim.N)";
}

const std::string* fieldOf(const StructureContent& c, const std::string& field) {
  if (field == "name") return &c.name;
  if (field == "latin") return &c.latin;
  if (field == "origin") return &c.origin;
  if (field == "insertion") return &c.insertion;
  if (field == "innervation") return &c.innervation;
  if (field == "action") return &c.action;
  if (field == "blood_supply") return &c.bloodSupply;
  if (field == "variations") return &c.variations;
  if (field == "clinical") return &c.clinical;
  return nullptr;
}

// A field's text; relations and claims are put into words here.
std::string fieldText(const StructureContent& c, const std::string& field) {
  if (indexedField(field, "relations")) {
    const std::string direction = field.substr(10);
    for (const auto& [where, what] : c.relations)
      if (where == direction) return what;
    return "";
  }
  if (indexedField(field, "claim")) {
    const size_t n = claimNumber(field);
    if (n == 0 || n > c.popularClaims.size()) return "";
    const PopularClaim& claim = c.popularClaims[n - 1];
    return "Popular claim: \u201c" + claim.claim +
           "\u201d What the references say: " + claim.assessment;
  }
  const std::string* value = fieldOf(c, field);
  return value ? *value : "";
}

std::string idInWords(std::string id) {
  std::replace(id.begin(), id.end(), '_', ' ');
  return id;
}

int citationNumber(std::vector<std::string>& citations, const std::string& citation) {
  auto it = std::find(citations.begin(), citations.end(), citation);
  if (it == citations.end()) {
    citations.push_back(citation);
    return static_cast<int>(citations.size());
  }
  return static_cast<int>(it - citations.begin()) + 1;
}

std::string sourceCitation(const Content* content, const std::string& key) {
  if (content) {
    auto it = content->sources.find(key);
    if (it != content->sources.end()) return it->second;
  }
  return key + " (not in the model's content file)";
}

// The words for a {reference}; a quoted field gets the numbers of its structure's sources.
std::string resolveReference(const std::string& ref, const Content* content,
                             std::vector<std::string>& citations) {
  const size_t dot = ref.find('.');
  const std::string id = ref.substr(0, dot);
  const StructureContent* entry = content ? content->find(id) : nullptr;
  if (dot == std::string::npos) return entry && !entry->name.empty() ? entry->name : idInWords(id);
  const std::string field = ref.substr(dot + 1);
  const std::string value = entry ? fieldText(*entry, field) : "";
  if (value.empty())
    return "(" + idInWords(id) + ": no " + idInWords(field) + " in the content file)";
  if (entry->sources.empty()) return value;
  std::string numbers;
  for (const std::string& key : entry->sources)
    numbers += (numbers.empty() ? "" : ", ") +
               std::to_string(citationNumber(citations, sourceCitation(content, key)));
  return value + " [" + numbers + "]";
}
}  // namespace

const std::vector<std::string>& quotableFields() {
  static const std::vector<std::string> fields = {"name",         "latin",       "origin",
                                                  "insertion",    "innervation", "action",
                                                  "blood_supply", "variations",  "clinical"};
  return fields;
}

std::vector<TextProblem> checkLessonText(const std::string& text) {
  std::vector<TextProblem> problems;
  for (const RawBlock& block : splitBlocks(text)) {
    std::string local;
    std::function<void(Piece, const std::string&)> check = [&](Piece kind,
                                                               const std::string& piece) {
      if (kind == Piece::Reference && local.empty()) local = referenceProblem(piece);
      if (kind == Piece::Citation && local.empty() && !validId(piece))
        local = "has '[@" + piece + "]', which is not a source key";
      if (kind == Piece::Bold) {
        const std::string inner = scanLine(piece, check);
        if (!inner.empty() && local.empty()) local = inner + " (in bold)";
      }
    };
    const std::string problem = scanLine(block.line, check);
    if (!problem.empty()) problems.push_back({problem});
    if (!local.empty()) problems.push_back({local});
  }
  return problems;
}

std::vector<std::string> textStructureIds(const std::string& text) {
  std::vector<std::string> ids;
  std::function<void(Piece, const std::string&)> visit = [&](Piece kind, const std::string& piece) {
    if (kind == Piece::Reference) ids.push_back(piece.substr(0, piece.find('.')));
    if (kind == Piece::Bold) scanLine(piece, visit);
  };
  for (const RawBlock& block : splitBlocks(text)) scanLine(block.line, visit);
  return ids;
}

std::vector<std::string> textSourceKeys(const std::string& text) {
  std::vector<std::string> keys;
  std::function<void(Piece, const std::string&)> visit = [&](Piece kind, const std::string& piece) {
    if (kind == Piece::Citation) keys.push_back(piece);
    if (kind == Piece::Bold) scanLine(piece, visit);
  };
  for (const RawBlock& block : splitBlocks(text)) scanLine(block.line, visit);
  return keys;
}

ResolvedText resolveLessonText(const std::string& text, const Content* content,
                               std::vector<std::string>& citations) {
  ResolvedText out;
  for (const RawBlock& raw : splitBlocks(text)) {
    TextBlock block;
    block.bullet = raw.bullet;
    auto add = [&block](const std::string& s, bool bold) {
      if (!block.runs.empty() && block.runs.back().bold == bold)
        block.runs.back().text += s;
      else
        block.runs.push_back({s, bold});
    };
    // Bold text may hold references too ("**{psoas_major_left}**"): one level is scanned again.
    bool bold = false;
    std::function<void(Piece, const std::string&)> visit = [&](Piece kind,
                                                               const std::string& piece) {
      switch (kind) {
        case Piece::Text:
          add(piece, bold);
          break;
        case Piece::Bold:
          // Bold text with broken markup inside is shown as written, like a broken line.
          if (!scanLine(piece, [](Piece, const std::string&) {}).empty()) {
            add(piece, true);
            break;
          }
          bold = true;
          scanLine(piece, visit);
          bold = false;
          break;
        case Piece::Reference:
          add(resolveReference(piece, content, citations), bold);
          break;
        case Piece::Citation:
          add("[" + std::to_string(citationNumber(citations, sourceCitation(content, piece))) + "]",
              bold);
          break;
      }
    };
    const std::string problem = scanLine(raw.line, visit);
    if (!problem.empty()) block.runs = {{raw.line, false}};  // shown as written
    out.blocks.push_back(std::move(block));
  }
  out.citations = citations;
  return out;
}

std::string plainText(const ResolvedText& text) {
  std::string out;
  for (const TextBlock& block : text.blocks) {
    if (!out.empty()) out += block.bullet ? "\n" : "\n\n";
    if (block.bullet) out += "- ";
    for (const TextRun& run : block.runs) out += run.text;
  }
  return out;
}
}  // namespace pe
