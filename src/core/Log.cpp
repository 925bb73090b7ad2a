#include "core/Log.h"

#include <atomic>
#include <chrono>
#include <cstdio>

namespace pe {
namespace {
std::atomic<int> g_level{static_cast<int>(LogLevel::Warning)};
const auto g_start = std::chrono::steady_clock::now();  // static initialisation: at start
const char* prefix(LogLevel level) {
  switch (level) {
    case LogLevel::Error:
      return "error: ";
    case LogLevel::Warning:
      return "warning: ";
    case LogLevel::Info:
      return "";
    case LogLevel::Debug:
      return "debug: ";
  }
  return "";
}
}  // namespace

void setLogLevel(LogLevel level) {
  g_level = static_cast<int>(level);
}
LogLevel logLevel() {
  return static_cast<LogLevel>(g_level.load());
}

long millisecondsSinceStart() {
  return static_cast<long>(std::chrono::duration_cast<std::chrono::milliseconds>(
                               std::chrono::steady_clock::now() - g_start)
                               .count());
}

void logMessage(LogLevel level, const std::string& message) {
  if (static_cast<int>(level) > g_level) return;
  std::fprintf(stderr, "psoas-explorer: %s%s\n", prefix(level), message.c_str());
}
}  // namespace pe
