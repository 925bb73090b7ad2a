// The palpation text file (io/PalpationContent.h): a complete file reads; a broken one names
// the file and the entry; the bundled file has every step, position, warning, technique and
// caution with full citations.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "io/PalpationContent.h"

namespace pe {
namespace {
nlohmann::json minimal() {
  nlohmann::json j;
  j["sources"]["a"] = "Author A. Title. Journal. 2020. doi:10.1000/x";
  auto list = [&](const char* key, const std::vector<std::string>& ids) {
    for (const auto& id : ids)
      j[key].push_back({{"id", id}, {"title", "T " + id}, {"text", "X " + id}, {"sources", {"a"}}});
  };
  list("steps", kPalpationSteps);
  list("positions", kPalpationPositions);
  list("warnings", kPalpationWarnings);
  list("techniques", kPalpationTechniques);
  list("cautions", kPalpationCautions);
  j["claims"].push_back({{"claim", "c"}, {"assessment", "a"}, {"sources", {"a"}}});
  return j;
}

std::string errorOf(const nlohmann::json& j) {
  try {
    parsePalpationContent(j.dump(), "p.json");
  } catch (const FileError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST(PalpationContent, ACompleteFileReads) {
  nlohmann::json j = minimal();
  j["techniques"][1]["hold_s"] = {30, 60};
  j["techniques"][1]["hip_from_deg"] = 45;
  j["techniques"][1]["hip_to_deg"] = 0;
  j["positions"][1]["camera_deg"] = {60, -10};
  j["steps"][6]["hip_lift_deg"] = 10;
  const PalpationContent c = parsePalpationContent(j.dump(), "p.json");
  EXPECT_EQ(*c.positions[1].cameraDeg, std::make_pair(60.0f, -10.0f));
  EXPECT_EQ(*c.steps[6].hipLiftDeg, 10.0f);
  EXPECT_FALSE(c.positions[0].cameraDeg);
  EXPECT_TRUE(c.ignoredKeys.empty());
  // A misspelt key changes nothing, and says so.
  j["steps"][6]["hip_lift"] = 20;
  j["extra"] = true;
  const PalpationContent typo = parsePalpationContent(j.dump(), "p.json");
  ASSERT_EQ(typo.ignoredKeys.size(), 2u);
  EXPECT_NE(typo.ignoredKeys[0].find("p.json: unknown key 'steps[6].hip_lift' ignored"),
            std::string::npos)
      << typo.ignoredKeys[0];
  EXPECT_NE(typo.ignoredKeys[1].find("'extra'"), std::string::npos) << typo.ignoredKeys[1];
  EXPECT_EQ(c.steps.size(), kPalpationSteps.size());
  const PalpationEntry* active = PalpationContent::find(c.techniques, "active_release");
  ASSERT_NE(active, nullptr);
  EXPECT_EQ(*active->holdSeconds, std::make_pair(30.0f, 60.0f));
  EXPECT_EQ(*active->hipFromDeg, 45.0f);
  EXPECT_EQ(*active->hipToDeg, 0.0f);
  EXPECT_EQ(c.claims.size(), 1u);
}

TEST(PalpationContent, ProblemsNameTheFileAndTheEntry) {
  nlohmann::json j = minimal();
  j["cautions"][2]["sources"] = {"nobody"};
  EXPECT_NE(errorOf(j).find("'cautions[2].sources' cites 'nobody'"), std::string::npos)
      << errorOf(j);
  j = minimal();
  j["cautions"][0].erase("sources");
  EXPECT_NE(errorOf(j).find("'cautions[0].sources' must cite"), std::string::npos) << errorOf(j);
  j = minimal();
  j["cautions"].erase(3);  // hernia
  EXPECT_NE(errorOf(j).find("'cautions' has no entry 'hernia'"), std::string::npos) << errorOf(j);
  j = minimal();
  std::swap(j["steps"][0], j["steps"][1]);
  EXPECT_NE(errorOf(j).find("'steps[0]' must be 'position'"), std::string::npos) << errorOf(j);
  j = minimal();
  j["techniques"][0]["hold_s"] = {60, 30};
  EXPECT_NE(errorOf(j).find("'techniques[0].hold_s'"), std::string::npos) << errorOf(j);
  j = minimal();
  j["techniques"][0]["hold_s"] = {1e300, 2e300};
  EXPECT_NE(errorOf(j).find("from 1 to 3600"), std::string::npos) << errorOf(j);
  j = minimal();
  j["cautions"][1]["id"] = "pregnancy";
  EXPECT_NE(errorOf(j).find("'pregnancy' is given twice"), std::string::npos) << errorOf(j);
  j = minimal();
  j["about"] = 3;
  EXPECT_NE(errorOf(j).find("'about' must be text"), std::string::npos) << errorOf(j);
  j = minimal();
  j["positions"][0]["hip_flexion_deg"] = 200;
  EXPECT_NE(errorOf(j).find("'positions[0].hip_flexion_deg' must be from -20 to 120"),
            std::string::npos)
      << errorOf(j);
  for (const nlohmann::json& camera :
       {nlohmann::json{200, 0}, nlohmann::json{0, 90}, nlohmann::json{10}, nlohmann::json("x")}) {
    j = minimal();
    j["positions"][2]["camera_deg"] = camera;
    EXPECT_NE(errorOf(j).find("'positions[2].camera_deg' must be [azimuth"), std::string::npos)
        << errorOf(j);
  }
  j = minimal();
  j["steps"][6]["hip_lift_deg"] = 45;
  EXPECT_NE(errorOf(j).find("'steps[6].hip_lift_deg' must be from 1 to 30"), std::string::npos)
      << errorOf(j);
  j = minimal();
  j["warnings"][1]["text"] = "";
  EXPECT_NE(errorOf(j).find("'warnings[1].text' is missing"), std::string::npos) << errorOf(j);
  EXPECT_NE(errorOf(nlohmann::json::array()).find("p.json"), std::string::npos);
  try {
    parsePalpationContent("{\"sources\": ", "p.json");
    FAIL() << "truncated JSON read";
  } catch (const FileError& e) {
    EXPECT_NE(std::string(e.what()).find("p.json"), std::string::npos);
  }
}
}  // namespace pe
