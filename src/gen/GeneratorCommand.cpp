#include "gen/GeneratorCommand.h"

#include <array>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "gen/Anatomy.h"
#include "gen/ModelBuilder.h"
#include "gen/ReferenceCheck.h"
#include "io/StlFile.h"
#include "scene/SurfaceDistance.h"

namespace pe::gen {
namespace {
TriangleMesh toTriangles(const GenMesh& mesh) {
  TriangleMesh t;
  for (uint32_t i : mesh.indices) t.corners.push_back(mesh.positions[i]);
  return t;
}
// Where two surfaces disagree, by 20 mm slab of height: for tuning the table by hand.
void printDetail(const TriangleMesh& generated, const TriangleMesh& reference) {
  std::map<int, std::array<double, 8>> bins;  // count, sum; far count, far x, y, z; gen count, sum
  const ClosestPointIndex toGenerated(generated), toReference(reference);
  for (const auto& p : sampleSurface(reference, 8000, 3)) {
    auto& b = bins[static_cast<int>(std::floor(p.y / 20.0f))];
    const double d = toGenerated.distance(p);
    b[0] += 1, b[1] += d;
    if (d > 4.0) b[2] += 1, b[3] += p.x, b[4] += p.y, b[5] += p.z;
  }
  for (const auto& p : sampleSurface(generated, 8000, 4)) {
    auto& b = bins[static_cast<int>(std::floor(p.y / 20.0f))];
    b[6] += 1, b[7] += toReference.distance(p);
  }
  std::printf("\n");
  for (const auto& [slab, b] : bins)
    std::printf(
        "    y %5d: ref->gen %5.2f (%4.0f)  gen->ref %5.2f (%4.0f)  ref far>4mm %4.0f at (%.0f "
        "%.0f %.0f)\n",
        slab * 20, b[0] ? b[1] / b[0] : 0.0, b[0], b[6] ? b[7] / b[6] : 0.0, b[6], b[2],
        b[2] ? b[3] / b[2] : 0.0, b[2] ? b[4] / b[2] : 0.0, b[2] ? b[5] / b[2] : 0.0);
}
}  // namespace

int runGenerator(int argc, char** argv) {
  std::string table = "assets/lumbopelvic.measurements.txt", out = "assets/lumbopelvic.glb";
  std::string compare;
  bool detail = false;
  std::set<std::string> only;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) throw UsageError(arg + " needs a value");
      return argv[++i];
    };
    if (arg == "--table")
      table = value();
    else if (arg == "--out")
      out = value();
    else if (arg == "--compare")
      compare = value();
    else if (arg == "--detail")
      detail = true;
    else if (arg == "--only") {
      std::stringstream ss(value());
      std::string id;
      while (std::getline(ss, id, ',')) only.insert(id);
    } else if (arg == "--help") {
      std::puts(
          "usage: psoas-generate [--table FILE] [--out FILE] [--only ID,...] [--compare DIR]");
      return 0;
    } else {
      throw UsageError("unknown option '" + arg + "' (see --help)");
    }
  }
  const auto start = std::chrono::steady_clock::now();
  const MeasurementTable measurements = MeasurementTable::load(table);
  if (only.empty()) {
    BuildReport report;
    const std::string glb = buildModelGlb(measurements, &report);
    const auto unused = measurements.unused();
    if (!unused.empty())
      throw FileError(table, "'" + unused.front() + "' is never used by the generator");
    writeFileAtomically(out, glb);
    std::printf("%s: %zu structures, %zu landmarks, %zu triangles, %zu bytes in %.1f s\n",
                out.c_str(), report.structures, report.landmarks, report.triangles, glb.size(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return 0;
  }
  const Anatomy anatomy = buildAnatomy(measurements);
  std::map<std::string, TriangleMesh> made;
  for (const Part& part : anatomy.parts) {
    if (!only.empty() && !only.count(part.id)) continue;
    const auto t0 = std::chrono::steady_clock::now();
    const GenMesh mesh = meshShape(part.shape, part.meshing);
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%-26s %7zu triangles %8.0f mm3 %6.0f ms\n", part.id.c_str(), mesh.triangleCount(),
                enclosedVolume(mesh), ms);
    made[part.id] = toTriangles(mesh);
  }
  if (!compare.empty())
    for (const auto& target : referenceTargets()) {
      TriangleMesh ours, ref;
      bool all = true;
      for (const auto& id : target.ids) {
        if (!made.count(id))
          all = false;
        else
          ours.corners.insert(ours.corners.end(), made[id].corners.begin(), made[id].corners.end());
      }
      if (!all) continue;
      for (const auto& file : target.files) {
        const TriangleMesh r = referenceToModelFrame(loadStlFile(compare + "/stl/" + file));
        ref.corners.insert(ref.corners.end(), r.corners.begin(), r.corners.end());
      }
      if (target.cropToHeight) ref = cropToHeightOf(ref, ours);
      const DistanceStats d = symmetricSurfaceDistance(ours, ref, 20000);
      std::printf("%-26s mean %.2f p95 %.2f max %.1f (limit %.1f)\n", target.name.c_str(), d.mean,
                  d.p95, d.max, target.limitMm);
      if (detail) printDetail(ours, ref);
    }
  std::printf("total %.1f s\n",
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  return 0;
}
}  // namespace pe::gen
