// The viewer's frame loop: on the desktop it sleeps until there is something to draw; in the
// browser (Browser.cpp) the browser calls for frames. One frame: panels, input, requests, pose,
// scene, swap.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app/Viewer.h"
#include "core/Log.h"

namespace pe {
bool Viewer::busy() const {
  return animating() || state_.poseControls.cyclePlaying || controller_.transitioning() ||
         framesToDraw_ > 0;
}

// Sleeps until there is something to draw: input, the sharp frame after a still view, the
// text cursor's blink, the presenter's step timer.
void Viewer::waitForEvents(bool keepDrawing) {
  if (keepDrawing)
    glfwPollEvents();
  else if (refinePending_)  // wake up to draw the sharp frame when the view stays still
    glfwWaitEventsTimeout(std::max(0.01, kRefineDelaySeconds - (glfwGetTime() - changedAt_)));
  else if (ImGui::GetIO().WantTextInput)
    glfwWaitEventsTimeout(0.5);
  else if (state_.lesson.presenter.active)  // the step timer ticks each second
    glfwWaitEventsTimeout(1.0 -
                          std::fmod(glfwGetTime() - state_.lesson.presenter.stepStartedAt, 1.0));
  else
    glfwWaitEvents();  // idle: no frames, no CPU
}

int Viewer::run(int maxFrames) {
#ifdef __EMSCRIPTEN__
  runInBrowser();  // the browser calls frame() from here on; this does not return
#endif
  int frames = 0;
  framesToDraw_ = 2;  // ImGui settles its layout over a couple of frames after changes
  lastFrameAt_ = glfwGetTime();
  while (!glfwWindowShouldClose(window_) && !state_.requests.quit) {
    const bool keepDrawing = busy() || maxFrames > 0;
    waitForEvents(keepDrawing);
    if (glfwGetWindowAttrib(window_, GLFW_ICONIFIED)) continue;
    if (!keepDrawing) framesToDraw_ = 2;
    frame();
    if (maxFrames > 0 && ++frames >= maxFrames) break;
  }
  setPresenter(false);  // the window's own size is what the settings keep
  return 0;
}

void Viewer::frame() {
  const double now = glfwGetTime();
  const float dt = static_cast<float>(std::min(now - lastFrameAt_, 0.1));
  lastFrameAt_ = now;

  ui_.beginFrame(state_.settings.ui.fontScale, state_.lesson.presenter.active);
  drawUi();
  const bool cameraInput = applyInput();
  applyRequests();
  updatePalpation();
  updateViewArea();
  if (preparation_.install(state_, renderer_)) lastKey_ = SceneKey();
  advancePose(dt);
  // Posing (the cycle, a clip, a slider, a dragged thigh or plot) draws like a moving camera.
  const std::array<float, 3> hips = {state_.document.hipFlexion(0), state_.document.hipFlexion(1),
                                     state_.document.habitus()};
  const bool posing = hips != lastHips_ || animating() || state_.poseControls.cyclePlaying;
  lastHips_ = hips;
  const bool moving = controller_.update(dt) || cameraInput || posing;
  drawFrame(moving);
  // The moment a flight or a pose comes to rest and the still picture is drawn (scripts and
  // tests wait for it).
  if (wasMoving_ && !moving) logDebug("view settled");
  wasMoving_ = moving;
  ui_.endFrame();
  glfwSwapBuffers(window_);
  saveLayout();

  if (firstFrame_) {
    firstFrame_ = false;
    logDebug("first frame shown after " + std::to_string(millisecondsSinceStart()) + " ms");
  }
  framesToDraw_ = moving ? 2 : std::max(0, framesToDraw_ - 1);
  state_.frameMilliseconds = static_cast<float>((glfwGetTime() - now) * 1000.0);
}
}  // namespace pe
