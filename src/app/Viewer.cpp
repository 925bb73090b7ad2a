#include "app/Viewer.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "app/LessonTasks.h"
#include "app/SceneDrawing.h"
#include "app/ViewApply.h"
#include "core/Error.h"
#include "core/Log.h"
#include "io/LessonFile.h"
#include "io/PngFile.h"
#include "pose/SceneBounds.h"
#include "render/RenderTarget.h"
#include "ui/LabelOverlay.h"
#include "ui/LineOverlay.h"
#include "ui/MainMenuBar.h"
#include "ui/MessageBanner.h"
#include "ui/OpenFileDialog.h"
#include "ui/PresenterOverlay.h"
#include "ui/Sidebar.h"
#include "ui/UiFont.h"
#include "ui/ViewFileDialog.h"
#include "ui/ViewsPanel.h"

namespace pe {
namespace {
// The bookmarks' fly-to time: quick enough to keep a class's attention.
constexpr float kBookmarkFlightSeconds = 0.5f;
}  // namespace

Viewer::Viewer(GLFWwindow* window, ViewerState& state, const std::string& configDir)
    : window_(window),
      state_(state),
      ui_(window, configDir.empty() ? "" : configDir + "/imgui.ini") {
  controller_.configure(state_.settings.camera);
  updateViewArea();
}

void Viewer::open(const std::string& path, ModelLoading loading) {
  preparation_.wait();  // the worker reads the current model
  bool opened = false;
  try {
    // The GPU copy of the old model goes once the new one has loaded; a broken file keeps both.
    const std::string problem = openDocument(
        path, state_, [this] { renderer_.setModel(nullptr); }, std::move(loading));
    opened = true;
    state_.errorMessage.clear();
    if (!problem.empty()) {
      logError(problem);
      state_.errorMessage = "Structure text not loaded: " + problem;
    }
  } catch (const FileError& e) {
    // Keep the model we had; say what is wrong.
    logError(e.what());
    state_.errorMessage = std::string("Could not open ") + e.what();
  }
  if (!opened) return;
  renderer_.setModel(state_.document.model());
  thighDrag_.reset();
  // The probe's scene holds the old model; the new one's text is read when the tab shows.
  palpationScene_.reset();
  palpationModel_ = nullptr;
  {
    PalpationState& p = state_.palpation;  // the aim and the step are kept, not what was read
    p.reading.reset(), p.content.reset(), p.marks.reset();
    p.motion.done = true, p.holdStartedAt = -1.0;
    p.spotFromMm.reset(), p.spotNowMm.reset();
    p.aim.pointMm.reset();
  }
  labelAnchors_.clear();
  labelTargets_ = computeLabelTargets(*state_.document.model(), state_.structures.index());
  // Shown at once; the faster index order, the simplified level and the picking BVHs arrive
  // when ready.
  preparation_.start(state_);
  glfwSetWindowTitle(window_, ("Psoas Explorer - " + path).c_str());
  // An open lesson is checked again against the new model.
  if (state_.lesson.open) state_.lesson.problems = lessonProblems(state_.lesson.lesson);
  controller_.camera.pose.orientation = viewPresetOrientation(ViewPreset::Anterior);
  controller_.camera.pose = controller_.camera.framed(visibleBounds(state_), aspect());
}

void Viewer::showView(const ViewSpec& view, float seconds) {
  std::vector<std::string> problems = applyView(view, state_);
  controller_.configure(state_.settings.camera);
  const CameraPose pose = viewCamera(view, state_, aspect(), problems);
  controller_.transitionTo(pose, seconds);
  showProblems(problems, "");
}

ViewSpec Viewer::currentView() const {
  return captureView(state_, cameraSpecOf(controller_.camera));
}

void Viewer::capture(const std::string& pngPath) {
  int width, height;
  glfwGetFramebufferSize(window_, &width, &height);
  RenderTarget target(std::max(width, 16), std::max(height, 16),
                      state_.settings.render.msaaSamples);
  renderer_.setMoving(false);
  drawScene(renderer_, state_, controller_.camera, target);
  writePng(pngPath, target.readPixels());
  logInfo("view captured to " + pngPath);
}

bool Viewer::animating() const {
  return state_.settings.animation.playing && !state_.document.empty() &&
         state_.document.clip() >= 0 && state_.document.clipDuration() > 0.0f;
}

float Viewer::aspect() const {
  const glm::vec2 size = windowSize();
  return std::max(size.x - viewLeft_, 1.0f) / std::max(size.y, 1.0f);
}

// The sidebar (or presenter mode's text) covers the left of the window: the view's centre moves
// into the rest. After presenter mode starts or ends, the lesson step's camera is fitted again.
void Viewer::updateViewArea() {
  const glm::vec2 size = windowSize();
  if (state_.lesson.presenter.active) {
    viewLeft_ = presenterColumnWidth(state_, size);
  } else if (firstFrame_) {
    // Before the first frame, the sidebar's width is what it will be drawn at.
    const UiSettings& ui = state_.settings.ui;
    viewLeft_ = ui.showSidebar ? std::clamp(ui.sidebarWidth * ui.fontScale * ui_.contentScale(),
                                            200.0f, size.x * 0.6f)
                               : 0.0f;
  }
  controller_.camera.lensShift = viewLeft_ / std::max(size.x, 1.0f);
  const LessonState& l = state_.lesson;
  const bool reframe = reframeFrames_ > 0;
  reframeFrames_ = std::max(reframeFrames_ - 1, 0);
  if (reframe && l.open && l.step >= 0) {
    std::vector<std::string> problems;
    controller_.transitionTo(viewCamera(l.lesson.steps[l.step].view, state_, aspect(), problems),
                             0.0f);
  }
}

glm::vec2 Viewer::windowSize() const {
  int w, h;
  glfwGetWindowSize(window_, &w, &h);
  return {static_cast<float>(w), static_cast<float>(h)};
}

void Viewer::drawUi() {
  const bool presenting = state_.lesson.presenter.active;
  if (presenting) {
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    drawPresenter(state_, windowSize(), glm::vec2(mouse.x, mouse.y), glfwGetTime());
  } else {
    listMonitors();
    drawMainMenuBar(state_);
    viewLeft_ = drawSidebar(state_);
    drawOpenFileDialog(state_);
    drawViewFileDialog(state_);
    drawHelpWindow(state_);
    drawViewsPanel(state_);
  }
  drawMessageBanner(state_);
  const StructureView& view = state_.structures;
  if (view.hovered && !ui_.wantsMouse() && !ImGui::GetIO().MouseDown[0])
    ImGui::SetTooltip("%s", view.index().structures[*view.hovered].name.c_str());
  if (state_.settings.ui.showLabels && !state_.document.empty()) {
    // Presenter mode enlarges the labels for the back of the room (three quarters of its body
    // text); the viewer keeps them beside the model, clear of the sidebar and the menu bar.
    ImFont* slide = uiFonts().slide;
    const float oldScale = slide ? slide->Scale : 1.0f;
    if (presenting && slide) {
      slide->Scale = presenterBodyPixels(windowSize().y) * 0.75f /
                     (slide->FontSize * ImGui::GetIO().FontGlobalScale);
      ImGui::PushFont(slide);
    }
    const float menu = presenting ? 0.0f : ImGui::GetFrameHeight();
    drawLabels(ImGui::GetBackgroundDrawList(), labelAnchors_, view.index(), windowSize(),
               projectedXRange(state_.document.currentBounds(), controller_.camera, windowSize()),
               glm::vec2(viewLeft_, menu), presenting && state_.settings.ui.presenterLight);
    if (presenting && slide) {
      ImGui::PopFont();
      slide->Scale = oldScale;
    }
  }
  if (state_.settings.pose.showLines && !state_.muscles.empty())
    drawLinesOfAction(ImGui::GetBackgroundDrawList(), state_.muscles, state_.document.pose(),
                      controller_.camera, windowSize());
  glm::vec2 fingertip(-1.0f);
  if (palpationShown())
    fingertip = drawPalpationMarks(ImGui::GetBackgroundDrawList(), state_.palpation,
                                   controller_.camera, windowSize(), glfwGetTime());
  state_.palpation.fingertip = {fingertip.x, fingertip.y};
}

// A playing clip drives the hips; the flexion cycle drives them when it plays.
void Viewer::advancePose(float dt) {
  if (animating()) {
    followClip(state_.document, state_.poseControls);
    state_.document.advance(dt * state_.settings.animation.speed, state_.settings.animation.loop);
  }
  advanceFlexionCycle(state_.document, state_.poseControls, state_.settings.pose, dt);
}

void Viewer::applyRequests() {
  UiRequests& r = state_.requests;
  if (r.openFile) open(*r.openFile);
  // Dropped (or, in the browser, picked) files: a model, a view file or a lesson.
  for (const std::string& path : droppedFiles) {
    const std::string extension = std::filesystem::path(path).extension().string();
    if (extension == ".json" || extension == ".JSON")
      (isLessonFile(path) ? r.openLesson : r.openView) = path;
    else
      open(path);
  }
  droppedFiles.clear();
  for (int side = 0; side < 2; ++side)
    if (r.hipFlexion[side] && !state_.document.empty())
      setHipByHand(state_.document, state_.poseControls, state_.settings.animation, side,
                   *r.hipFlexion[side]);
  if (r.habitus && !state_.document.empty()) state_.document.setHabitus(*r.habitus);
  if (r.toggleFlexionCycle) toggleFlexionCycle(state_.poseControls, state_.settings.animation);
  applyViewRequests(r);
  applyLessonRequests(r);
  frameRequested(r);
  if (r.alignClipWithView) {
    // A free plane facing the viewer through the centre of the view: cuts away the near part.
    state_.clip.normal = -controller_.camera.forward();
    state_.clip.offset = glm::dot(state_.clip.normal, controller_.camera.pose.target);
  }
  const bool quit = r.quit;
  r = UiRequests();
  r.quit = quit;
  controller_.configure(state_.settings.camera);
}

// Views: fly to one, open or save a view file, bookmark the view.
void Viewer::applyViewRequests(UiRequests& r) {
  if (r.openView) {
    try {
      std::vector<std::string> warnings;
      r.showView = readViewFile(*r.openView, warnings);
      for (const std::string& w : warnings) logWarning(w);
    } catch (const FileError& e) {
      logError(e.what());
      state_.errorMessage = std::string("Could not open the view: ") + e.what();
    }
  }
  if (r.showView) showView(*r.showView, kBookmarkFlightSeconds);
  if (r.saveView) {
    try {
      writeViewFile(*r.saveView, currentView());
      logInfo("view saved to " + *r.saveView);
#ifdef __EMSCRIPTEN__
      offerDownload(*r.saveView);
#endif
    } catch (const FileError& e) {
      logError(e.what());
      state_.errorMessage = std::string("Could not save the view: ") + e.what();
    }
  }
  if (r.addBookmark) {
    BookmarkState& b = state_.bookmarks;
    b.file.bookmarks.push_back(
        {"View " + std::to_string(b.file.bookmarks.size() + 1), currentView()});
    state_.settings.ui.showViewsPanel = true;
    r.bookmarksChanged = true;
  }
  if (r.bookmarksChanged) saveBookmarks();
}

// Presets, framing and centring: what is visible is framed.
void Viewer::frameRequested(UiRequests& r) {
  const Bounds visible = visibleBounds(state_);
  if (r.viewPreset) controller_.showPreset(*r.viewPreset, visible, aspect());
  if (r.frameAll) controller_.frame(visible, aspect());
  if (r.resetView) controller_.showPreset(ViewPreset::Anterior, visible, aspect());
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
}

void Viewer::saveBookmarks() {
  const BookmarkState& b = state_.bookmarks;
  if (b.path.empty()) return;
  try {
    writeBookmarkFile(b.path, b.file);
  } catch (const FileError& e) {
    logError(e.what());
    state_.errorMessage = std::string("Bookmarks not saved: ") + e.what();
  }
}

void Viewer::updateLabelAnchors() {
  labelAnchors_.clear();
  // Labels wait for the picking BVHs (a moment after a model opens): testing each label's
  // visibility against every triangle would hold up the first frame.
  if (!state_.settings.ui.showLabels || state_.document.empty() || !preparation_.picker()) return;
  labelAnchors_ = computeLabelAnchors(
      *state_.document.model(), state_.document.pose(), state_.document.scene(), state_.structures,
      controller_.camera, windowSize(), preparation_.picker(), labelTargets_);
}

// Two levels of quality: a moving camera or pose gets coarser levels of detail at reduced
// resolution; other frames full resolution, the levels whose error stays under half a pixel,
// and the edge filter. With MSAA chosen in the settings, a still view is refined with it once
// it has been still for a moment.
//
// The scene is drawn only when what it shows changed; otherwise the cached image is shown
// again under the UI, so hovering the panels costs almost nothing.
void Viewer::drawFrame(bool cameraMoving) {
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
  RenderTarget& target =
      presenter_.begin(fbWidth, fbHeight, reduce ? rs.movingResolutionScale : 1.0f, samples);
  renderer_.setMoving(cameraMoving);
  drawScene(renderer_, state_, controller_.camera, target, !reduce);
  presenter_.present(fbWidth, fbHeight);
}

void Viewer::saveLayout() {
  try {
    ui_.saveLayoutIfChanged(false);
  } catch (const FileError& e) {
    logWarning(e.what());
  }
}
}  // namespace pe
