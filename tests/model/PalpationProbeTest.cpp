// The palpation probe on the bundled model (issue 12), lying on the back with both hips at 45
// degrees: straight back from the palpation point the first muscle is the iliacus; turned 30
// degrees toward the spine it crosses the psoas major with no artery within 10 mm; 20 mm further
// medial an artery is within 10 mm; the layers come in anatomical order; the heavy and lean
// builds move the first muscle by the fat they add or take away.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <memory>
#include <set>

#include <glm/trigonometric.hpp>

#include "BundledModel.h"
#include "TestSupport.h"
#include "geometry/PalpationProbe.h"
#include "io/GltfFile.h"
#include "io/PalpationContent.h"
#include "pose/PosedModel.h"

namespace pe::test {
namespace {
struct Supine {
  PosedModel posed{std::make_unique<Model>(loadGltfFile(BundledModel::path()))};
  StructureIndex index = buildStructureIndex(*posed.model());
  explicit Supine(float habitus = 0.0f, float hips = 45.0f) {
    posed.setHipFlexion(0, hips);
    posed.setHipFlexion(1, hips);
    posed.setHabitus(habitus);
  }
  ProbeReading read(const ProbeAim& aim) const {
    return readProbe(*posed.model(), posed.pose(), index, aim);
  }
};

void print(const char* what, const ProbeReading& r) {
  std::printf("%s: point %.0f %.0f %.0f, first muscle %s at %.1f mm\n", what, r.pointMm.x,
              r.pointMm.y, r.pointMm.z, r.firstMuscle.c_str(), r.firstMuscleDepthMm);
  for (const auto& c : r.crossings)
    std::printf("  %-38s %6.1f %6.1f%s\n", c.structure.c_str(), c.entryMm, c.exitMm,
                c.edge ? " (edge)" : "");
  for (const auto& a : r.arteriesNear) std::printf("  artery near: %s\n", a.c_str());
  for (const auto& a : r.nervesNear) std::printf("  nerve near: %s\n", a.c_str());
  for (const auto& a : r.gutCrossed) std::printf("  gut crossed: %s\n", a.c_str());
  for (const auto& [id, d] : r.distancesMm)
    if (d < 30.0f) std::printf("  %s %.1f mm away\n", id.c_str(), d);
}
}  // namespace

bool crosses(const ProbeReading& r, const std::string& id) {
  for (const auto& c : r.crossings)
    if (c.structure == id) return true;
  return false;
}

float distanceTo(const ProbeReading& r, const std::string& id) {
  for (const auto& [name, d] : r.distancesMm)
    if (name == id) return d;
  return 1e9f;
}

const char* kSides[2] = {"left", "right"};

TEST(PalpationProbe, StraightBackTheIliacusTurnedTowardTheSpineThePsoasAndMediallyAPulse) {
  const Supine supine;
  for (int side = 0; side < 2; ++side) {
    SCOPED_TRACE(kSides[side]);
    const std::string s = kSides[side];
    ProbeAim aim;
    aim.side = side;
    const ProbeReading straight = supine.read(aim);
    print("straight back", straight);
    EXPECT_EQ(straight.firstMuscle, "iliacus_" + s);
    EXPECT_TRUE(straight.arteriesNear.empty());
    aim.towardSpineDeg = 30.0f;
    const ProbeReading turned = supine.read(aim);
    print("30 degrees toward the spine", turned);
    EXPECT_EQ(turned.firstMuscle, "psoas_major_" + s);
    EXPECT_TRUE(turned.arteriesNear.empty()) << "no pulse under the fingers";
    EXPECT_GT(distanceTo(turned, "external_iliac_artery_" + s), kProbeWarningMm);
    // 20 mm medial, still turned: the external iliac artery is under the fingers.
    aim.pointMm = straight.pointMm + glm::vec3(side == 0 ? -20.0f : 20.0f, 0.0f, 0.0f);
    const ProbeReading medial = supine.read(aim);
    print("20 mm medial, 30 degrees toward the spine", medial);
    EXPECT_NE(std::find(medial.arteriesNear.begin(), medial.arteriesNear.end(),
                        "external_iliac_artery_" + s),
              medial.arteriesNear.end());
    EXPECT_LT(distanceTo(medial, "external_iliac_artery_" + s), kProbeWarningMm);
  }
}

// Along the axis: skin, fat, the wall's muscles or aponeuroses, then gut or the space behind
// the wall, then iliacus or psoas (nerves, vessels and bone are not layers of this order).
TEST(PalpationProbe, LayersComeInAnatomicalOrder) {
  const Supine supine;
  for (int side = 0; side < 2; ++side)
    for (float angle : {0.0f, 30.0f}) {
      SCOPED_TRACE(std::string(kSides[side]) + " " + std::to_string(angle));
      ProbeAim aim;
      aim.side = side, aim.towardSpineDeg = angle;
      const ProbeReading r = supine.read(aim);
      const StructureIndex& index = supine.index;
      std::vector<int> order;
      for (const ProbeCrossing& c : r.crossings) {
        if (c.edge) continue;
        const int at = index.find(c.structure);
        const std::string layer = at < 0 ? "" : index.structures[at].layer;
        int rank = -1;
        if (c.structure == "skin") rank = 0;
        if (c.structure == "subcutaneous_fat") rank = 1;
        if (layer == "abdominal_wall") rank = 2;
        if (layer == "viscera" || c.structure == "extraperitoneal_space") rank = 3;
        if (layer == "muscles") rank = 4;
        if (rank >= 0) order.push_back(rank);
        if (rank == 4) break;  // the first muscle: the finger goes no further
      }
      ASSERT_GE(order.size(), 5u);
      EXPECT_EQ(order.front(), 0);
      EXPECT_EQ(order[1], 1);
      EXPECT_EQ(order[2], 2);
      EXPECT_EQ(order.back(), 4);
      EXPECT_TRUE(std::is_sorted(order.begin(), order.end()));
      EXPECT_NE(std::find(order.begin(), order.end(), 3), order.end());
      EXPECT_FALSE(r.wallMissing) << "the wall lies in front of the muscle here";
    }
  // Dragged toward the ASIS the model's wall stops short of the iliacus: the reading says so
  // whenever no wall layer lies in front of the first muscle.
  for (float x : {96.0f, 100.0f, 104.0f, 108.0f, 112.0f}) {
    ProbeAim aim;
    aim.pointMm = glm::vec3(x, 3.0f, 12.0f);
    const ProbeReading r = supine.read(aim);
    ASSERT_FALSE(r.firstMuscle.empty());
    bool wallFirst = false;
    for (const ProbeCrossing& c : r.crossings) {
      const int at = supine.index.find(c.structure);
      if (at >= 0 && supine.index.structures[at].layer == "abdominal_wall" && !c.edge &&
          c.entryMm < r.firstMuscleDepthMm)
        wallFirst = true;
    }
    std::printf("point x %.0f: first muscle %s at %.1f mm, wall %s\n", x, r.firstMuscle.c_str(),
                r.firstMuscleDepthMm, r.wallMissing ? "missing" : "in front");
    EXPECT_EQ(r.wallMissing, !wallFirst);
  }
}

// At the same point, the build changes the fat under the skin by about its sourced amounts
// (+11.2 and -7.5 mm along the skin's normal), and the first muscle lies deeper or shallower by as
// much (within 3 mm).
TEST(PalpationProbe, TheBuildMovesTheFirstMuscleByTheFat) {
  const Supine average, heavy(1.0f), lean(-1.0f);
  auto fat = [](const ProbeReading& r) {
    for (const auto& c : r.crossings)
      if (c.structure == "subcutaneous_fat") return c.exitMm - c.entryMm;
    return 0.0f;
  };
  for (int side = 0; side < 2; ++side) {
    SCOPED_TRACE(kSides[side]);
    ProbeAim aim;
    aim.side = side;
    // The point is found on the average build's skin; each build's skin meets the probe's axis
    // further out or in.
    const ProbeReading a = average.read(aim), h = heavy.read(aim), l = lean.read(aim);
    EXPECT_EQ(glm::distance(a.pointMm, h.pointMm), 0.0f);
    std::printf(
        "%s: fat %.1f / %.1f / %.1f mm, first muscle at %.1f / %.1f / %.1f mm (average, "
        "heavy, lean)\n",
        kSides[side], fat(a), fat(h), fat(l), a.firstMuscleDepthMm, h.firstMuscleDepthMm,
        l.firstMuscleDepthMm);
    ASSERT_EQ(h.firstMuscle, a.firstMuscle);
    ASSERT_EQ(l.firstMuscle, a.firstMuscle);
    EXPECT_GT(fat(h) - fat(a), 5.0f);
    EXPECT_LT(fat(l) - fat(a), -3.0f);
    EXPECT_NEAR(h.firstMuscleDepthMm - a.firstMuscleDepthMm, fat(h) - fat(a), 3.0f);
    EXPECT_NEAR(l.firstMuscleDepthMm - a.firstMuscleDepthMm, fat(l) - fat(a), 3.0f);
  }
}

// Turned toward the midline and tilted toward the head as asked, on either side; a tilt moves
// where the probe reaches the iliacus.
TEST(PalpationProbe, TurnAndTiltGoTheWaysTheySay) {
  ProbeAim aim;
  EXPECT_EQ(probeDirection(aim), glm::vec3(0, 0, -1));
  aim.towardSpineDeg = 30.0f;
  EXPECT_NEAR(probeDirection(aim).x, -0.5f, 1e-5f) << "left: toward -X";
  aim.side = 1;
  EXPECT_NEAR(probeDirection(aim).x, 0.5f, 1e-5f) << "right: toward +X";
  aim.tiltDeg = 20.0f;
  EXPECT_NEAR(probeDirection(aim).y, std::sin(glm::radians(20.0f)), 1e-5f) << "toward the head";
  const Supine supine;
  ProbeAim up, down;
  up.tiltDeg = 20.0f, down.tiltDeg = -20.0f;
  const ProbeReading u = supine.read(up), d = supine.read(down);
  ASSERT_TRUE(u.onSkin && d.onSkin);
  EXPECT_EQ(u.pointMm, d.pointMm);
  EXPECT_GT(std::abs(u.firstMuscleDepthMm - d.firstMuscleDepthMm), 1.0f);
}

// A point off the body reads nothing; a point inside it reads from where the axis enters the
// skin in front of it.
TEST(PalpationProbe, APointOffTheSkinReadsFromTheSkinOrNothing) {
  const Supine supine;
  ProbeAim aim;
  aim.pointMm = glm::vec3(1000.0f, 0.0f, 0.0f);
  EXPECT_FALSE(supine.read(aim).onSkin);
  aim.pointMm = glm::vec3(0.0f, 2000.0f, 0.0f);
  EXPECT_FALSE(supine.read(aim).onSkin);
  const ProbeReading onSkin = supine.read(ProbeAim{});
  aim.pointMm = onSkin.pointMm - glm::vec3(0.0f, 0.0f, 10.0f);  // 10 mm in, straight back
  const ProbeReading inside = supine.read(aim);
  ASSERT_TRUE(inside.onSkin);
  ASSERT_EQ(inside.crossings.size(), onSkin.crossings.size());
  for (size_t i = 0; i < inside.crossings.size(); ++i) {
    EXPECT_EQ(inside.crossings[i].structure, onSkin.crossings[i].structure);
    EXPECT_NEAR(inside.crossings[i].entryMm, onSkin.crossings[i].entryMm, 0.01f);
  }
}

TEST(PalpationProbe, CsvHasOneLinePerLayer) {
  const Supine supine;
  ProbeAim aim;
  aim.side = 1, aim.towardSpineDeg = 15.0f;
  const ProbeReading r = supine.read(aim);
  const std::string csv = probeCsv(r, aim, 0.5f);
  EXPECT_EQ(static_cast<size_t>(std::count(csv.begin(), csv.end(), '\n')), r.crossings.size());
  EXPECT_EQ(csv.rfind("right,0.50,15.0,skin,0.0,0.0\n", 0), 0u) << csv;
}

// The command prints the same layers as the probe, with the header; the habitus and the angle in
// each line.
TEST(PalpationProbe, ReportCommandPrintsTheLayersAsCsv) {
  const CommandResult r = runApp({BundledModel::path(), "--palpation-report", "--side", "right",
                                  "--angle", "30", "--habitus", "-0.5"});
  ASSERT_EQ(r.exitCode, 0) << r.output;
  const Supine supine(-0.5f);
  ProbeAim aim;
  aim.side = 1, aim.towardSpineDeg = 30.0f;
  const ProbeReading reading = supine.read(aim);
  EXPECT_NE(r.output.find("side,habitus,angle_deg,structure,entry_mm,exit_mm\n" +
                          probeCsv(reading, aim, -0.5f)),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("first muscle psoas_major_right"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("right,-0.50,30.0,psoas_major_right,"), std::string::npos) << r.output;
}
// A point on the other side than --side, or off the body.
TEST(PalpationProbe, ReportRefusesAPointOnTheWrongSideOrOffTheBody) {
  CommandResult r =
      runApp({BundledModel::path(), "--palpation-report", "--side", "right", "--point", "80,1,16"});
  EXPECT_EQ(r.exitCode, 2);
  EXPECT_NE(r.output.find("--side is right"), std::string::npos) << r.output;
  r = runApp({BundledModel::path(), "--palpation-report", "--point", "1000,0,0"});
  EXPECT_EQ(r.exitCode, 1);
  EXPECT_NE(r.output.find("does not meet the skin"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("side,habitus"), std::string::npos) << "no CSV on failure";
}
}  // namespace pe::test

namespace pe::test {
// The palpation text that comes with the model: every step, position, warning, technique and
// caution (the loader insists), each source a full citation a reader can follow (a year and a
// DOI, PMID or URL) and cited somewhere; the warnings and techniques say what the issue asks.
TEST(PalpationText, TheBundledTextIsCompleteAndSourced) {
  const PalpationContent c =
      loadPalpationContent(std::string(PE_ASSETS_DIR) + "/palpation.content.json");
  EXPECT_TRUE(c.ignoredKeys.empty()) << c.ignoredKeys.front();
  std::set<std::string> cited;
  auto cite = [&](const std::vector<std::string>& keys) { cited.insert(keys.begin(), keys.end()); };
  for (const auto* list : {&c.steps, &c.positions, &c.warnings, &c.techniques, &c.cautions})
    for (const auto& e : *list) cite(e.sources);
  for (const auto& claim : c.claims) cite(claim.sources);
  for (const auto& [key, citation] : c.sources) {
    SCOPED_TRACE(key);
    EXPECT_TRUE(cited.count(key)) << "never cited";
    // A year: four digits from 1800 to 2099 standing alone.
    auto digit = [&](size_t i) {
      return i < citation.size() && std::isdigit(static_cast<unsigned char>(citation[i]));
    };
    bool year = false;
    for (size_t i = 0; i + 4 <= citation.size(); ++i)
      year = year || ((i == 0 || !digit(i - 1)) && !digit(i + 4) && digit(i) && digit(i + 1) &&
                      digit(i + 2) && digit(i + 3) &&
                      (citation.compare(i, 2, "18") == 0 || citation.compare(i, 2, "19") == 0 ||
                       citation.compare(i, 2, "20") == 0));
    // A web page that gives no date says so.
    const bool undated = citation.find("undated") != std::string::npos ||
                         citation.find("date is not given") != std::string::npos ||
                         citation.find("continuously updated") != std::string::npos;
    EXPECT_TRUE(year || undated) << citation;
    const bool followable =
        citation.find("doi") != std::string::npos || citation.find("PMID") != std::string::npos ||
        citation.find("ISBN") != std::string::npos || citation.find("http") != std::string::npos;
    EXPECT_TRUE(followable) << citation;
  }
  const PalpationEntry* artery = PalpationContent::find(c.warnings, "artery");
  EXPECT_NE(artery->text.find("pulse"), std::string::npos) << artery->text;
  EXPECT_NE(artery->text.find("lateral"), std::string::npos) << artery->text;
  const PalpationEntry* active = PalpationContent::find(c.techniques, "active_release");
  ASSERT_TRUE(active->hipFromDeg && active->hipToDeg);
  EXPECT_EQ(*active->hipFromDeg, 45.0f);
  EXPECT_EQ(*active->hipToDeg, 0.0f);
  const PalpationEntry* held = PalpationContent::find(c.techniques, "static_release");
  ASSERT_TRUE(held->holdSeconds);
  EXPECT_EQ(*held->holdSeconds, std::make_pair(30.0f, 60.0f));
  EXPECT_EQ(*PalpationContent::find(c.positions, "supine")->hipFlexionDeg, 45.0f);
  EXPECT_FALSE(c.claims.empty());
}
}  // namespace pe::test
