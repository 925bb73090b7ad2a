// Writing user files so a crash or full disk never leaves a half-written file behind.
#pragma once
#include <string>

namespace pe {
// Writes `contents` to a temporary file beside `path`, flushes it to disk and renames it
// over `path`. Throws FileError on failure; the old file is untouched then.
void writeFileAtomically(const std::string& path, const std::string& contents);

// Reads a whole file; throws FileError when it is missing, unreadable or over maxBytes.
std::string readWholeFile(const std::string& path, size_t maxBytes);

// Creates the directory and its parents; throws FileError on failure.
void makeDirectories(const std::string& path);
}  // namespace pe
