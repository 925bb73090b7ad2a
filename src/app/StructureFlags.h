// Applies the structure options of the command line (--layers, --hide, --only, --select,
// --ghost) to a StructureView.
#pragma once
#include "app/CommandLine.h"
#include "scene/StructureView.h"

namespace pe {
// Throws FileError(modelPath, ...) naming an id or layer the model does not have.
void applyStructureFlags(const CommandLine& cl, const std::string& modelPath, StructureView& view);
}  // namespace pe
