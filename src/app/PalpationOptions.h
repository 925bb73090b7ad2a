// The command line's options of the palpation (issue 12): where the probe is aimed (--side,
// --angle, --tilt, --point), the guided step (--palpation STEP) and how the person lies for it
// (--position, --technique).
#pragma once
#include <functional>
#include <string>

#include "app/CommandLine.h"

namespace pe {
// Parses `arg` when it is one of them (its value from `value`); false when it is not one.
// Throws UsageError naming the option and the values it takes.
bool parsePalpationOption(const std::string& arg, const std::function<std::string()>& value,
                          CommandLine& cl, bool& aimed);
// Throws UsageError when they are given without a command that uses them.
void checkPalpationOptions(const CommandLine& cl, bool aimed);
}  // namespace pe
