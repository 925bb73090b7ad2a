// The committed model is exactly what the generator makes from the committed table: the
// generator runs again and its bytes are compared with assets/lumbopelvic.glb.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>

#include "BundledModel.h"
#include "TestSupport.h"
#include "core/AtomicFile.h"

namespace pe::test {
TEST(Regeneration, GeneratorReproducesTheCommittedModelByteForByte) {
  const std::string out = makeTempDir() + "/lumbopelvic.glb";
  const std::string command = std::string("'") + PE_GENERATOR_PATH + "' --table '" + PE_ASSETS_DIR +
                              "/lumbopelvic.measurements.txt' --out '" + out + "' > /dev/null";
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(std::system(command.c_str()), 0) << command;
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  RecordProperty("generation_seconds", std::to_string(seconds));
  const std::string made = readWholeFile(out, size_t(1) << 30);
  const std::string committed = readWholeFile(BundledModel::path(), size_t(1) << 30);
  ASSERT_EQ(made.size(), committed.size()) << "regenerate with: build/psoas-generate";
  EXPECT_TRUE(made == committed) << "assets/lumbopelvic.glb differs from the generator's output; "
                                    "regenerate with: build/psoas-generate";
}
}  // namespace pe::test
