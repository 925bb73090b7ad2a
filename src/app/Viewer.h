// The interactive viewer's frame loop over a GLFW window: poll, panels, input, requests,
// animation, draw the scene (only when it changed), draw the panels, swap.
#pragma once
#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/CameraController.h"
#include "app/DocumentLoader.h"
#include "app/SceneKey.h"
#include "core/KeyBindings.h"
#include "geometry/LabelAnchors.h"
#include "geometry/PalpationProbe.h"
#include "geometry/ThighDrag.h"
#include "render/SceneRenderer.h"
#include "render/ViewportPresenter.h"
#include "ui/ImGuiLayer.h"

struct GLFWwindow;

namespace pe {
class Viewer {
 public:
  Viewer(GLFWwindow* window, ViewerState& state, const std::string& configDir);

  // Opens a model; a broken one leaves the current one and says why in the banner.
  void open(const std::string& path, ModelLoading loading = {});
  // Applies a view: posing, showing and the camera, flown to over at most `seconds`.
  void showView(const ViewSpec& view, float seconds);
  // The view shown now, every field given.
  ViewSpec currentView() const;
  // Runs until the window closes (or maxFrames frames). Returns the exit code.
  int run(int maxFrames);
  // Opens a lesson in the Lesson tab at a step (from 0), flying to its view unless `showStep`
  // is false (the view is shown already); with `present`, in presenter mode.
  void openLesson(const std::string& path, int step = 0, bool present = false,
                  bool showStep = true);
  // Draws the scene as shown (without panels) at the window's size into an image file.
  void capture(const std::string& pngPath);

  std::vector<std::string> droppedFiles;  // filled by the window's drop callback
  struct KeyEvent {
    int key, mods;
    bool repeat;
  };
  std::vector<KeyEvent> keyEvents;  // presses since the last frame, from the key callback
  bool inputSeen = false;           // any input since the last frame (the browser's loop)

#ifdef __EMSCRIPTEN__
  // Browser.cpp: the browser's side of the viewer (issue 16).
  // Hands the frame loop to the browser (one call per animation frame); does not return.
  [[noreturn]] void runInBrowser();
  // One animation frame: drawn when something changed, as the desktop loop would wake up.
  void browserFrame();
  // The test hook's and the page's ways in: select a structure, the Info text, the state.
  bool selectStructure(const std::string& id);
  std::string infoText() const;
  void setBrowserFullscreen(bool on);
  void fullscreenChanged(bool on);  // the browser entered or left full screen
  void typeBackspace() {            // an on-screen keyboard's: down for one frame
    ++backspaces_;
    inputSeen = true;
  }
  void offerDownload(const std::string& path);  // a file saved in the page, to keep
  float cameraDistance() const {
    return controller_.camera.pose.distance;
  }
  glm::vec3 cameraEye() const {
    return controller_.camera.eye();
  }
  float viewLeft() const {
    return viewLeft_;
  }  // the sidebar's width, window pixels
  bool moving() const {
    return wasMoving_ || busy();
  }
  void persist();  // the settings file, and the settings folder into the browser's storage
  void touchGesture(int fingers, glm::vec2 centre, float spread, bool started);
  ViewerState& state() {
    return state_;
  }
  bool firstFrameShown() const {
    return !firstFrame_;
  }
  bool prepared() const {
    return preparation_.picker() != nullptr;
  }  // picking BVHs ready
#endif

