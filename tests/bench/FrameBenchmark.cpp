// psoas-bench: speed figures for the closing notes, on whatever GL the machine has (Mesa's
// llvmpipe here). Reports, never asserts.
//   psoas-bench [FILE] [--triangles N] [--size WxH] [--frames N]
// Without FILE it writes a smooth synthetic model of N triangles (default 200000) as GLB.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <epoxy/gl.h>

#include "TestSupport.h"
#include "core/Error.h"
#include "geometry/ContractionTint.h"
#include "geometry/LabelAnchors.h"
#include "io/GltfFile.h"
#include "pose/PosedModel.h"
#include "render/OffscreenContext.h"
#include "render/RenderTarget.h"
#include "render/SceneRenderer.h"
#include "scene/MeshOptimization.h"
#include "ui/OffscreenOverlay.h"

namespace {
using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// A bumpy torus: smooth, closed, every triangle visible from some side, like anatomy.
void writeSyntheticGlb(const std::string& path, int triangles) {
  const int rings = std::max(8, static_cast<int>(std::sqrt(triangles / 2.0 / 3.0)));
  const int segments = std::max(8, triangles / 2 / rings);
  std::vector<float> pos, nrm;
  std::vector<uint32_t> idx;
  for (int r = 0; r <= rings; ++r)
    for (int s = 0; s <= segments; ++s) {
      const float u = 6.2831853f * r / rings, v = 6.2831853f * s / segments;
      const float bump = 0.02f * std::sin(7 * u) * std::sin(5 * v);
      const float minor = 0.12f + bump;
      const float x = (0.3f + minor * std::cos(v)) * std::cos(u), y = minor * std::sin(v),
                  z = (0.3f + minor * std::cos(v)) * std::sin(u);
      pos.insert(pos.end(), {x, y, z});
      nrm.insert(nrm.end(), {std::cos(v) * std::cos(u), std::sin(v), std::cos(v) * std::sin(u)});
    }
  for (int r = 0; r < rings; ++r)
    for (int s = 0; s < segments; ++s) {
      const uint32_t a = r * (segments + 1) + s, b = a + segments + 1;
      idx.insert(idx.end(), {a, a + 1, b, b, a + 1, b + 1});
    }
  float mn[3] = {1e9f, 1e9f, 1e9f}, mx[3] = {-1e9f, -1e9f, -1e9f};
  for (size_t i = 0; i < pos.size(); ++i)
    mn[i % 3] = std::min(mn[i % 3], pos[i]), mx[i % 3] = std::max(mx[i % 3], pos[i]);
  std::string bin;
  auto append = [&](const void* p, size_t n) { bin.append(static_cast<const char*>(p), n); };
  append(pos.data(), pos.size() * 4);
  append(nrm.data(), nrm.size() * 4);
  append(idx.data(), idx.size() * 4);
  const size_t vertices = pos.size() / 3;
  char json[2048];
  std::snprintf(
      json, sizeof json,
      R"({"asset":{"version":"2.0"},"scene":0,"scenes":[{"nodes":[0]}],"nodes":[{"mesh":0}],)"
      R"("materials":[{"pbrMetallicRoughness":{"baseColorFactor":[0.8,0.3,0.3,1]}}],)"
      R"("meshes":[{"primitives":[{"attributes":{"POSITION":0,"NORMAL":1},"indices":2,"material":0}]}],)"
      R"("buffers":[{"byteLength":%zu}],"bufferViews":[{"buffer":0,"byteOffset":0,"byteLength":%zu},)"
      R"({"buffer":0,"byteOffset":%zu,"byteLength":%zu},{"buffer":0,"byteOffset":%zu,"byteLength":%zu}],)"
      R"("accessors":[{"bufferView":0,"componentType":5126,"count":%zu,"type":"VEC3","min":[%.9g,%.9g,%.9g],"max":[%.9g,%.9g,%.9g]},)"
      R"({"bufferView":1,"componentType":5126,"count":%zu,"type":"VEC3"},)"
      R"({"bufferView":2,"componentType":5125,"count":%zu,"type":"SCALAR"}]})",
      bin.size(), vertices * 12, vertices * 12, vertices * 12, vertices * 24, idx.size() * 4,
      vertices, mn[0], mn[1], mn[2], mx[0], mx[1], mx[2], vertices, idx.size());
  std::string j = json;
  while (j.size() % 4) j += ' ';
  while (bin.size() % 4) bin += '\0';
  auto u32 = [](uint32_t v) { return std::string(reinterpret_cast<const char*>(&v), 4); };
  std::ofstream out(path, std::ios::binary);
  out << "glTF" << u32(2) << u32(static_cast<uint32_t>(28 + j.size() + bin.size()))
      << u32(static_cast<uint32_t>(j.size())) << "JSON" << j
      << u32(static_cast<uint32_t>(bin.size())) << std::string("BIN\0", 4) << bin;
}

struct Percentiles {
  double median, p95;
};
Percentiles percentiles(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[std::min(v.size() - 1, static_cast<size_t>(v.size() * 0.95))]};
}

