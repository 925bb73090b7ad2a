#include "app/ViewerApp.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <future>
#include <memory>
#include <vector>

#include "anim/ContractionTint.h"
#include "anim/RayPick.h"
#include "app/CameraController.h"
#include "app/ModelLocator.h"
#include "app/SceneKey.h"
#include "app/StructureFlags.h"
#include "core/ConfigPaths.h"
#include "core/Error.h"
#include "core/Log.h"
#include "core/SettingsFile.h"
#include "io/GltfFile.h"
#include "render/SceneRenderer.h"
#include "render/ViewportPresenter.h"
#include "scene/MeshOptimization.h"
#include "ui/AnimationPanel.h"
#include "ui/CrossSectionPanel.h"
#include "ui/ImGuiLayer.h"
#include "ui/InfoPanel.h"
#include "ui/LabelOverlay.h"
#include "ui/LayersPanel.h"
#include "ui/LineOverlay.h"
#include "ui/MainMenuBar.h"
#include "ui/MessageBanner.h"
#include "ui/ModelPanel.h"
#include "ui/MusclePanel.h"
#include "ui/PosePanel.h"
#include "ui/OpenFileDialog.h"

namespace pe {
namespace {
// Events that GLFW reports outside ImGui's reach, collected by callbacks.
struct WindowEvents {
  std::vector<std::string> droppedFiles;
};

void onDrop(GLFWwindow* window, int count, const char** paths) {
  auto* events = static_cast<WindowEvents*>(glfwGetWindowUserPointer(window));
  for (int i = 0; i < count; ++i) events->droppedFiles.push_back(paths[i]);
}

void onGlfwError(int code, const char* description) {
  logDebug("GLFW error " + std::to_string(code) + ": " + description);
}

class Viewer {
 public:
  Viewer(GLFWwindow* window, ViewerState& state, const std::string& configDir)
      : window_(window),
        state_(state),
        ui_(window, configDir.empty() ? "" : configDir + "/imgui.ini") {
    controller_.configure(state_.settings.camera);
  }

  ~Viewer() {
    if (preparing_.valid()) preparing_.wait();
  }

  void open(const std::string& path) {
    if (preparing_.valid()) preparing_.wait();  // the worker reads the current model
    try {
      auto model = std::make_unique<Model>(loadGltfFile(path));
      for (const std::string& w : model->warnings) logWarning(path + ": " + w);
      renderer_.setModel(nullptr);
      state_.document = PosedModel(std::move(model));
      state_.documentPath = path;
      renderer_.setModel(state_.document.model());
      state_.structures.reset(buildStructureIndex(*state_.document.model()));
      state_.muscles = MuscleMeter(*state_.document.model());
      state_.poseControls = PoseControlState();
      thighDrag_.reset();
      labelTargets_ = computeLabelTargets(*state_.document.model(), state_.structures.index());
      loadContent(path);
      labelAnchors_.clear();
      // Shown at once; the faster index order, the simplified level and the picking BVHs
      // arrive when ready.
      picker_.reset();
      const Model* shown = state_.document.model();
      const float detail = state_.settings.render.movingDetail;
      preparing_ = std::async(std::launch::async, [shown, detail] {
        Prepared prepared{prepareIndices(*shown, detail, 2000),
                          std::make_unique<ModelPicker>(*shown)};
        glfwPostEmptyEvent();  // wake the idle loop to install it
        return prepared;
      });
      glfwSetWindowTitle(window_, ("Psoas Explorer - " + path).c_str());
      controller_.camera.pose.orientation = viewPresetOrientation(ViewPreset::Anterior);
      controller_.camera.pose =
          controller_.camera.framed(state_.document.currentBounds(), aspect());
      state_.errorMessage.clear();
    } catch (const FileError& e) {
      // Keep the model we had; say what is wrong.
      logError(e.what());
      state_.errorMessage = std::string("Could not open ") + e.what();
    }
  }

