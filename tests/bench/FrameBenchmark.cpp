// psoas-bench: speed figures for the closing notes, on whatever GL the machine has (Mesa's
// llvmpipe here). Reports, never asserts.
//   psoas-bench [FILE] [--triangles N] [--size WxH] [--frames N] [--pairs N] [--no-commands]
// Without FILE it writes a smooth synthetic model of N triangles (default 200000) as GLB.
// Frames are timed as the viewer draws them, with a breakdown of the full-resolution frame;
// then the commands: --screenshot (time and peak memory), the viewer (with a DISPLAY), and
// f3d on the same file and size when it is installed (paired runs, median of the ratios).
// src/scripts/bench.sh installs f3d and runs this under Xvfb.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
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
#include "scene/StructureView.h"
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
  double median = 0, p95 = 0, cpu = 0;  // wall ms; cpu: process CPU ms per frame, all threads
};
Percentiles percentiles(std::vector<double> v, double cpuMs = 0) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v[std::min(v.size() - 1, static_cast<size_t>(v.size() * 0.95))],
          cpuMs / static_cast<double>(v.size())};
}
double cpuNowMs() {
  timespec t{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
  return t.tv_sec * 1e3 + t.tv_nsec / 1e6;
}

struct CommandRun {
  double ms = -1;     // wall time, start to exit; -1 when it failed
  double peakMb = 0;  // the child's peak resident memory
};
// Runs a command to its end; its standard error goes to `errorFile` when given, else away.
CommandRun runCommand(const std::vector<std::string>& args, const std::string& errorFile = "") {
  std::fflush(stdout);  // the child must not print what this process has buffered
  const auto start = Clock::now();
  pid_t pid = fork();
  if (pid == 0) {
    std::vector<char*> argv;
    for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    if (!freopen("/dev/null", "w", stdout)) _exit(126);
    if (!freopen(errorFile.empty() ? "/dev/null" : errorFile.c_str(), "w", stderr)) _exit(126);
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  rusage usage{};
  wait4(pid, &status, 0, &usage);
  CommandRun run;
  if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
    run.ms = msSince(start);
    run.peakMb = usage.ru_maxrss / 1024.0;
  }
  return run;
}

bool onPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  std::string dirs = path ? path : "";
  size_t start = 0;
  while (start <= dirs.size()) {
    const size_t end = std::min(dirs.find(':', start), dirs.size());
    if (access((dirs.substr(start, end - start) + "/" + program).c_str(), X_OK) == 0) return true;
    start = end + 1;
  }
  return false;
}

std::string selfDirectory() {
  char self[4096];
  const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) return ".";
  self[n] = '\0';
  return std::filesystem::path(self).parent_path();
}

