// --palpation-report: what the palpation probe crosses (geometry/PalpationProbe.h), as CSV, on
// the model lying on its back with both hips at 45 degrees (the knees-bent position).
#pragma once
#include "app/CommandLine.h"

namespace pe {
// Prints the header and one line per layer; exit 1 when the file cannot be read or lacks an id
// the probe needs (named), or a build (--habitus) it has no targets for.
int runPalpationReport(const CommandLine& cl);
}  // namespace pe
