#include "app/PalpationReport.h"

#include <cstdio>
#include <memory>
#include <optional>

#include "app/ModelLocator.h"
#include "app/PalpationOptions.h"
#include "core/Error.h"
#include "core/Log.h"
#include "geometry/PalpationGuide.h"
#include "io/GltfFile.h"
#include "io/PalpationContent.h"
#include "pose/PosedModel.h"

namespace pe {
namespace {
// The probe's warnings in the words of the palpation text beside the model, with its sources.
void printWarnings(const ProbeReading& reading, const std::optional<PalpationContent>& content) {
  std::vector<std::pair<std::string, std::string>> raised;  // warning id, what it is about
  for (const auto& id : reading.arteriesNear) raised.push_back({"artery", id});
  for (const auto& id : reading.gutCrossed) raised.push_back({"gut", id});
  for (const auto& id : reading.nervesNear) raised.push_back({"lfcn", id});
  if (raised.empty()) return;
  std::string said;
  for (const auto& [warning, id] : raised) {
    if (said.find(" " + warning + " ") != std::string::npos) {
      std::fprintf(stderr, "  also: %s\n", id.c_str());
      continue;
    }
    said += " " + warning + " ";
    const PalpationEntry* e =
        content ? PalpationContent::find(content->warnings, warning) : nullptr;
    if (!e) {
      std::fprintf(stderr, "warning (%s): %s\n", warning.c_str(), id.c_str());
      continue;
    }
    std::string cited;
    for (const auto& key : e->sources)
      cited += (cited.empty() ? "" : "; ") + content->sources.at(key);
    std::fprintf(stderr, "warning: %s (%s). %s\n  sources: %s\n", e->title.c_str(), id.c_str(),
                 e->text.c_str(), cited.c_str());
  }
}
}  // namespace

int runPalpationReport(const CommandLine& cl) {
  const std::string path = cl.file.empty() ? bundledModelPath() : cl.file;
  if (path.empty()) {
    logError(
        "--palpation-report needs a FILE (the bundled model assets/lumbopelvic.glb was not "
        "found)");
    return 1;
  }
  try {
    PosedModel posed(std::make_unique<Model>(loadGltfFile(path)));
    const Model& model = *posed.model();
    const StructureIndex index = buildStructureIndex(model);
    const std::vector<std::string> missing = missingForPalpation(index, cl.palpation.side);
    if (!missing.empty()) {
      logError(path + ": has no '" + missing.front() + "' (the palpation probe needs it)");
      return 1;
    }
    const float habitus = cl.view.habitus.value_or(0.0f);
    if (habitus != 0.0f && !posed.hasHabitus()) {
      logError(path + ": has no lean and heavy builds (morph targets) for --habitus");
      return 1;
    }
    if (cl.view.habitus) posed.setHabitus(habitus);
    // The palpation text, for the position's hips and the warnings' words.
    std::optional<PalpationContent> content;
    if (const std::string text = palpationContentPath(path); !text.empty()) {
      try {
        content = loadPalpationContent(text);
        for (const std::string& w : content->ignoredKeys) logWarning(w);
      } catch (const FileError& e) {
        logWarning(e.what());
      }
    }
    const PalpationEntry* position =
        content ? PalpationContent::find(content->positions,
                                         kPalpationPositions[size_t(cl.palpation.position)])
                : nullptr;
    const float hips = position ? position->hipFlexionDeg.value_or(kSupineHipsDeg) : kSupineHipsDeg;
    if (posed.hipRig()) {  // lying as --position says (on the back, knees bent), unless --pose
      for (int side = 0; side < 2; ++side)
        posed.setHipFlexion(side, cl.view.hipFlexion[static_cast<size_t>(side)].value_or(hips));
    } else {
      logWarning(path + ": has no hip rig; the probe reads it as it stands");
    }
    const ProbeAim aim = probeAimFrom(cl.palpation);
    const ProbeReading reading = readProbe(model, posed.pose(), index, aim);
    if (!reading.onSkin) {
      logError(path + ": the probe's axis through --point does not meet the skin");
      return 1;
    }
    // What the table does not say, for a reader at the terminal (the CSV stays on stdout).
    std::string near;
    for (const auto& [id, mm] : reading.distancesMm)
      if (mm <= 2.0f * kProbeWarningMm)
        near += " " + id + " " + std::to_string(int(mm + 0.5f)) + " mm;";
    std::fprintf(
        stderr, "hips %.0f/%.0f deg; point %.1f,%.1f,%.1f mm; first muscle %s at %.1f mm;%s%s\n",
        posed.hipFlexion(0), posed.hipFlexion(1), reading.pointMm.x, reading.pointMm.y,
        reading.pointMm.z, reading.firstMuscle.empty() ? "none" : reading.firstMuscle.c_str(),
        reading.firstMuscleDepthMm, near.empty() ? "" : " near the probe:", near.c_str());
    if (reading.wallMissing)
      std::fputs(
          "note: the model has no abdominal wall in front of the muscle here (next to the "
          "ASIS its wall stops short of the iliacus): the depth is less than a real wall "
          "would make it\n",
          stderr);
    printWarnings(reading, content);
    std::fputs("side,habitus,angle_deg,structure,entry_mm,exit_mm\n", stdout);
    std::fputs(probeCsv(reading, aim, habitus).c_str(), stdout);
    return 0;
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
}
}  // namespace pe