void printFrames(const char* what, const Percentiles& p, const char* note) {
  std::printf("  %-30s median %6.1f ms  p95 %6.1f ms  CPU %6.1f ms/frame  %s\n", what, p.median,
              p.p95, p.cpu, note);
}
// The commands as a user runs them, timed from start to exit, each a child of this process
// while it is still small (a child's peak memory counts what it was forked with).
void benchCommands(const std::string& file, const std::string& dir, int pairs) {
  const std::string app = selfDirectory() + "/psoas-explorer";
  if (!std::filesystem::exists(app)) return;
  {
    const std::string shot = dir + "/shot.png";
    const std::vector<std::string> ours = {app, file, "--screenshot", shot, "--size", "1280x720"};
    const CommandRun screenshot = runCommand(ours);
    std::printf("commands (whole command, start to exit):\n");
    std::printf("  --screenshot 1280x720                %6.0f ms, peak memory %.0f MB\n",
                screenshot.ms, screenshot.peakMb);
    if (std::getenv("DISPLAY")) {
      // The viewer's own timeline (--verbose): when its first frame was on the screen.
      const std::string log = dir + "/viewer.log";
      const CommandRun first =
          runCommand({app, file, "--frames", "1", "--verbose", "--no-settings"}, log);
      const CommandRun viewer = runCommand({app, file, "--frames", "90", "--no-settings"});
      std::ifstream in(log);
      std::string line;
      long shownMs = -1;
      while (std::getline(in, line))
        if (line.find("first frame shown after ") != std::string::npos)
          shownMs = std::atol(line.c_str() + line.find("after ") + 6);
      std::printf("  viewer, start to first frame         %6ld ms (whole --frames 1 run %.0f ms)\n",
                  shownMs, first.ms);
      std::printf("  viewer, 90 frames                    %6.0f ms, peak memory %.0f MB\n",
                  viewer.ms, viewer.peakMb);
    } else {
      std::printf("  viewer: no DISPLAY (run under xvfb-run for its figures)\n");
    }
    if (onPath("f3d") && std::getenv("DISPLAY")) {
      // Paired runs, alternating which goes first; the median of the per-pair ratios.
      const std::vector<std::string> theirs = {"f3d", "--output=" + dir + "/f3d.png",
                                               "--resolution=1280,720", file};
      std::vector<double> ratios, oursMs, theirsMs;
      for (int i = 0; i < pairs; ++i) {
        CommandRun a, b;
        if (i % 2 == 0) {
          a = runCommand(ours);
          b = runCommand(theirs);
        } else {
          b = runCommand(theirs);
          a = runCommand(ours);
        }
        if (a.ms <= 0 || b.ms <= 0) continue;
        ratios.push_back(a.ms / b.ms);
        oursMs.push_back(a.ms);
        theirsMs.push_back(b.ms);
      }
      if (!ratios.empty())
        std::printf(
            "  against f3d, %zu paired runs          %6.2fx f3d (median ratio; ours %.0f ms, "
            "f3d %.0f ms median)\n",
            ratios.size(), percentiles(ratios).median, percentiles(oursMs).median,
            percentiles(theirsMs).median);
      else
        std::printf("  against f3d: f3d failed to write a picture\n");
    } else {
      std::printf(
          "  against f3d: not installed or no DISPLAY (src/scripts/bench.sh sets both up)\n");
    }
  }
}
}  // namespace

