#include <gtest/gtest.h>

#include "TestSupport.h"
#include "core/Error.h"
#include "io/ContentFile.h"
#include "io/GltfFile.h"

namespace pe {
namespace {
const char* kContent = R"json({
  "sources": {"gray": "Standring S (ed). Gray's Anatomy. 42nd ed. Elsevier; 2020.",
              "moore": "Moore KL, Dalley AF, Agur AMR. Clinically Oriented Anatomy. 8th ed. 2018."},
  "structures": {
    "psoas_major_left": {"name": "Psoas major (left)", "latin": "musculus psoas major",
      "synonyms": ["iliopsoas"], "origin": "T12-L5 vertebral bodies, discs and transverse processes",
      "insertion": "Lesser trochanter of the femur", "innervation": "Anterior rami of L1-L3",
      "action": "Flexes the hip", "relations": {"anterior": "kidney, ureter", "lateral": "quadratus lumborum"},
      "popular_claims": [{"claim": "The psoas stores emotional trauma",
                          "assessment": "No anatomical or physiological evidence supports this."}],
      "sources": ["gray", "moore"]},
    "hip_bone_left": {"name": "Hip bone (left)", "latin": "os coxae", "sources": ["gray"]}}})json";
}  // namespace

TEST(ContentFile, ReadsEveryFieldAndItsSources) {
  const std::string dir = test::makeTempDir();
  const std::string model = test::writeLabelledModel(dir);
  EXPECT_EQ(contentPathFor(model), dir + "/labelled.content.json");
  test::writeFile(contentPathFor(model), kContent);
  std::string problem;
  auto content = loadContentFor(model, problem);
  ASSERT_TRUE(content) << problem;
  const StructureContent* psoas = content->find("psoas_major_left");
  ASSERT_NE(psoas, nullptr);
  EXPECT_EQ(psoas->latin, "musculus psoas major");
  EXPECT_EQ(psoas->insertion, "Lesser trochanter of the femur");
  ASSERT_EQ(psoas->relations.size(), 2u);
  EXPECT_EQ(psoas->relations[0].first, "anterior");
  ASSERT_EQ(psoas->popularClaims.size(), 1u);
  EXPECT_EQ(psoas->sources, (std::vector<std::string>{"gray", "moore"}));
  EXPECT_EQ(content->find("spleen"), nullptr);
}

TEST(ContentFile, APairedEntryStandsForBothSides) {
  const std::string path = test::makeTempDir() + "/paired.content.json";
  test::writeFile(path, R"({"sources": {"g": "Gray"}, "structures": {
    "iliacus": {"name": "Iliacus", "sides": ["left", "right"], "sources": ["g"]}}})");
  const Content content = loadContentFile(path);
  ASSERT_NE(content.find("iliacus_left"), nullptr);
  EXPECT_EQ(content.find("iliacus_left")->name, "Iliacus (left)");
  EXPECT_EQ(content.find("iliacus_right")->name, "Iliacus (right)");
  EXPECT_EQ(content.find("iliacus"), nullptr);
  test::writeFile(path, R"({"structures": {"a": {"sides": ["up"]}}})");
  EXPECT_THROW(loadContentFile(path), FileError);
  test::writeFile(path, R"({"structures": {"a": {"sides": ["left"]}, "a_left": {}}})");
  EXPECT_THROW(loadContentFile(path), FileError);
}

TEST(ContentFile, SearchFindsLatinTermsAndSynonyms) {
  const std::string model = test::writeLabelledModel(test::makeTempDir());
  test::writeFile(contentPathFor(model), kContent);
  std::string problem;
  auto content = loadContentFor(model, problem);
  ASSERT_TRUE(content);
  StructureView view;
  view.reset(buildStructureIndex(loadGltfFile(model)));
  EXPECT_TRUE(view.search("iliopsoas").empty());
  addSearchTerms(*content, view);
  ASSERT_EQ(view.search("iliopsoas").size(), 1u);
  EXPECT_EQ(view.index().structures[view.search("iliopsoas")[0]].id, "psoas_major_left");
  ASSERT_EQ(view.search("os coxae").size(), 1u);
  EXPECT_EQ(view.index().structures[view.index().find("hip_bone_left")].name, "Hip bone (left)");
}

TEST(ContentFile, ProblemsNameTheFileAndTheEntry) {
  const std::string dir = test::makeTempDir();
  struct Case {
    const char* json;
    const char* words;
  };
  for (const Case& c :
       {Case{R"({"structures": {"a": {"sources": ["nowhere"]}}})",
             "structures.a cites source 'nowhere'"},
        Case{R"({"structures": {"a": {"origin": 42}}})", "structures.a: 'origin' must be text"},
        Case{R"({"structures": {"a": {"popular_claims": [{"claim": "x"}]}}})", "'assessment'"},
        Case{R"({"structures": )", "invalid JSON"}, Case{R"([1, 2])", "top level"}}) {
    const std::string path = dir + "/broken.content.json";
    test::writeFile(path, c.json);
    try {
      loadContentFile(path);
      ADD_FAILURE() << "accepted " << c.json;
    } catch (const FileError& e) {
      const std::string message = e.what();
      EXPECT_EQ(message.rfind(path, 0), 0u) << message;
      EXPECT_NE(message.find(c.words), std::string::npos) << message;
    }
  }
  // A broken file beside a model is reported, not thrown, so the model still opens.
  const std::string model = test::writeLabelledModel(dir);
  test::writeFile(contentPathFor(model), "{");
  std::string problem;
  EXPECT_FALSE(loadContentFor(model, problem));
  EXPECT_NE(problem.find("labelled.content.json"), std::string::npos);
}
}  // namespace pe
