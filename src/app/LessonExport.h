// --export-lesson LESSON OUT_DIR: one picture per step and an index.html handout.
#pragma once
#include "app/CommandLine.h"

namespace pe {
// Returns the exit code: 1 when the lesson or model cannot be read, a step names what the
// model lacks, or the folder cannot be written.
int runExportLesson(const CommandLine& cl);
}  // namespace pe