  // The command line's starting view, scene, clip and time (problems go to the banner).
  void applyStartState(const CommandLine& cl, const std::string& path) {
    PosedModel& doc = state_.document;
    if (doc.empty()) return;
    if (cl.scene) {
      if (*cl.scene < static_cast<int>(doc.model()->scenes.size()))
        doc.setScene(*cl.scene);
      else
        state_.errorMessage = path + ": has no scene " + std::to_string(*cl.scene);
    }
    if (!cl.animation.empty()) {
      const int clip = doc.model()->findClip(cl.animation);
      if (clip >= 0)
        doc.setClip(clip);
      else
        state_.errorMessage = path + ": has no animation named '" + cl.animation + "'";
    }
    if (cl.time) {
      doc.setTime(*cl.time);
      state_.settings.animation.playing = false;  // show the moment asked for
    }
    if (cl.hipFlexion[0] || cl.hipFlexion[1]) {
      if (!doc.hasHipRig())
        state_.errorMessage = path + ": has no hip rig (nodes with ids femur_left and femur_right) for --pose";
      for (int side = 0; side < 2; ++side)
        if (cl.hipFlexion[side]) setHipByHand(state_, side, *cl.hipFlexion[side]);
    }
    if (cl.contraction) state_.settings.pose.contractionTint = true;
    controller_.camera.pose.orientation = viewPresetOrientation(cl.view);
    controller_.camera.pose = controller_.camera.framed(doc.currentBounds(), aspect());
  }

  int run(int maxFrames) {
    int frames = 0;
    int framesToDraw = 2;  // ImGui settles its layout over a couple of frames after changes
    double last = glfwGetTime();
    while (!glfwWindowShouldClose(window_) && !state_.requests.quit) {
      const bool busy =
          animating() || state_.poseControls.cyclePlaying || controller_.transitioning() || framesToDraw > 0 || maxFrames > 0;
      if (busy)
        glfwPollEvents();
      else if (refinePending_)  // wake up to draw the sharp frame when the view stays still
        glfwWaitEventsTimeout(std::max(0.01, kRefineDelaySeconds - (glfwGetTime() - changedAt_)));
      else if (ImGui::GetIO().WantTextInput)
        glfwWaitEventsTimeout(0.5);
      else
        glfwWaitEvents();  // idle: no frames, no CPU
      if (glfwGetWindowAttrib(window_, GLFW_ICONIFIED)) continue;
      if (!busy) framesToDraw = 2;
      const double now = glfwGetTime();
      const float dt = static_cast<float>(std::min(now - last, 0.1));
      last = now;

      ui_.beginFrame(state_.settings.ui.fontScale);
      drawUi();
      const bool cameraInput = applyInput();
      applyRequests();
      installPreparedIndices();
      if (animating()) {
        followClip(state_);
        state_.document.advance(dt * state_.settings.animation.speed,
                                state_.settings.animation.loop);
      }
      advanceFlexionCycle(state_, dt);
      if (!state_.document.empty()) renderer_.setAppearance(appearance());
      // Posing (the cycle, a clip, a slider, a dragged thigh or plot) draws like a moving camera.
      const std::array<float, 2> hips = {state_.document.hipFlexion(0), state_.document.hipFlexion(1)};
      const bool posing = hips != lastHips_ || animating() || state_.poseControls.cyclePlaying;
      lastHips_ = hips;
      const bool moving = controller_.update(dt) || cameraInput || posing;
      drawFrame(moving);
      ui_.endFrame();
      glfwSwapBuffers(window_);
      saveLayout();

      framesToDraw = moving ? 2 : std::max(0, framesToDraw - 1);
      state_.frameMilliseconds = static_cast<float>((glfwGetTime() - now) * 1000.0);
      if (maxFrames > 0 && ++frames >= maxFrames) break;
    }
    return 0;
  }

  WindowEvents events;

 private:
  bool animating() const {
    return state_.settings.animation.playing && !state_.document.empty() &&
           state_.document.clip() >= 0 && state_.document.clipDuration() > 0.0f;
  }

  float aspect() const {
    int w, h;
    glfwGetWindowSize(window_, &w, &h);
    return static_cast<float>(std::max(w, 1)) / static_cast<float>(std::max(h, 1));
  }

  glm::vec2 windowSize() const {
    int w, h;
    glfwGetWindowSize(window_, &w, &h);
    return {static_cast<float>(w), static_cast<float>(h)};
  }

  Bounds bounds() const {
    return state_.document.empty() ? Bounds() : state_.document.currentBounds();
  }

  void drawUi() {
    drawMainMenuBar(state_);
    drawModelPanel(state_);
    drawAnimationPanel(state_);
    drawPosePanel(state_);
    drawMusclePanel(state_);
    drawOpenFileDialog(state_);
    drawHelpWindow(state_);
    drawLayersPanel(state_);
    drawCrossSectionPanel(state_);
    drawInfoPanel(state_);
    drawMessageBanner(state_);
    drawHoverLabel();
    drawStructureLabels();
    if (state_.settings.pose.showLines && !state_.muscles.empty())
      drawLinesOfAction(ImGui::GetBackgroundDrawList(), state_.muscles, state_.document.pose(), controller_.camera,
                        windowSize());
  }

