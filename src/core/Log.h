// Tiny levelled logger writing to stderr; verbosity set once from the command line.
#pragma once
#include <string>

namespace pe {
enum class LogLevel { Error = 0, Warning = 1, Info = 2, Debug = 3 };

void setLogLevel(LogLevel level);
LogLevel logLevel();
void logMessage(LogLevel level, const std::string& message);
// Milliseconds since the program started (for the start-up timeline at --verbose).
long millisecondsSinceStart();
inline void logError(const std::string& m) {
  logMessage(LogLevel::Error, m);
}
inline void logWarning(const std::string& m) {
  logMessage(LogLevel::Warning, m);
}
inline void logInfo(const std::string& m) {
  logMessage(LogLevel::Info, m);
}
inline void logDebug(const std::string& m) {
  logMessage(LogLevel::Debug, m);
}
}  // namespace pe
