// The text of the guided palpation (issue 12), kept with its sources in a JSON file beside the
// model (assets/palpation.content.json), not in code: the steps from the position to the
// cautions, the positions with their hip angles, the probe's warnings, the release techniques,
// the cautions (when not to press) and the popular claims with what the references say.
//
// {"about": "...", "sources": {"key": "full citation"},
//  "steps": [{"id": "position", "title": "...", "text": "...", "sources": ["key"]}, ...],
//  "positions": [{"id": "supine", "title": "...", "text": "...", "hip_flexion_deg": 45,
//                 "camera_deg": [35, 20], ...}],
//  "warnings": [{"id": "artery", "title": "...", "text": "...", "sources": [...]}],
//  "techniques": [{"id": "active_release", ..., "hold_s": [30, 60], "hip_from_deg": 45,
//                  "hip_to_deg": 0}],
//  "cautions": [{"id": "pregnancy", "text": "...", "sources": [...]}],
//  "claims": [{"claim": "...", "assessment": "...", "sources": [...]}]}
//
// Every entry cites at least one source the file defines, and the ids each list needs are there.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace pe {
struct PalpationEntry {
  std::string id, title, text;
  std::vector<std::string> sources;  // keys into PalpationContent::sources
  std::optional<float> hipFlexionDeg, hipFromDeg, hipToDeg;
  std::optional<float> hipLiftDeg;  // the confirm step: how far the foot's lift flexes the hip
  // A position's camera (azimuth, elevation) for the left side; the right side mirrors it.
  std::optional<std::pair<float, float>> cameraDeg;
  std::optional<std::pair<float, float>> holdSeconds;
};

struct PalpationClaim {
  std::string claim, assessment;
  std::vector<std::string> sources;
};

struct PalpationContent {
  std::string about;
  std::map<std::string, std::string> sources;
  std::vector<PalpationEntry> steps, positions, warnings, techniques, cautions;
  std::vector<PalpationClaim> claims;
  // Keys the file has that the app does not read ("file: unknown key 'steps[6].hip_lift' ignored"),
  // for the caller to log: a misspelt key would otherwise change nothing without a word.
  std::vector<std::string> ignoredKeys;
  // The entry of a list by id, or nullptr.
  static const PalpationEntry* find(const std::vector<PalpationEntry>& list, const std::string& id);
};

// The ids each list must have, in the order the steps are taken.
extern const std::vector<std::string> kPalpationSteps, kPalpationPositions, kPalpationWarnings,
    kPalpationTechniques, kPalpationCautions;

// Throws FileError naming the file and the entry ("'cautions[2].sources' cites 'x', which the
// file does not define") when the text is malformed, an entry lacks its text or sources, or a
// needed id is missing.
PalpationContent parsePalpationContent(const std::string& text, const std::string& path);
PalpationContent loadPalpationContent(const std::string& path);
}  // namespace pe
