// A GL 3.3+ core context with no window and no display server: EGL on Mesa's surfaceless
// platform. Used by --screenshot, --info-free rendering, tests and benchmarks.
#pragma once
#include <string>

namespace pe {
class OffscreenContext {
 public:
  // Creates the context and makes it current; throws GraphicsError when EGL cannot.
  OffscreenContext();
  ~OffscreenContext();
  OffscreenContext(const OffscreenContext&) = delete;
  OffscreenContext& operator=(const OffscreenContext&) = delete;

  // "4.5 (Core Profile) Mesa ... / llvmpipe ..." for logs and benchmark reports.
  std::string description() const;

 private:
  void* display_ = nullptr;
  void* context_ = nullptr;
};
}  // namespace pe