  // Mouse and keys go to the camera only when ImGui does not want them. True if it moved.
  bool applyInput() {
    ImGuiIO& io = ImGui::GetIO();
    bool moved = false;
    const glm::vec2 viewport = windowSize();
    if (!ui_.wantsMouse()) {
      const glm::vec2 delta(io.MouseDelta.x, io.MouseDelta.y);
      const bool dragging = delta.x != 0.0f || delta.y != 0.0f;
      if (ImGui::IsMouseClicked(0)) thighDrag_ = startThighDrag(glm::vec2(io.MousePos.x, io.MousePos.y));
      if (thighDrag_ && io.MouseDown[0]) {
        if (dragging) dragThigh(glm::vec2(io.MousePos.x, io.MousePos.y));
      } else if (io.MouseDown[0] && dragging)
        controller_.orbitDrag(delta), moved = true;
      else if ((io.MouseDown[1] || io.MouseDown[2]) && dragging)
        controller_.panDrag(delta, viewport), moved = true;
      if (io.MouseWheel != 0.0f) {
        controller_.wheel(io.MouseWheel, glm::vec2(io.MousePos.x, io.MousePos.y), viewport);
        moved = true;
      }
      if (!state_.document.empty()) hoverAndSelect();
      if (io.MouseDoubleClicked[0] && !state_.document.empty())
        centreOnCursor(glm::vec2(io.MousePos.x, io.MousePos.y));
    }
    if (!ui_.wantsKeyboard()) {
      if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_O))
        state_.openDialog.open = true;
      else if (io.KeyCtrl && ImGui::IsKeyPressed(GLFW_KEY_Q))
        state_.requests.quit = true;
      else if (!io.KeyCtrl) {
        if (ImGui::IsKeyPressed(GLFW_KEY_F)) state_.requests.frameAll = true;
        if (ImGui::IsKeyPressed(GLFW_KEY_R)) state_.requests.resetView = true;
        if (ImGui::IsKeyPressed(GLFW_KEY_SPACE))
          state_.settings.animation.playing = !state_.settings.animation.playing;
        if (ImGui::IsKeyPressed(GLFW_KEY_F1)) state_.showHelp = !state_.showHelp;
        StructureView& view = state_.structures;
        if (ImGui::IsKeyPressed(GLFW_KEY_ESCAPE)) view.selected.reset();
        if (ImGui::IsKeyPressed(GLFW_KEY_G)) view.ghost = !view.ghost;
        if (ImGui::IsKeyPressed(GLFW_KEY_L))
          state_.settings.ui.showLabels = !state_.settings.ui.showLabels;
        if (ImGui::IsKeyPressed(GLFW_KEY_A)) view.showAll();
        if (view.selected && ImGui::IsKeyPressed(GLFW_KEY_H))
          view.setStructureVisible(*view.selected, false);
        if (view.selected && ImGui::IsKeyPressed(GLFW_KEY_I)) view.isolate({*view.selected});
        const ViewPreset presets[] = {ViewPreset::Anterior, ViewPreset::Posterior,
                                      ViewPreset::Left,     ViewPreset::Right,
                                      ViewPreset::Superior, ViewPreset::Inferior};
        for (int k = 0; k < 6; ++k)
          if (ImGui::IsKeyPressed(GLFW_KEY_1 + k) || ImGui::IsKeyPressed(GLFW_KEY_KP_1 + k))
            state_.requests.viewPreset = presets[k];
      }
    }
    return moved;
  }