 private:
  bool animating() const;
  bool busy() const;  // something moves, or ImGui's layout is settling
  void waitForEvents(bool keepDrawing);
  void frame();  // one frame: panels, input, requests, pose, scene, swap
  // The aspect of the part of the window the view has to itself (right of the sidebar).
  float aspect() const;
  void updateViewArea();
  glm::vec2 windowSize() const;
  void drawUi();
  void advancePose(float dt);
  // ViewerInput.cpp: the mouse and the key table.
  bool applyInput();
  // Whether the key was pressed since the last frame with exactly these modifiers (Ctrl,
  // Shift); held keys repeating count when `repeat`.
  bool keyPressed(int key, bool ctrl, bool shift, bool repeat) const;
  void perform(Action action);
  void performLessonAction(Action action);
  void hoverAndSelect();
  std::optional<RayHit> pickUnderCursor(glm::vec2 cursor) const;
  std::optional<ThighDrag> startDragAt(glm::vec2 cursor) const;
  // Viewer.cpp: what the panels asked for.
  void applyRequests();
  void applyViewRequests(UiRequests& r);
  void frameRequested(UiRequests& r);
  void updateLabelAnchors();
  // Logs problems and shows the first in the banner ("... (and 2 more)").
  void showProblems(const std::vector<std::string>& problems, const std::string& what);
  // LessonController.cpp: showing, answering and editing the lesson.
  void applyLessonRequests(UiRequests& r);
  std::vector<std::string> lessonProblems(const Lesson& lesson) const;  // against the model
  void editLesson(UiRequests& r);
  void saveLesson(const std::string& path);
  void answerLesson(UiRequests& r);
  void goToStep(int step);
  void checkPickedAnswer();
  // PalpationController.cpp: the Palpation tab's probe on the posed model.
  void updatePalpation();
  void showPalpationStep(int step);  // its view, marks and motion
  void dragPalpationPoint(glm::vec2 cursor);
  static constexpr float kPalpationFlightSeconds = 0.6f;
  static constexpr float kFingertipGrabPixels = 24.0f;
  bool palpationShown() const;  // the Palpation tab is shown with a reading
  // Presenter.cpp: presenter mode's window, keys, pointer and pen.
  void setPresenter(bool on);
  bool applyPresenterInput();
  void listMonitors();
  void drawFrame(bool moving);
  void saveLayout();
  void saveBookmarks();

  static constexpr double kRefineDelaySeconds = 0.25;
  GLFWwindow* window_;
  ViewerState& state_;
  ImGuiLayer ui_;
  bool firstFrame_ = true;
  SceneRenderer renderer_;
  ViewportPresenter presenter_;
  CameraController controller_;
  BackgroundPreparation preparation_;
  SceneKey lastKey_;
  bool refinePending_ = false;
  double changedAt_ = 0.0;
  std::optional<ThighDrag> thighDrag_;
  std::array<float, 3> lastHips_{0.0f, 0.0f, 0.0f};  // both hips and the body build
  std::vector<LabelTarget> labelTargets_;
  // The Palpation tab: the scene posed for the probe, what it was posed and aimed with, what was
  // logged last.
  struct PalpationPoseKey {
    float left = 0.0f, right = 0.0f, habitus = 0.0f, time = 0.0f;
    int clip = -1, scene = -1;
    bool habitusSet = false;
    bool operator==(const PalpationPoseKey& o) const {
      return left == o.left && right == o.right && habitus == o.habitus && time == o.time &&
             clip == o.clip && scene == o.scene && habitusSet == o.habitusSet;
    }
  };
  std::unique_ptr<PalpationScene> palpationScene_;
  Pose palpationStartPose_;         // where the step's motion started (the muscle's point follows)
  double palpationPosedAt_ = -1e9;  // when the probe's scene was last posed (seconds)
  static constexpr double kPalpationRepose = 0.1;
  const Model* palpationModel_ = nullptr;
  PalpationPoseKey palpationKey_;
  ProbeAim palpationAim_;
  std::string palpationSaid_, palpationSliderSaid_;
  std::vector<LabelAnchor> labelAnchors_;
  std::optional<int> lastSelected_;     // to notice a click that answers a task
  std::array<int, 4> windowedFrame_{};  // position and size before presenter mode
  int reframeFrames_ = 0;  // frames left to fit the lesson step's camera to a new window size
  float viewLeft_ = 0.0f;  // window pixels at the left covered by the sidebar or presenter text
  double monitorsListedAt_ = -1e9;
  bool wasMoving_ = false;  // the last frame moved the camera or the pose
  int framesToDraw_ = 2;    // frames still to draw before idling
  double lastFrameAt_ = 0.0;
#ifdef __EMSCRIPTEN__
  double browserTickAt_ = 0.0;  // the last idle wake-up (sharp frame, cursor, timer)
  double persistedAt_ = 0.0;
  std::string persistedSettings_;
  std::string persistedFolder_;  // the settings folder's files when last copied to storage
  int backspaces_ = 0;           // on-screen keyboard backspaces not yet given to ImGui
  bool backspaceDown_ = false;   // the first of them is down this frame
  bool textInputShown_ = false;  // the page has been told a text field has the keyboard
  int gestureFingers_ = 0;
  glm::vec2 gestureCentre_{0.0f};
  float gestureSpread_ = 0.0f;
#endif
};
}  // namespace pe
