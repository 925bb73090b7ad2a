// The command line's options of the palpation (issue 12): where the probe is aimed (--side,
// --angle, --tilt, --point), the guided step (--palpation STEP) and how the person lies for it
// (--position, --technique).
#pragma once
#include <functional>
#include <string>

#include "app/CommandLine.h"
#include "geometry/PalpationProbe.h"
#include "ui/ViewerState.h"

namespace pe {
// Parses `arg` when it is one of them (its value from `value`); false when it is not one.
// Throws UsageError naming the option and the values it takes.
bool parsePalpationOption(const std::string& arg, const std::function<std::string()>& value,
                          CommandLine& cl, bool& aimed);
// Throws UsageError when they are given without a command that uses them.
void checkPalpationOptions(const CommandLine& cl, bool aimed);

// The probe's aim the options give (--side, --angle, --tilt, --point).
ProbeAim probeAimFrom(const CommandLine::Palpation& options);
// The guided palpation as the options set it: the aim, the position and the technique (the step
// is the caller's: the viewer goes to it, a picture shows it).
void setPalpationFrom(const CommandLine::Palpation& options, PalpationState& palpation);
}  // namespace pe