  void installPreparedIndices() {
    if (!preparing_.valid() ||
        preparing_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
      return;
    Prepared prepared = preparing_.get();
    const size_t saved =
        applyPreparedIndices(state_.document.mutableModel(), std::move(prepared.indices));
    picker_ = std::move(prepared.picker);
    renderer_.setModel(state_.document.model());
    logDebug("simplified level ready: " + std::to_string(saved) + " triangles fewer while moving");
  }

  // What is under the cursor gets a light tint and its name; a click (press and release within
  // 3 pixels) selects it, or clears the selection on empty space.
  void hoverAndSelect() {
    ImGuiIO& io = ImGui::GetIO();
    const bool dragging = io.MouseDown[0] || io.MouseDown[1] || io.MouseDown[2];
    const bool click = ImGui::IsMouseReleased(0) && io.MouseDragMaxDistanceSqr[0] <= 9.0f;
    const bool moved = io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f;
    if (!click && (dragging || !moved)) return;
    StructureView& view = state_.structures;
    auto hit = pickUnderCursor(glm::vec2(io.MousePos.x, io.MousePos.y));
    view.hovered.reset();
    if (hit && view.index().structureOfNode[hit->node] >= 0)
      view.hovered = view.index().structureOfNode[hit->node];
    if (click) view.selected = view.hovered;
  }

  // The model's text; search then also finds Latin terms and synonyms.
  void loadContent(const std::string& modelPath) {
    std::string problem;
    state_.content = loadContentFor(modelPath, problem);
    state_.contentPath = contentPathFor(modelPath);
    if (!problem.empty()) {
      logError(problem);
      state_.errorMessage = "Structure text not loaded: " + problem;
    }
    if (state_.content) addSearchTerms(*state_.content, state_.structures);
  }

  void updateLabelAnchors() {
    labelAnchors_.clear();
    if (!state_.settings.ui.showLabels || state_.document.empty()) return;
    labelAnchors_ = computeLabelAnchors(
        *state_.document.model(), state_.document.pose(), state_.document.scene(),
        state_.structures, controller_.camera, windowSize(), picker_.get(), labelTargets_);
  }

  void drawStructureLabels() {
    if (!state_.settings.ui.showLabels || state_.document.empty()) return;
    drawLabels(ImGui::GetBackgroundDrawList(), labelAnchors_, state_.structures.index(),
               windowSize(), projectedXRange(bounds(), controller_.camera, windowSize()));
  }

  void drawHoverLabel() {
    const StructureView& view = state_.structures;
    if (!view.hovered || ui_.wantsMouse() || ImGui::GetIO().MouseDown[0]) return;
    const Structure& s = view.index().structures[*view.hovered];
    ImGui::SetTooltip("%s", s.name.c_str());
  }

  // What the renderer draws each node with: the structure view, and the contraction tint.
  std::vector<NodeAppearance> appearance() const {
    auto nodes = state_.structures.nodeAppearance(state_.document.model()->nodes.size());
    if (state_.settings.pose.contractionTint && !state_.muscles.empty())
      tintByContraction(state_.structures.index(), state_.muscles,
                        state_.muscles.read(*state_.document.model(), state_.document.pose()), nodes);
    return nodes;
  }

  // Dragging a thigh: pressing on a femur flexes its hip as the cursor moves, about the hip
  // centre in the leg's swing plane (or by vertical motion when that plane is seen edge-on).
  struct ThighDrag {
    int side = 0;
    float startDegrees = 0.0f;
    glm::vec2 startCursor{0.0f};
    std::optional<float> startAngle;
  };

  // The cursor's angle about the side's hip axis, from straight down toward the front, when
  // the swing plane is not seen edge-on.
  std::optional<float> swingAngle(int side, glm::vec2 cursor) const {
    const HipRig* rig = state_.document.hipRig();
    const Model& model = *state_.document.model();
    const int femur = rig->femur[side];
    const glm::mat4 frame = model.nodes[femur].parent >= 0 ? state_.document.pose().world[model.nodes[femur].parent]
                                                           : glm::mat4(1.0f);
    const glm::vec3 centre(state_.document.pose().world[femur][3]);
    const glm::vec3 axis = glm::normalize(glm::vec3(frame[0])), up = glm::normalize(glm::vec3(frame[1])),
                    forward = glm::normalize(glm::vec3(frame[2]));
    const glm::vec2 viewport = windowSize();
    const OrbitCamera& cam = controller_.camera;
    const glm::vec3 dir = cam.rayDirection(CameraController::toNdc(cursor, viewport), viewport.x / viewport.y);
    const float facing = glm::dot(dir, axis);
    if (std::abs(facing) < 0.35f) return std::nullopt;
    const glm::vec3 p = cam.eye() + dir * (glm::dot(centre - cam.eye(), axis) / facing);
    return glm::degrees(std::atan2(glm::dot(p - centre, forward), -glm::dot(p - centre, up)));
  }

  std::optional<ThighDrag> startThighDrag(glm::vec2 cursor) const {
    if (!state_.settings.pose.dragThigh || state_.document.empty() || !state_.document.hasHipRig()) return std::nullopt;
    const auto hit = pickUnderCursor(cursor);
    if (!hit) return std::nullopt;
    const int s = state_.structures.index().structureOfNode[hit->node];
    if (s < 0) return std::nullopt;
    const std::string& id = state_.structures.index().structures[s].id;
    const int side = id == "femur_left" ? 0 : id == "femur_right" ? 1 : -1;
    if (side < 0) return std::nullopt;
    ThighDrag drag;
    drag.side = side;
    drag.startDegrees = state_.document.hipFlexion(side);
    drag.startCursor = cursor;
    drag.startAngle = swingAngle(side, cursor);
    return drag;
  }

  void dragThigh(glm::vec2 cursor) {
    const ThighDrag& d = *thighDrag_;
    float degrees;
    if (d.startAngle) {
      const auto angle = swingAngle(d.side, cursor);
      if (!angle) return;
      float turn = *angle - *d.startAngle;
      if (turn > 180.0f) turn -= 360.0f;
      if (turn < -180.0f) turn += 360.0f;
      degrees = d.startDegrees + turn;
    } else {
      degrees = d.startDegrees - (cursor.y - d.startCursor.y) * state_.settings.pose.dragDegreesPerPixel;
    }
    setHipByHand(state_, d.side, std::clamp(degrees, kMinHipFlexion, kMaxHipFlexion));
  }

  // The visible, not ghosted surface under a window position.
  std::optional<RayHit> pickUnderCursor(glm::vec2 cursor) const {
    const glm::vec2 viewport = windowSize();
    const OrbitCamera& cam = controller_.camera;
    const glm::vec3 dir =
        cam.rayDirection(CameraController::toNdc(cursor, viewport), viewport.x / viewport.y);
    const auto appearance = state_.structures.nodeAppearance(state_.document.model()->nodes.size());
    return pickRay(*state_.document.model(), state_.document.pose(), state_.document.scene(),
                   cam.eye(), dir, &appearance, picker_.get());
  }

  void centreOnCursor(glm::vec2 cursor) {
    if (auto hit = pickUnderCursor(cursor)) controller_.centreOn(hit->point);
  }

  void applyRequests() {
    UiRequests& r = state_.requests;
    if (r.openFile) open(*r.openFile);
    for (const std::string& path : events.droppedFiles) open(path);
    events.droppedFiles.clear();
    if (r.viewPreset) controller_.showPreset(*r.viewPreset, bounds(), aspect());
    if (r.frameAll) controller_.frame(bounds(), aspect());
    if (r.alignClipWithView) {
      // A free plane facing the viewer through the centre of the view: cuts away the near part.
      state_.clip.normal = -controller_.camera.forward();
      state_.clip.offset = glm::dot(state_.clip.normal, controller_.camera.pose.target);
    }
    if (r.frameSelection && state_.structures.selected)
      r.frameStructure = *state_.structures.selected;
    if (r.frameStructure && !state_.document.empty()) {
      const Structure& s = state_.structures.index().structures[*r.frameStructure];
      Bounds b = nodeBounds(*state_.document.model(), state_.document.pose(), s.meshNodes);
      if (!s.muscle.empty() && b.valid()) {
        // A footprint is small: show it with the bone around it.
        const glm::vec3 c = b.center(), h = glm::max(b.size(), glm::vec3(0.01f)) * 2.0f;
        b = Bounds();
        b.add(c - h);
        b.add(c + h);
      }
      controller_.frame(b, aspect());
    }
    if (r.resetView) controller_.showPreset(ViewPreset::Anterior, bounds(), aspect());
    const bool quit = r.quit;
    r = UiRequests();
    r.quit = quit;
    controller_.configure(state_.settings.camera);
  }

  // Three levels of quality: a moving camera gets a simplified mesh at reduced resolution,
  // playing animation full resolution without multisampling, a still view everything.
  //
  // The scene is drawn only when what it shows changed; a change is drawn fast (no MSAA) and
  // refined with MSAA once the view has been still for a moment. Otherwise the cached image is
  // shown again under the UI, so hovering the panels costs almost nothing.
  void drawFrame(bool cameraMoving) {
    int fbWidth, fbHeight;
    glfwGetFramebufferSize(window_, &fbWidth, &fbHeight);
    if (fbWidth <= 0 || fbHeight <= 0) return;
    const RenderSettings& rs = state_.settings.render;
    const bool reduce = cameraMoving && rs.adaptiveResolution;
    const bool still = !cameraMoving && !animating();
    SceneKey key = makeSceneKey(state_, controller_.camera, fbWidth, fbHeight, reduce);
    const double now = glfwGetTime();
    int samples = 0;
    if (!(key == lastKey_) || !presenter_.hasImage()) {
      updateLabelAnchors();
      lastKey_ = std::move(key);
      refinePending_ = still && rs.msaaSamples > 1;
      changedAt_ = now;
    } else if (refinePending_ && now - changedAt_ >= kRefineDelaySeconds) {
      refinePending_ = false;
      samples = rs.msaaSamples;
    } else {
      presenter_.present(fbWidth, fbHeight);
      return;
    }
    int width, height;
    presenter_.begin(fbWidth, fbHeight, reduce ? rs.movingResolutionScale : 1.0f, samples, width,
                     height);
    renderer_.setCoarseGeometry(reduce);
    renderer_.setClipPlane(state_.clip);
    if (state_.document.empty())
      renderer_.render(Pose(), -1, controller_.camera, Bounds(), rs, width, height);
    else
      renderer_.render(state_.document.pose(), state_.document.scene(), controller_.camera,
                       bounds(), rs, width, height);
    presenter_.present(fbWidth, fbHeight);
  }

  void saveLayout() {
    try {
      ui_.saveLayoutIfChanged(false);
    } catch (const FileError& e) {
      logWarning(e.what());
    }
  }

  static constexpr double kRefineDelaySeconds = 0.25;
  SceneKey lastKey_;
  bool refinePending_ = false;
  double changedAt_ = 0.0;

  GLFWwindow* window_;
  ViewerState& state_;
  ImGuiLayer ui_;
  SceneRenderer renderer_;
  ViewportPresenter presenter_;
  CameraController controller_;
  // Work done off the main thread after a model opens.
  struct Prepared {
    PreparedIndices indices;
    std::unique_ptr<ModelPicker> picker;
  };
  std::future<Prepared> preparing_;
  std::unique_ptr<ModelPicker> picker_;
  std::optional<ThighDrag> thighDrag_;
  std::array<float, 2> lastHips_{0.0f, 0.0f};
  std::vector<LabelTarget> labelTargets_;
  std::vector<LabelAnchor> labelAnchors_;
};
}  // namespace

