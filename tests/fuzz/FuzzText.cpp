// libFuzzer targets for the text files a user or a teacher may hand the app: the content file,
// the settings file, the measurement table, view files and bookmarks, lessons, the palpation
// text. Each target is this
// file built with one PE_FUZZ_* definition; the checks are in FuzzChecks.h.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "FuzzChecks.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
#if defined(PE_FUZZ_CONTENT)
  const std::string problem = pe::fuzz::checkContent(text);
#elif defined(PE_FUZZ_SETTINGS)
  const std::string problem = pe::fuzz::checkSettings(text);
#elif defined(PE_FUZZ_MEASUREMENTS)
  const std::string problem = pe::fuzz::checkMeasurements(text);
#elif defined(PE_FUZZ_VIEW)
  const std::string problem = pe::fuzz::checkView(text);
#elif defined(PE_FUZZ_LESSON)
  const std::string problem = pe::fuzz::checkLesson(text);
#elif defined(PE_FUZZ_PALPATION)
  const std::string problem = pe::fuzz::checkPalpation(text);
#else
#error "define one PE_FUZZ_* target"
#endif
  // A property that must hold: abort so that libFuzzer keeps the input.
  if (!problem.empty()) {
    std::fprintf(stderr, "%s\n", problem.c_str());
    std::abort();
  }
  return 0;
}
