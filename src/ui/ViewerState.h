// What the UI panels read and edit. Panels never act directly: they write requests that the
// app carries out in its frame order (open a file, change the view...).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "core/Settings.h"
#include "geometry/MuscleLines.h"
#include "geometry/PalpationGuide.h"
#include "geometry/PalpationProbe.h"
#include "io/ContentFile.h"
#include "io/LessonFile.h"
#include "io/PalpationContent.h"
#include "io/ViewFile.h"
#include "pose/PoseControls.h"
#include "pose/PosedModel.h"
#include "scene/ClipPlane.h"
#include "scene/OrbitCamera.h"
#include "scene/StructureView.h"

namespace pe {
struct UiRequests {
  std::optional<std::string> openFile;
  std::optional<ViewPreset> viewPreset;
  bool frameAll = false;
  bool frameSelection = false;
  bool alignClipWithView = false;
  std::optional<int> frameStructure;
  bool resetView = false;
  bool quit = false;
  std::array<std::optional<float>, 2> hipFlexion;  // set a hip by hand (left, right)
  std::optional<float> habitus;                    // the body build, -1..1
  bool toggleFlexionCycle = false;
  std::optional<ViewSpec> showView;               // fly to a view (a bookmark, a view file)
  bool addBookmark = false;                       // Ctrl+B: the current view as a new bookmark
  bool bookmarksChanged = false;                  // renamed, deleted or moved: save the file
  std::optional<std::string> openView, saveView;  // view files to read or write
  // Lessons (app/LessonController.cpp).
  std::optional<std::string> openLesson, saveLesson;  // lesson files to read or write
  bool newLesson = false;
  bool discardLessonChanges = false;  // confirmed: open or start another over unsaved edits
  std::optional<int> lessonStep;      // go to this step (from 0)
  bool addLessonStep = false;         // the current view as a new step after this one
  bool updateLessonStepView = false;  // this step shows the current view from now on
  bool deleteLessonStep = false;
  int moveLessonStep = 0;                // -1 earlier, +1 later
  std::optional<int> lessonAnswer;       // an option of a choice or shortens-most task
  std::optional<float> lessonMeasureMm;  // the answer to a length-change task
  bool togglePresenter = false;
};

struct OpenDialogState {
  bool open = false;
  std::string directory;
  std::string selected;
  char pathInput[1024] = {};
};

// A dialog asking for the path of a view file to open or save.
struct ViewFileDialogState {
  bool open = false;
  bool saving = false;
  bool lesson = false;  // a lesson file, not a view
  char path[1024] = {};
};

// The Views panel: named bookmarks kept in the settings folder.
struct BookmarkState {
  BookmarkFile file;
  std::string path;  // empty: not kept (no settings folder)
  int renaming = -1;
  char name[128] = {};
};

// What the class answered at one step.
struct LessonAnswer {
  bool answered = false;
  bool correct = false;
  int attempts = 0;
  std::string feedback;
};

// Presenter mode: full screen, the lesson's text in a projector theme, no panels.
struct PresenterState {
  bool active = false;
  bool blank = false;                           // B: the screen black (white in the light theme)
  bool laser = false;                           // a red pointer at the mouse
  bool pen = false;                             // dragging draws on the view; cleared at each step
  std::vector<std::vector<glm::vec2>> strokes;  // window positions
  double stepStartedAt = 0.0;                   // glfwGetTime() at the step's start
  std::string revealed;  // A: the step's answer, shown to the room; cleared at each step
};

// The lesson open in the Lesson panel.
struct LessonState {
  bool open = false;
  Lesson lesson;
  std::string path;  // empty: not saved yet
  int step = -1;     // shown step; -1 before the first
  bool dirty = false;
  bool editing = false;
  bool focusEditor = false;           // Ctrl+E: the keyboard goes to the step's title once
  std::string status;                 // "Saved to lesson.json."
  std::vector<LessonAnswer> answers;  // one per step
  std::vector<std::string> problems;  // ids the model lacks and the like, for the panel
  struct BuiltInLesson {
    std::string path, title;
  };
  std::vector<BuiltInLesson> builtIn;  // the lessons that come with the app
  // Opening or starting another lesson over unsaved edits waits for the user to confirm.
  std::optional<std::string> pendingOpen;
  bool pendingNew = false;
  int choice = -1;         // the option picked at this step
  float measureMm = 0.0f;  // the number typed at this step
  PresenterState presenter;
  std::vector<std::string> monitors;  // names, for choosing where presenter mode goes
};

// The Palpation tab (issue 12): the guided step shown, how the probe is aimed, what it reads on
// the posed model (app/PalpationController.cpp keeps it up to date while the tab is shown) and
// the text.
struct PalpationState {
  int step = -1;                // the guided step shown (PalpationStep); -1: none chosen yet
  std::optional<int> goToStep;  // the panel asks for a step (again: its view and motion)
  int position = 0;             // kPalpationPositions: on the back, on the side, sitting
  int technique = 0;            // kPalpationTechniques, at the release step
  std::optional<PalpationMarks> marks;  // the ASIS, the navel and the probe on the step's pose
  // The working hip moving by the clock: the foot's lift, a technique (glfwGetTime seconds).
  struct Motion {
    float fromDeg = 0.0f, toDeg = 0.0f, seconds = 0.0f;
    double startedAt = -1.0;  // -1: none
    bool done = true;
  } motion;
  double holdStartedAt = -1.0;            // the static release's countdown; -1: not running
  double clock = 0.0;                     // seconds by the viewer's clock this frame
  std::array<float, 4> nextButtonRect{};  // where "next step" was drawn (window pixels)
  std::vector<LengthChange> lengths;      // what the step's motion does to the psoas and iliacus
  // The muscle's point under the finger when the motion started, and where it is now (mm).
  std::optional<glm::vec3> spotFromMm, spotNowMm;
  std::array<float, 2> fingertip{-1.0f, -1.0f};  // where the fingertip was drawn (window pixels)
  bool draggingPoint = false;
  ProbeAim aim;                             // side, turn toward the spine, tilt
  std::optional<ProbeReading> reading;      // on the model as posed now
  std::string problem;                      // why there is no reading (an id the model lacks)
  std::optional<PalpationContent> content;  // assets/palpation.content.json beside the model
  std::string contentProblem;               // why there is none
  std::array<float, 4> turnSliderRect{};    // where the turn's slider was drawn (window pixels)
};

struct ViewerState {
  Settings settings;
  PosedModel document;
  MuscleMeter muscles;  // the document's muscle lines and length curves
  PoseControls poseControls;
  StructureView structures;
  ClipPlane clip;
  std::optional<Content> content;  // the model's text, when it has a content file
  std::string contentPath;
  char layerSearch[128] = {};
  std::string documentPath;
  std::string errorMessage;  // last problem, shown in a banner until dismissed
  OpenDialogState openDialog;
  ViewFileDialogState viewDialog;
  BookmarkState bookmarks;
  LessonState lesson;
  PalpationState palpation;
  UiRequests requests;
  float frameMilliseconds = 0.0f;
  bool showHelp = false;
  int shownSidebarTab = -1;  // the sidebar tab drawn last frame
};
}  // namespace pe