int runViewer(const CommandLine& cl) {
  ViewerState state;
  const std::string configDir = cl.noSettings ? "" : configDirectory();
  const std::string settingsPath = configDir.empty() ? "" : configDir + "/settings.ini";
  std::vector<std::string> problems;
  if (!settingsPath.empty()) state.settings = loadSettingsFile(settingsPath, problems);
  for (const std::string& p : problems) logWarning(p);
  if (!problems.empty())
    state.errorMessage = "Settings: " + problems.front() + " (other settings kept)";

  glfwSetErrorCallback(&onGlfwError);
  if (!glfwInit()) {
    logError("cannot open a window: no display found (use --screenshot to render without one)");
    return 1;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  GLFWwindow* window = glfwCreateWindow(state.settings.window.width, state.settings.window.height,
                                        "Psoas Explorer", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    logError("cannot create an OpenGL 3.3 window");
    return 1;
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  int code = 0;
  try {
    Viewer viewer(window, state, configDir);
    glfwSetWindowUserPointer(window, &viewer.events);
    glfwSetDropCallback(window, &onDrop);
    const std::string path = cl.file.empty() ? bundledModelPath() : cl.file;
    if (!path.empty()) {
      viewer.open(path);
      try {
        if (!state.document.empty()) applyStructureFlags(cl, path, state.structures);
        viewer.applyStartState(cl, path);
        state.clip = cl.clip;
        if (cl.labels) state.settings.ui.showLabels = true;
        if (cl.clip.enabled) state.settings.ui.showCrossSectionPanel = true;
      } catch (const FileError& e) {
        logError(e.what());
        state.errorMessage = e.what();
      }
    }
    code = viewer.run(cl.frames);
  } catch (const GraphicsError& e) {
    logError(e.what());
    code = 1;
  }
  glfwGetWindowSize(window, &state.settings.window.width, &state.settings.window.height);
  glfwDestroyWindow(window);
  glfwTerminate();
  if (!settingsPath.empty()) {
    try {
      saveSettingsFile(settingsPath, state.settings);
    } catch (const FileError& e) {
      logWarning(e.what());
    }
  }
  return code;
}
}  // namespace pe
