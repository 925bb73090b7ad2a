// The Khronos validator's corpus: files its reports call valid load; every other file is
// refused with one line naming the file; nothing crashes (this suite also runs under ASan).
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/GltfFile.h"

namespace pe {
TEST(InvalidCorpus, MatchesTheKhronosReports) {
  PE_REQUIRE_SHARED();
  namespace fs = std::filesystem;
  int loaded = 0, refused = 0;
  for (const auto& e :
       fs::recursive_directory_iterator(fs::path(test::sharedDir()) / "gltf-invalid")) {
    const std::string path = e.path().string();
    const std::string suffix = ".report.json";
    if (path.size() <= suffix.size() ||
        path.compare(path.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    const std::string model = path.substr(0, path.size() - suffix.size());
    std::ifstream in(path);
    const int errors = nlohmann::json::parse(in)["issues"]["numErrors"].get<int>();
    try {
      loadGltfFile(model);
      EXPECT_EQ(errors, 0) << model << " loaded although the validator reports " << errors
                           << " errors";
      ++loaded;
    } catch (const FileError& err) {
      const std::string message = err.what();
      EXPECT_GT(errors, 0) << model << " was refused: " << message;
      EXPECT_EQ(message.rfind(model + ": ", 0), 0u)
          << "message must start with the file: " << message;
      EXPECT_EQ(message.find('\n'), std::string::npos) << "message must be one line: " << message;
      EXPECT_GT(message.size(), model.size() + 10) << "message must say what is wrong: " << message;
      ++refused;
    }
  }
  EXPECT_EQ(loaded + refused, 139);
  EXPECT_EQ(loaded, 13);
}
}  // namespace pe
