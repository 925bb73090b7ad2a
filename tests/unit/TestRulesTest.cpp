// The rules the suites themselves follow: when CI is on (one rule for the C++ and the shell
// tests), and when reference images are rewritten.
#include <gtest/gtest.h>

#include <cstdlib>
#include <optional>
#include <string>

#include "TestSupport.h"

namespace pe {
namespace {
// Sets or unsets an environment variable for the scope, restoring it after.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const char* value) : name_(name) {
    if (const char* old = std::getenv(name)) old_ = old;
    value ? ::setenv(name, value, 1) : ::unsetenv(name);
  }
  ~ScopedEnv() { old_ ? ::setenv(name_, old_->c_str(), 1) : ::unsetenv(name_); }

 private:
  const char* name_;
  std::optional<std::string> old_;
};

bool shellInCi() {
  const std::string cmd = "bash -c 'source \"" + std::string(PE_TEST_DIR) + "/ci.sh\" && in_ci'";
  return std::system(cmd.c_str()) == 0;
}
}  // namespace

TEST(TestRules, CiIsOnForAnyValueButEmptyZeroOrFalse) {
  const std::vector<std::pair<const char*, bool>> cases = {
      {nullptr, false}, {"", false},    {"0", false}, {"false", false}, {"FALSE", false},
      {"False", false}, {"true", true}, {"1", true},  {"yes", true},    {"TRUE", true}};
  for (const auto& [value, on] : cases) {
    ScopedEnv ci("CI", value);
    EXPECT_EQ(test::inCi(), on) << "CI=" << (value ? value : "(unset)");
    EXPECT_EQ(shellInCi(), on) << "tests/ci.sh with CI=" << (value ? value : "(unset)");
  }
}

TEST(TestRules, OnlyOneRewritesTheReferenceImages) {
  for (const auto& [value, update] : std::vector<std::pair<const char*, bool>>{{nullptr, false},
                                                                               {"0", false},
                                                                               {"false", false},
                                                                               {"", false},
                                                                               {"yes", false},
                                                                               {"1", true}}) {
    ScopedEnv env("PE_UPDATE_REFERENCES", value);
    EXPECT_EQ(test::updateReferencesRequested(), update) << (value ? value : "(unset)");
  }
}
}  // namespace pe