int main(int argc, char** argv) {
  std::string file;
  int triangles = 200000, width = 1920, height = 1080, frames = 60, pairs = 7;
  bool commands = true;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--triangles" && i + 1 < argc)
      triangles = std::atoi(argv[++i]);
    else if (a == "--frames" && i + 1 < argc)
      frames = std::max(2, std::atoi(argv[++i]));
    else if (a == "--pairs" && i + 1 < argc)
      pairs = std::max(1, std::atoi(argv[++i]));
    else if (a == "--no-commands")
      commands = false;
    else if (a == "--size" && i + 1 < argc &&
             std::sscanf(argv[++i], "%dx%d", &width, &height) == 2) {
    } else if (a[0] != '-')
      file = a;
    else
      return std::fprintf(stderr,
                          "usage: psoas-bench [FILE] [--triangles N] [--size WxH] [--frames N]\n"
                          "                   [--pairs N] [--no-commands]\n"),
             2;
  }
  const std::string dir =
      std::filesystem::temp_directory_path() / ("pe-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  if (file.empty()) {
    file = dir + "/synthetic.glb";
    writeSyntheticGlb(file, triangles);
  }
  if (commands) benchCommands(file, dir, pairs);
  try {
    const auto startup = Clock::now();
    pe::OffscreenContext context;
    const auto loadStart = Clock::now();
    auto model = std::make_unique<pe::Model>(pe::loadGltfFile(file));
    const double loadMs = msSince(loadStart);
    const auto prepareStart = Clock::now();
    const size_t saved = pe::buildDetailLevels(*model);
    const double prepareMs = msSince(prepareStart);
    pe::PosedModel posed(std::move(model));
    pe::Settings settings;
    pe::SceneRenderer renderer;
    renderer.setModel(posed.model());
    pe::StructureView plain;
    plain.reset(pe::buildStructureIndex(*posed.model()));
    // The model as the viewer opens it: every layer the structure view shows by default.
    renderer.setAppearance(plain.nodeAppearance(posed.model()->nodes.size()));
    const pe::Bounds bounds = posed.currentBounds();
    pe::OrbitCamera camera;
    camera.pose = camera.framed(bounds, static_cast<float>(width) / height);
    const pe::CameraPose home = camera.pose;

    // Frames of an orbit in small steps from the framed anterior view (the same views for
    // every kind of frame), drawn and finished as the viewer does.
    auto orbit = [&](const pe::RenderSettings& rs, float scale, bool moving, bool smooth,
                     int count) {
      camera.pose = home;
      renderer.setMoving(moving);
      const int w = std::max(1, static_cast<int>(width * scale)),
                h = std::max(1, static_cast<int>(height * scale));
      pe::RenderTarget target(w, h, rs.msaaSamples);
      std::vector<double> times;
      const double cpu = cpuNowMs();
      for (int f = 0; f < count; ++f) {
        const auto t = Clock::now();
        camera.orbit(0.05f, 0.01f);
        target.bindForDrawing();
        renderer.render(posed.pose(), posed.scene(), camera, bounds, rs, w, h);
        renderer.finish(target, rs, smooth);
        glFinish();
        times.push_back(msSince(t));
      }
      return percentiles(times, cpuNowMs() - cpu);
    };
    const pe::RenderSettings& rs = settings.render;
    const auto firstFrame = Clock::now();
    orbit(rs, 1.0f, false, true, 1);
    const double firstFrameMs = msSince(firstFrame);
    const double toFirstFrameMs = msSince(startup);
    const Percentiles still = orbit(rs, 1.0f, false, true, frames);
    const Percentiles stillNoAa = orbit(rs, 1.0f, false, false, frames);
    const Percentiles full = orbit(rs, 1.0f, true, false, frames);
    const Percentiles moving = orbit(rs, rs.movingResolutionScale, true, false, frames);
    pe::RenderSettings before = rs;  // still frames until now: 4x MSAA
    before.msaaSamples = 4;
    const Percentiles msaa = orbit(before, 1.0f, false, true, frames);

    // Where the full-resolution frame's time goes, by taking parts away: no rasterisation at
    // all (vertex work), a one-pixel scissor (plus triangle setup and binning), no translucent
    // structures (their blending), and the edge filter on top (the still frame).
    glEnable(GL_RASTERIZER_DISCARD);
    const Percentiles vertexOnly = orbit(rs, 1.0f, true, false, frames);
    glDisable(GL_RASTERIZER_DISCARD);
    glEnable(GL_SCISSOR_TEST);
    glScissor(0, 0, 1, 1);
    const Percentiles setupOnly = orbit(rs, 1.0f, true, false, frames);
    glDisable(GL_SCISSOR_TEST);
    {
      auto opaqueOnly = plain.nodeAppearance(posed.model()->nodes.size());
      const pe::Model& m = *posed.model();
      for (size_t n = 0; n < m.nodes.size() && n < opaqueOnly.size(); ++n)
        if (m.nodes[n].mesh >= 0)
          for (const pe::Primitive& p : m.meshes[m.nodes[n].mesh].primitives)
            if (p.material >= 0 && m.materials[p.material].alphaMode == pe::AlphaMode::Blend)
              opaqueOnly[n].visible = false;
      renderer.setAppearance(opaqueOnly);
    }
    const Percentiles opaque = orbit(rs, 1.0f, true, false, frames);
    renderer.setAppearance(plain.nodeAppearance(posed.model()->nodes.size()));
    // Ghosting with a selection, and labels recomputed every frame (what the viewer does while
    // the view changes), at full resolution.
    pe::StructureView view;
    view.reset(pe::buildStructureIndex(*posed.model()));
    view.selected = 0;
    view.ghost = true;
    renderer.setAppearance(view.nodeAppearance(posed.model()->nodes.size()));
    const pe::ModelPicker picker(*posed.model());
    const auto targets = pe::computeLabelTargets(*posed.model(), view.index());
    pe::OffscreenOverlay overlay(height);
    std::vector<double> labelMs, ghostFrames;
    double ghostCpu = 0;
    {
      pe::RenderTarget target(width, height, 0);
      camera.pose = home;
      renderer.setMoving(false);
      ghostCpu = cpuNowMs();
      for (int f = 0; f < frames; ++f) {
        const auto t = Clock::now();
        camera.orbit(0.05f, 0.01f);
        target.bindForDrawing();
        renderer.render(posed.pose(), posed.scene(), camera, bounds, rs, width, height);
        renderer.finish(target, rs, true);
        const auto l = Clock::now();
        const auto anchors =
            pe::computeLabelAnchors(*posed.model(), posed.pose(), posed.scene(), view, camera,
                                    glm::vec2(width, height), &picker, targets);
        labelMs.push_back(msSince(l));
        glBindFramebuffer(GL_FRAMEBUFFER, target.finishedFramebuffer());
        overlay.drawLabels(anchors, view.index(), width, height,
                           pe::projectedXRange(bounds, camera, glm::vec2(width, height)));
        glFinish();
        ghostFrames.push_back(msSince(t));
      }
      ghostCpu = cpuNowMs() - ghostCpu;
    }
    // Playing the flexion cycle with the contraction tint (models with a hip rig): each frame
    // poses both hips, re-measures the muscles, tints them, uploads the joints and draws as the
    // viewer does while the pose moves (reduced resolution, moving levels).
    std::vector<double> cycleFrames, poseMs;
    double cycleCpu = 0;
    const pe::MuscleMeter meter(*posed.model());
    if (posed.hasHipRig()) {
      const float scale = rs.movingResolutionScale;
      const int w = std::max(1, static_cast<int>(width * scale)),
                h = std::max(1, static_cast<int>(height * scale));
      pe::RenderTarget target(w, h, 0);
      camera.pose = home;
      renderer.setMoving(true);
      const double cpu = cpuNowMs();
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
        renderer.render(posed.pose(), posed.scene(), camera, bounds, rs, w, h);
        target.resolve();
        glFinish();
        cycleFrames.push_back(msSince(t));
      }
      cycleCpu = cpuNowMs() - cpu;
      renderer.setMoving(false);
    }
    const Percentiles ghost = percentiles(ghostFrames, ghostCpu);
    const Percentiles labelCost = percentiles(labelMs);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);

    std::printf("file:       %s\n", file.c_str());
    std::printf("triangles:  %zu (the coarsest levels %zu fewer)\n", posed.summary().triangles,
                saved);
    std::printf("GL:         %s\n", context.description().c_str());
    std::printf("image:      %dx%d, %d frames of an orbit from the anterior view\n", width, height,
                frames);
    std::printf(
        "load:       %.1f ms, levels of detail and vertex order %.1f ms (the viewer "
        "prepares them\n            in the background)\n",
        loadMs, prepareMs);
    std::printf(
        "first frame %.1f ms; context, load and first frame %.1f ms (without the levels,\n"
        "            which the viewer prepares in the background)\n",
        firstFrameMs, toFirstFrameMs - prepareMs);
    std::printf("frames:\n");
    printFrames("still, anti-aliased", still, "every triangle + edge filter");
    printFrames("orbit, full resolution, no AA", full, "levels under a pixel");
    printFrames("orbit, while moving", moving, "half resolution, levels under a pixel");
    printFrames("before: still, MSAA 4x", msaa, "all triangles");
    printFrames("still, no AA", stillNoAa, "every triangle");
    printFrames("ghost + labels", ghost, "full resolution, edge filter, labels");
    std::printf("  %-30s median %6.2f ms of the ghost + labels frame\n", "label anchors",
                labelCost.median);
    if (!cycleFrames.empty()) {
      const Percentiles cycle = percentiles(cycleFrames, cycleCpu), posing = percentiles(poseMs);
      printFrames("flexion cycle", cycle, "drawn as while moving, contraction tint");
      std::printf("  %-30s median %6.3f ms (posing both hips, measuring %zu muscles, tint)\n",
                  "posing", posing.median, meter.lines().size());
    }
    std::printf("breakdown of the full-resolution frame (median %.1f ms), by taking parts away:\n",
                full.median);
    std::printf("  vertex work (no rasterisation)       %6.1f ms\n", vertexOnly.median);
    std::printf("  triangle setup and binning           %6.1f ms\n",
                setupOnly.median - vertexOnly.median);
    std::printf("  rasterisation and shading, opaque    %6.1f ms\n",
                opaque.median - setupOnly.median);
    std::printf("  translucent structures (blending)    %6.1f ms\n", full.median - opaque.median);
    std::printf("  edge filter (still frame, on top)    %6.1f ms\n",
                still.median - stillNoAa.median);
    std::printf("  uploads and posing (cycle - moving)  %6.1f ms\n",
                cycleFrames.empty() ? 0.0 : percentiles(cycleFrames).median - moving.median);
    std::printf("peak memory of this benchmark: %.1f MB\n", usage.ru_maxrss / 1024.0);

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
