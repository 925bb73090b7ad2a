// Reading and writing Settings as a small "key = value" text file.
#pragma once
#include <string>
#include <vector>

#include "core/Settings.h"

namespace pe {
// Parses text into settings, starting from `settings` as it is. Unknown keys and bad values
// are skipped and described in `problems` ("FILE:LINE: ..."), so a corrupt file never loses
// the settings that are still readable.
void parseSettings(const std::string& text, const std::string& path, Settings& settings,
                   std::vector<std::string>& problems);

std::string serializeSettings(const Settings& settings);

// Loads settings from path if it exists; problems are returned, never thrown.
Settings loadSettingsFile(const std::string& path, std::vector<std::string>& problems);

// Saves atomically; throws FileError on failure.
void saveSettingsFile(const std::string& path, const Settings& settings);
}  // namespace pe
