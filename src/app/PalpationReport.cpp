#include "app/PalpationReport.h"

#include <cstdio>
#include <memory>

#include "app/ModelLocator.h"
#include "core/Error.h"
#include "core/Log.h"
#include "geometry/PalpationProbe.h"
#include "io/GltfFile.h"
#include "pose/PosedModel.h"

namespace pe {
namespace {
constexpr float kSupineHipsDeg = 45.0f;  // lying on the back with the knees bent
}

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
    if (posed.hipRig()) {
      posed.setHipFlexion(0, kSupineHipsDeg);
      posed.setHipFlexion(1, kSupineHipsDeg);
    }
    ProbeAim aim;
    aim.side = cl.palpation.side;
    aim.towardSpineDeg = cl.palpation.angle;
    aim.tiltDeg = cl.palpation.tilt;
    if (cl.palpation.point) {
      const auto& p = *cl.palpation.point;
      aim.pointMm = glm::vec3(p[0], p[1], p[2]);
    }
    const ProbeReading reading = readProbe(model, posed.pose(), index, aim);
    std::fputs("side,habitus,angle_deg,structure,entry_mm,exit_mm\n", stdout);
    std::fputs(probeCsv(reading, aim, habitus).c_str(), stdout);
    return 0;
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
}
}  // namespace pe
