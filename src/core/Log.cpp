#include "core/Log.h"

#include <atomic>
#include <cstdio>

namespace pe {
namespace {
std::atomic<int> g_level{static_cast<int>(LogLevel::Warning)};
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

void logMessage(LogLevel level, const std::string& message) {
  if (static_cast<int>(level) > g_level) return;
  std::fprintf(stderr, "psoas-explorer: %s%s\n", prefix(level), message.c_str());
}
}  // namespace pe
