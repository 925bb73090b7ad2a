// Helpers shared by the test suites: where the shared data is, temporary folders, running
// the app binary, and image comparison.
#pragma once
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "io/PngFile.h"

namespace pe::test {
// True when CI is set to anything but "", "0" or "false" (any case): skips become failures
// there. The shell tests use the same rule (tests/ci.sh).
bool inCi();
// ../shared (or "" when absent).
std::string sharedDir();
// Every .gltf/.glb under ../shared/gltf-samples, sorted.
std::vector<std::string> sampleModels();

// A fresh empty folder under the system temp dir, removed at process exit.
std::string makeTempDir();
void writeFile(const std::string& path, const std::string& bytes);

// Writes labelled.gltf (+ .bin) into dir: a bone plate "hip_bone_left" (layer bones, 2 x 2 m,
// z = 0), a muscle "psoas_major_left" (layer muscles, 1 x 1 m, z = 0.3, in front), an
// unlabelled child mesh under the bone, and the muscle's origin (upper left, x = -0.7,
// y = 0.7) and insertion (lower right) footprints on the bone (layer attachments).
// Returns the .gltf path.
std::string writeLabelledModel(const std::string& dir);

// Huge but valid files for the linear-time tests and benchmarks: n nodes, all roots of the
// scene (flat.gltf) or each the child of the one before (chain.gltf); and grid.glb, one mesh
// of 2 * side * side triangles. Return the path.
std::string writeNodesFile(const std::string& dir, int n, bool chain);
std::string writeGridGlb(const std::string& dir, int side);

struct CommandResult {
  int exitCode = -1;
  std::string output;  // stdout and stderr together
};
// Runs the psoas-explorer binary with the given arguments (shell-quoted here).
CommandResult runApp(const std::vector<std::string>& args, const std::string& env = "");

// Fraction of pixels that differ from the background colour at the image corners.
double coveredFraction(const RgbaImage& image);
// Largest and mean per-channel difference; the share of pixels over `threshold`; and the
// pixels that differ severely (by more than kSevereDifference: a wrong colour, something drawn
// or missing, not anti-aliasing): their share and the largest 8-connected region of them.
constexpr int kSevereDifference = 64;
struct ImageDiff {
  int maxDifference = 0;
  double meanDifference = 0;
  double fractionOver = 0;
  double fractionSevere = 0;
  int largestSevereRegion = 0;  // pixels
};
ImageDiff compareImages(const RgbaImage& a, const RgbaImage& b, int threshold);

// The reference-image tolerance. Rasterisers differ in anti-aliased edges by a few levels
// (Filament's rule: 3/255 on all but 1% of pixels; mean under 1/255). A real change differs by
// far more: at most 0.05% of pixels may differ severely, and no 12 of them may touch, so a
// wrong colour on a few points or a small patch fails although it is under 1% of the image.
struct ImageTolerance {
  int channel = 3;
  double outlierFraction = 0.01;
  double mean = 1.0;
  double severeFraction = 0.0005;
  int severeRegion = 12;
};
// Empty when `actual` is within the tolerance of `expected`; else what is over it.
std::string toleranceProblem(const RgbaImage& actual, const RgbaImage& expected,
                             const ImageTolerance& tolerance = {});
// Whether a reference update was asked for: PE_UPDATE_REFERENCES=1 and nothing else.
bool updateReferencesRequested();
}  // namespace pe::test

// Skips a test needing ../shared, or fails it in CI where the data must be present.
#define PE_REQUIRE_SHARED()                                                        \
  do {                                                                             \
    if (pe::test::sharedDir().empty()) {                                           \
      if (pe::test::inCi()) FAIL() << "../shared is missing in CI";                \
      GTEST_SKIP() << "../shared is not beside the checkout; skipping data tests"; \
    }                                                                              \
  } while (0)
