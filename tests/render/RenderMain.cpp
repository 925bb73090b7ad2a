// Render tests share one offscreen GL context. Without one they skip (exit 77) on a user's
// machine, but fail in CI, where every render test must run.
#include <cstdio>
#include <memory>

#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/Error.h"
#include "render/OffscreenContext.h"

int main(int argc, char** argv) {
  testing::InitGoogleTest(&argc, argv);
  if (testing::GTEST_FLAG(list_tests)) return RUN_ALL_TESTS();  // CTest lists them at build time
  std::unique_ptr<pe::OffscreenContext> context;
  try {
    context = std::make_unique<pe::OffscreenContext>();
  } catch (const pe::GraphicsError& e) {
    std::fprintf(stderr, "no offscreen OpenGL context: %s\n", e.what());
    return pe::test::inCi() ? 1 : 77;
  }
  std::printf("OpenGL: %s\n", context->description().c_str());
  return RUN_ALL_TESTS();
}
