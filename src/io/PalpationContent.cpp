#include "io/PalpationContent.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>

#include "io/JsonObjects.h"

namespace pe {
const std::vector<std::string> kPalpationSteps = {"position",  "find_asis", "navel_level",
                                                  "the_point", "press",     "safety",
                                                  "confirm",   "release",   "cautions"};
const std::vector<std::string> kPalpationPositions = {"supine", "side_lying", "seated"};
const std::vector<std::string> kPalpationWarnings = {"artery", "gut", "lfcn"};
const std::vector<std::string> kPalpationTechniques = {
    "static_release", "active_release", "side_lying_release", "seated_release", "ball_release"};
const std::vector<std::string> kPalpationCautions = {"pregnancy",
                                                     "recent_surgery",
                                                     "aortic_aneurysm",
                                                     "hernia",
                                                     "inflammation_infection",
                                                     "clots_anticoagulants",
                                                     "kidney_gallbladder",
                                                     "sharp_pain"};

const PalpationEntry* PalpationContent::find(const std::vector<PalpationEntry>& list,
                                             const std::string& id) {
  for (const auto& e : list)
    if (e.id == id) return &e;
  return nullptr;
}

namespace {
std::vector<std::string> citations(ObjectReader& in, const PalpationContent& content) {
  const auto keys = in.texts("sources", "a list of source keys");
  if (!keys || keys->empty()) in.failMissing("sources", "must cite at least one source");
  for (const auto& k : *keys)
    if (!content.sources.count(k))
      in.fail("sources", "cites '" + k + "', which the file does not define");
  return *keys;
}

std::vector<PalpationEntry> entries(const json& root, const char* list,
                                    const std::vector<std::string>& needed,
                                    PalpationContent& content, const std::string& path,
                                    bool titled) {
  std::vector<PalpationEntry> out;
  if (!root.contains(list) || !root[list].is_array())
    throw FileError(path, std::string("'") + list + "' must be a list of entries");
  for (size_t i = 0; i < root[list].size(); ++i) {
    ObjectReader in(root[list][i], std::string(list) + "[" + std::to_string(i) + "].", path);
    PalpationEntry e;
    e.id = in.text("id").value_or("");
    e.title = in.text("title").value_or("");
    e.text = in.text("text").value_or("");
    e.hipFlexionDeg = in.number("hip_flexion_deg", -20.0f, 120.0f);
    e.hipFromDeg = in.number("hip_from_deg", -20.0f, 120.0f);
    e.hipToDeg = in.number("hip_to_deg", -20.0f, 120.0f);
    e.hipLiftDeg = in.number("hip_lift_deg", 1.0f, 30.0f);
    if (const json* camera = in.find("camera_deg")) {
      auto angle = [&](size_t k, double limit) {
        const double v = (*camera)[k].is_number() ? (*camera)[k].get<double>() : 1e9;
        return std::isfinite(v) && std::abs(v) <= limit ? static_cast<float>(v) : 1e9f;
      };
      if (!camera->is_array() || camera->size() != 2 || angle(0, 180.0) > 360.0f ||
          angle(1, 89.0) > 360.0f)
        in.fail("camera_deg",
                "must be [azimuth -180..180, elevation -89..89] degrees for the left side");
      e.cameraDeg = std::make_pair(angle(0, 180.0), angle(1, 89.0));
    }
    if (const json* hold = in.find("hold_s")) {
      auto seconds = [&](size_t k) {
        const double v = (*hold)[k].is_number() ? (*hold)[k].get<double>() : -1.0;
        return std::isfinite(v) && v >= 1.0 && v <= 3600.0 ? v : -1.0;
      };
      if (!hold->is_array() || hold->size() != 2 || seconds(0) < 0.0 || seconds(1) < seconds(0))
        in.fail("hold_s", "must be [shortest, longest] seconds from 1 to 3600, e.g. [30, 60]");
      e.holdSeconds =
          std::make_pair(static_cast<float>(seconds(0)), static_cast<float>(seconds(1)));
    }
    e.sources = citations(in, content);
    if (e.id.empty()) in.failMissing("id", "is missing");
    if (e.text.empty()) in.failMissing("text", "is missing");
    if (titled && e.title.empty()) in.failMissing("title", "is missing");
    if (PalpationContent::find(out, e.id))
      in.fail("id", "'" + e.id + "' is given twice in '" + list + "'");
    in.warnUnknown(content.ignoredKeys);
    out.push_back(std::move(e));
  }
  for (const auto& id : needed)
    if (!PalpationContent::find(out, id))
      throw FileError(path, std::string("'") + list + "' has no entry '" + id + "'");
  return out;
}
}  // namespace

PalpationContent parsePalpationContent(const std::string& text, const std::string& path) {
  const json root = parseJson(text, path);
  if (!root.is_object()) throw FileError(path, "must be a JSON object");
  PalpationContent content;
  if (root.contains("about")) {
    if (!root["about"].is_string()) throw FileError(path, "'about' must be text");
    content.about = root["about"].get<std::string>();
  }
  if (!root.contains("sources") || !root["sources"].is_object() || root["sources"].empty())
    throw FileError(path, "'sources' must be an object of key: full citation");
  for (auto it = root["sources"].begin(); it != root["sources"].end(); ++it) {
    if (!it.value().is_string() || it.value().get<std::string>().empty())
      throw FileError(path, "'sources." + it.key() + "' must be a citation");
    content.sources[it.key()] = it.value().get<std::string>();
  }
  content.steps = entries(root, "steps", kPalpationSteps, content, path, true);
  content.positions = entries(root, "positions", kPalpationPositions, content, path, true);
  content.warnings = entries(root, "warnings", kPalpationWarnings, content, path, true);
  content.techniques = entries(root, "techniques", kPalpationTechniques, content, path, true);
  content.cautions = entries(root, "cautions", kPalpationCautions, content, path, false);
  if (!root.contains("claims") || !root["claims"].is_array())
    throw FileError(path, "'claims' must be a list of entries");
  for (size_t i = 0; i < root["claims"].size(); ++i) {
    ObjectReader in(root["claims"][i], "claims[" + std::to_string(i) + "].", path);
    PalpationClaim c;
    c.claim = in.text("claim").value_or("");
    c.assessment = in.text("assessment").value_or("");
    c.sources = citations(in, content);
    if (c.claim.empty() || c.assessment.empty())
      in.failMissing(c.claim.empty() ? "claim" : "assessment", "is missing");
    in.warnUnknown(content.ignoredKeys);
    content.claims.push_back(std::move(c));
  }
  for (auto it = root.begin(); it != root.end(); ++it)
    if (it.key() != "about" && it.key() != "sources" && it.key() != "steps" &&
        it.key() != "positions" && it.key() != "warnings" && it.key() != "techniques" &&
        it.key() != "cautions" && it.key() != "claims")
      content.ignoredKeys.push_back(path + ": unknown key '" + it.key() + "' ignored");
  // Every step keeps the order it is taken in.
  for (size_t i = 0; i < kPalpationSteps.size(); ++i)
    if (content.steps[i].id != kPalpationSteps[i])
      throw FileError(path, "'steps[" + std::to_string(i) + "]' must be '" + kPalpationSteps[i] +
                                "', got '" + content.steps[i].id + "'");
  return content;
}

PalpationContent loadPalpationContent(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, "cannot be read");
  std::ostringstream text;
  text << in.rdbuf();
  return parsePalpationContent(text.str(), path);
}
}  // namespace pe
