// libFuzzer targets for the text files a user or a teacher may hand the app: the content file,
// the settings file, the measurement table, view files and bookmarks. Each target is this file
// built with one PE_FUZZ_* definition. A bad file must end in FileError or a reported problem;
// what parses must also survive its own round trip.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/Error.h"
#include "core/SettingsFile.h"
#include "gen/MeasurementTable.h"
#include "io/ContentFile.h"
#include "io/ViewFile.h"

namespace {
// A property that must hold: abort so that libFuzzer keeps the input.
void require(bool holds) {
  if (!holds) std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> problems;
#if defined(PE_FUZZ_CONTENT)
  try {
    const pe::Content content = pe::parseContent(text, "fuzz.content.json");
    for (const auto& [id, entry] : content.structures) (void)content.find(id);
  } catch (const pe::FileError&) {
  }
#elif defined(PE_FUZZ_SETTINGS)
  pe::Settings settings;
  pe::parseSettings(text, "settings.ini", settings, problems);
  // What was read writes out and reads back without a problem, to the same file.
  const std::string written = pe::serializeSettings(settings);
  pe::Settings again;
  std::vector<std::string> none;
  pe::parseSettings(written, "settings.ini", again, none);
  require(none.empty());
  require(pe::serializeSettings(again) == written);
#elif defined(PE_FUZZ_MEASUREMENTS)
  try {
    const pe::gen::MeasurementTable table = pe::gen::MeasurementTable::parse(text, "table.txt");
    for (const auto& [name, row] : table.all()) {
      try {
        if (row.values.size() == 3) (void)table.point(name);
        if (row.values.size() == 1 && row.unit == "mm") (void)table.mm(name);
      } catch (const pe::FileError&) {
      }
    }
  } catch (const pe::FileError&) {
  }
#elif defined(PE_FUZZ_VIEW)
  try {
    const pe::ViewSpec view = pe::parseViewJson(text, "view.json", problems);
    // A view that was read writes out and reads back to the same JSON.
    const std::string written = pe::viewToJson(view, -1);
    std::vector<std::string> warnings;
    require(pe::viewToJson(pe::parseViewJson(written, "again.json", warnings), -1) == written);
    require(warnings.empty());
  } catch (const pe::FileError&) {
  }
  const pe::BookmarkFile marks = pe::parseBookmarks(text, "views.jsonl", problems);
  (void)marks;
#else
#error "define one PE_FUZZ_* target"
#endif
  return 0;
}