// Wall time of the real `psoas-explorer FILE --screenshot` command, start to exit.
double timeScreenshotCommand(const std::string& app, const std::string& file,
                             const std::string& out, int w, int h) {
  const std::string size = std::to_string(w) + "x" + std::to_string(h);
  const auto start = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    execl(app.c_str(), app.c_str(), file.c_str(), "--screenshot", out.c_str(), "--size",
          size.c_str(), nullptr);
    _exit(127);
  }
  int status = 0;
  waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? msSince(start) : -1.0;
}
}  // namespace

int main(int argc, char** argv) {
  std::string file;
  int triangles = 200000, width = 1920, height = 1080, frames = 60;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--triangles" && i + 1 < argc)
      triangles = std::atoi(argv[++i]);
    else if (a == "--frames" && i + 1 < argc)
      frames = std::max(2, std::atoi(argv[++i]));
    else if (a == "--size" && i + 1 < argc &&
             std::sscanf(argv[++i], "%dx%d", &width, &height) == 2) {
    } else if (a[0] != '-')
      file = a;
    else
      return std::fprintf(stderr,
                          "usage: psoas-bench [FILE] [--triangles N] [--size WxH] [--frames N]\n"),
             2;
  }
  const std::string dir =
      std::filesystem::temp_directory_path() / ("pe-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  if (file.empty()) {
    file = dir + "/synthetic.glb";
    writeSyntheticGlb(file, triangles);
  }
  try {
    const auto startup = Clock::now();
    pe::OffscreenContext context;
    const auto loadStart = Clock::now();
    auto model = std::make_unique<pe::Model>(pe::loadGltfFile(file));
    const double loadMs = msSince(loadStart);
    const auto prepareStart = Clock::now();
    const size_t saved = pe::buildCoarseLevels(*model, pe::RenderSettings().movingDetail, 2000);
    const double prepareMs = msSince(prepareStart);
    pe::PosedModel posed(std::move(model));
    pe::Settings settings;
    pe::SceneRenderer renderer;
    renderer.setModel(posed.model());
    const pe::Bounds bounds = posed.currentBounds();
    pe::OrbitCamera camera;
    camera.pose = camera.framed(bounds, static_cast<float>(width) / height);

    auto orbit = [&](float scale, int samples, int count, bool coarse = false) {
      renderer.setCoarseGeometry(coarse);
      const int w = std::max(1, static_cast<int>(width * scale)),
                h = std::max(1, static_cast<int>(height * scale));
      pe::RenderTarget target(w, h, samples);
      std::vector<double> times;
      for (int f = 0; f < count; ++f) {
        const auto t = Clock::now();
        camera.orbit(0.05f, 0.01f);
        target.bindForDrawing();
        renderer.render(posed.pose(), posed.scene(), camera, bounds, settings.render, w, h);
        target.resolve();
        glFinish();
        times.push_back(msSince(t));
      }
      return times;
    };
    const auto firstFrame = Clock::now();
    orbit(1.0f, settings.render.msaaSamples, 1);
    const double firstFrameMs = msSince(firstFrame);
    const double toFirstFrameMs = msSince(startup);
    const Percentiles sharp = percentiles(orbit(1.0f, settings.render.msaaSamples, frames));
    const Percentiles full = percentiles(orbit(1.0f, 0, frames));
    const Percentiles half = percentiles(orbit(settings.render.movingResolutionScale, 0, frames));
    const Percentiles moving =
        percentiles(orbit(settings.render.movingResolutionScale, 0, frames, true));
    // Ghosting with a selection, and labels recomputed every frame (what the viewer does while
    // the view changes): the frame at full resolution without MSAA.
    pe::StructureView view;
    view.reset(pe::buildStructureIndex(*posed.model()));
    view.selected = 0;
    view.ghost = true;
    renderer.setAppearance(view.nodeAppearance(posed.model()->nodes.size()));
    const pe::ModelPicker picker(*posed.model());
    const auto targets = pe::computeLabelTargets(*posed.model(), view.index());
    pe::OffscreenOverlay overlay(height);
    std::vector<double> labelMs, ghostFrames;
    {
      pe::RenderTarget target(width, height, 0);
      for (int f = 0; f < frames; ++f) {
        const auto t = Clock::now();
        camera.orbit(0.05f, 0.01f);
        target.bindForDrawing();
        renderer.render(posed.pose(), posed.scene(), camera, bounds, settings.render, width,
                        height);
        const auto l = Clock::now();
        const auto anchors =
            pe::computeLabelAnchors(*posed.model(), posed.pose(), posed.scene(), view, camera,
                                    glm::vec2(width, height), &picker, targets);
        labelMs.push_back(msSince(l));
        overlay.drawLabels(anchors, view.index(), width, height,
                           pe::projectedXRange(bounds, camera, glm::vec2(width, height)));
        target.resolve();
        glFinish();
        ghostFrames.push_back(msSince(t));
      }
    }
    // Playing the flexion cycle with the contraction tint (models with a hip rig): each frame
    // poses both hips, re-measures the muscles, tints them and draws as the viewer does while
    // the pose moves (reduced resolution, simplified level, no MSAA).
    std::vector<double> cycleFrames, poseMs;
    const pe::MuscleMeter meter(*posed.model());
    if (posed.hasHipRig()) {
      pe::StructureView plain;
      plain.reset(pe::buildStructureIndex(*posed.model()));
      const float scale = settings.render.movingResolutionScale;
      const int w = std::max(1, static_cast<int>(width * scale)),
                h = std::max(1, static_cast<int>(height * scale));
      pe::RenderTarget target(w, h, 0);
      renderer.setCoarseGeometry(true);
      for (int f = 0; f < frames; ++f) {
        const auto t = Clock::now();
        const float degrees = pe::flexionCycleDegrees(static_cast<float>(f) / 30.0f, 6.0f);
        posed.setHipFlexion(0, degrees);
        posed.setHipFlexion(1, degrees);
        auto looks = plain.nodeAppearance(posed.model()->nodes.size());
        pe::tintByContraction(plain.index(), meter, meter.read(*posed.model(), posed.pose()),
                              looks);
        poseMs.push_back(msSince(t));
        renderer.setAppearance(looks);
        target.bindForDrawing();
        renderer.render(posed.pose(), posed.scene(), camera, bounds, settings.render, w, h);
        target.resolve();
        glFinish();
        cycleFrames.push_back(msSince(t));
      }
      renderer.setCoarseGeometry(false);
    }
    const Percentiles ghost = percentiles(ghostFrames);
    const Percentiles labelCost = percentiles(labelMs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("file:                 %s\n", file.c_str());
    std::printf("triangles:            %zu\n", posed.summary().triangles);
    std::printf("GL:                   %s\n", context.description().c_str());
    std::printf("window:               %dx%d\n", width, height);
    std::printf(
        "load:                 %.1f ms (+ %.1f ms vertex-cache order and simplified level)\n",
        loadMs, prepareMs);
    std::printf("first frame:          %.1f ms (startup to first frame %.1f ms)\n", firstFrameMs,
                toFirstFrameMs);
    std::printf("orbit, still quality: median %.1f ms, p95 %.1f ms (MSAA %dx)\n", sharp.median,
                sharp.p95, settings.render.msaaSamples);
    std::printf("orbit, full res:      median %.1f ms, p95 %.1f ms (no MSAA)\n", full.median,
                full.p95);
    std::printf("orbit, half res:      median %.1f ms, p95 %.1f ms (%.0f%% resolution, no MSAA)\n",
                half.median, half.p95, settings.render.movingResolutionScale * 100);
    std::printf(
        "orbit, while moving:  median %.1f ms, p95 %.1f ms (%.0f%% resolution, no MSAA, %zu of "
        "the\n"
        "                      triangles replaced by a simplified level while the camera moves)\n",
        moving.median, moving.p95, settings.render.movingResolutionScale * 100, saved);
    std::printf(
        "ghost + labels:       median %.1f ms, p95 %.1f ms (full res, no MSAA, %zu structures;\n"
        "                      label anchors %.2f ms median of that)\n",
        ghost.median, ghost.p95, view.index().structures.size(), labelCost.median);
    if (!cycleFrames.empty()) {
      const Percentiles cycle = percentiles(cycleFrames), posing = percentiles(poseMs);
      std::printf(
          "flexion cycle:        median %.1f ms, p95 %.1f ms (drawn as while moving, contraction "
          "tint;\n"
          "                      posing both hips and measuring %zu muscles %.3f ms median, %.3f "
          "p95)\n",
          cycle.median, cycle.p95, meter.lines().size(), posing.median, posing.p95);
    }
    std::printf("peak memory:          %.1f MB\n", usage.ru_maxrss / 1024.0);
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n > 0) {
      self[n] = '\0';
      const std::string app = std::filesystem::path(self).parent_path() / "psoas-explorer";
      if (std::filesystem::exists(app)) {
        const double shotMs = timeScreenshotCommand(app, file, dir + "/shot.png", 1280, 720);
        std::printf("--screenshot 1280x720: %.0f ms, whole command\n", shotMs);
      }
    }
  } catch (const pe::GraphicsError& e) {
    // 77 lets CTest show the smoke run as skipped on a machine without OpenGL; in CI it fails.
    std::fprintf(stderr, "no OpenGL for the benchmark: %s\n", e.what());
    return pe::test::inCi() ? 1 : 77;
  } catch (const pe::FileError& e) {
    std::fprintf(stderr, "%s\n", e.what());
    return 1;
  }
  std::filesystem::remove_all(dir);
  return 0;
}
