#include "app/PalpationOptions.h"

#include <array>
#include <cstdio>

#include "core/Error.h"
#include "geometry/PalpationGuide.h"
#include "io/PalpationContent.h"

namespace pe {
namespace {
// The place of `v` in `names`, or a UsageError listing them.
int oneOf(const std::string& option, const std::string& v, const std::vector<std::string>& names) {
  std::string listed;
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == v) return static_cast<int>(i);
    listed += (i == 0 ? "" : i + 1 == names.size() ? " or " : ", ") + names[i];
  }
  throw UsageError(option + " expects " + listed + ", got '" + v + "'");
}
}  // namespace

bool parsePalpationOption(const std::string& arg, const std::function<std::string()>& value,
                          CommandLine& cl, bool& aimed) {
  CommandLine::Palpation& p = cl.palpation;
  if (arg == "--palpation") {
    const std::string v = value();
    const auto step = palpationStepNamed(v);
    if (!step)
      throw UsageError(
          "--palpation expects a step from 1 to 9 or its name (position, find_asis, "
          "navel_level, the_point, press, safety, confirm, release, cautions), got '" +
          v + "'");
    p.step = static_cast<int>(*step);
    return true;
  }
  if (arg == "--position") {
    p.position = oneOf(arg, value(), kPalpationPositions);
    aimed = true;
  } else if (arg == "--technique") {
    p.technique = oneOf(arg, value(), kPalpationTechniques);
    aimed = true;
  } else if (arg == "--side") {
    p.side = oneOf(arg, value(), {"left", "right"});
  } else if (arg == "--angle") {
    p.angle = parseNumber(arg, value(), 0.0f, 45.0f, "degrees toward the spine");
  } else if (arg == "--tilt") {
    p.tilt = parseNumber(arg, value(), -45.0f, 45.0f, "degrees toward the head");
  } else if (arg == "--point") {
    const std::string v = value();
    const auto parts = splitList(arg, v);
    if (parts.size() != 3) throw UsageError("--point expects X,Y,Z in mm, got '" + v + "'");
    std::array<float, 3> xyz{};
    for (size_t i = 0; i < 3; ++i)
      xyz[i] =
          parseNumber("--point " + std::string(1, "XYZ"[i]), parts[i], -2000.0f, 2000.0f, "mm");
    p.point = xyz;
  } else {
    return false;
  }
  aimed = true;
  return true;
}

void checkPalpationOptions(const CommandLine& cl, bool aimed) {
  if (aimed && !cl.palpationReport && !cl.palpation.step)
    throw UsageError(
        "--side, --angle, --tilt, --point, --position and --technique need --palpation STEP or "
        "--palpation-report");
  if (const auto& point = cl.palpation.point;
      point && ((*point)[0] < 0.0f) != (cl.palpation.side == 1)) {  // the left lies at +X
    char text[160];
    std::snprintf(text, sizeof text,
                  "--point %g,%g,%g lies on the %s side (X %s 0) but --side is %s", (*point)[0],
                  (*point)[1], (*point)[2], (*point)[0] < 0.0f ? "right" : "left",
                  (*point)[0] < 0.0f ? "<" : ">=", cl.palpation.side == 0 ? "left" : "right");
    throw UsageError(text);
  }
  if (cl.palpation.step && cl.palpationReport)
    throw UsageError("--palpation and --palpation-report cannot be combined");
  if (cl.palpation.step &&
      (cl.info || cl.muscleLengths || !cl.exportLesson.empty() || !cl.lesson.empty()))
    throw UsageError(
        "--palpation cannot be combined with --info, --muscle-lengths, --export-lesson or "
        "--lesson");
}

ProbeAim probeAimFrom(const CommandLine::Palpation& options) {
  ProbeAim aim;
  aim.side = options.side;
  aim.towardSpineDeg = options.angle;
  aim.tiltDeg = options.tilt;
  if (const auto& p = options.point) aim.pointMm = glm::vec3((*p)[0], (*p)[1], (*p)[2]);
  return aim;
}

void setPalpationFrom(const CommandLine::Palpation& options, PalpationState& palpation) {
  palpation.position = options.position;
  palpation.technique = options.technique;
  palpation.aim = probeAimFrom(options);
}
}  // namespace pe
