#include "app/ViewerApp.h"

#include <GLFW/glfw3.h>

#include <filesystem>
#include <memory>

#include "app/ModelLocator.h"
#include "app/PalpationOptions.h"
#include "app/ViewApply.h"
#include "app/Viewer.h"
#include "core/AtomicFile.h"
#include "core/ConfigPaths.h"
#include "core/Error.h"
#include "core/Log.h"
#include "core/SettingsFile.h"
#include "ui/Sidebar.h"

namespace pe {
namespace {
void onDrop(GLFWwindow* window, int count, const char** paths) {
  auto* viewer = static_cast<Viewer*>(glfwGetWindowUserPointer(window));
  for (int i = 0; i < count; ++i) viewer->droppedFiles.push_back(paths[i]);
}

// Key presses are kept as events for the frame loop (Viewer::keyEvents): a quick tap, as a
// presentation clicker sends, is pressed and released between two frames, and the key state
// ImGui samples once a frame would miss it. ImGui's own handler runs first.
GLFWkeyfun imguiKeyCallback = nullptr;
void onKey(GLFWwindow* window, int key, int scancode, int action, int mods) {
  if (imguiKeyCallback) imguiKeyCallback(window, key, scancode, action, mods);
  auto* viewer = static_cast<Viewer*>(glfwGetWindowUserPointer(window));
  if (viewer && action != GLFW_RELEASE)
    viewer->keyEvents.push_back({key, mods, action == GLFW_REPEAT});
}

void onGlfwError(int code, const char* description) {
  logDebug("GLFW error " + std::to_string(code) + ": " + description);
}

// The bookmarks of the Views panel; a damaged line is reported and kept in the file.
void loadBookmarks(ViewerState& state, const std::string& configDir) {
  if (configDir.empty()) return;
  state.bookmarks.path = configDir + "/views.jsonl";
  std::error_code ec;
  if (!std::filesystem::exists(state.bookmarks.path, ec)) return;
  std::vector<std::string> problems;
  try {
    state.bookmarks.file = readBookmarkFile(state.bookmarks.path, problems);
  } catch (const FileError& e) {
    problems.push_back(e.what());
  }
  for (const std::string& p : problems) logWarning(p);
  if (!problems.empty()) state.errorMessage = "Bookmarks: " + problems.front();
}

// A lesson edited and not saved is written beside the settings when the viewer closes, so
// quitting never loses it; the log says where.
void keepUnsavedLesson(const LessonState& lesson, const std::string& configDir) {
  if (!lesson.open || !lesson.dirty) return;
  const std::string path =
      (configDir.empty() ? std::string(".") : configDir) + "/unsaved-lesson.json";
  try {
    if (!configDir.empty()) makeDirectories(configDir);
    writeLessonFile(path, lesson.lesson);
    logWarning("the lesson had unsaved changes: kept in " + path);
  } catch (const FileError& e) {
    logError(std::string("the lesson's unsaved changes could not be kept: ") + e.what());
  }
}

// The lessons that come with the app, by title; one that does not read is left out (the Lesson
// tab opens any file).
void listBuiltInLessons(LessonState& lesson) {
  for (const std::string& path : builtInLessonPaths()) {
    try {
      std::vector<std::string> warnings;
      lesson.builtIn.push_back({path, readLessonFile(path, warnings).title});
    } catch (const FileError& e) {
      logWarning(e.what());
    }
  }
}

// The view to start with: the command line's over the settings' labels and tint.
ViewSpec startView(const CommandLine& cl, const Settings& settings) {
  ViewSpec base;
  base.labels = settings.ui.showLabels;
  base.contraction = settings.pose.contractionTint;
  return overlayView(base, viewFromCommandLine(cl));
}

// An OpenGL 3.3 core window at the size asked for, else the one kept in the settings.
GLFWwindow* createWindow(const CommandLine& cl, const Settings& settings) {
  glfwSetErrorCallback(&onGlfwError);
  if (!glfwInit()) {
    logError("cannot open a window: no display found (use --screenshot to render without one)");
    return nullptr;
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  // Without a size of its own, the window opens at about 80% of the monitor.
  int width = settings.window.width, height = settings.window.height;
  if (width <= 0 || height <= 0) {
    width = 1280, height = 800;
    if (GLFWmonitor* monitor = glfwGetPrimaryMonitor())
      if (const GLFWvidmode* mode = glfwGetVideoMode(monitor))
        width = mode->width * 4 / 5, height = mode->height * 4 / 5;
  }
  GLFWwindow* window = glfwCreateWindow(cl.width.value_or(width), cl.height.value_or(height),
                                        "Psoas Explorer", nullptr, nullptr);
  if (!window) {
    glfwTerminate();
    logError("cannot create an OpenGL 3.3 window");
  }
  return window;
}
}  // namespace

int runViewer(const CommandLine& cl) {
  // On the heap: in the browser the frame loop outlives this function (Viewer::runInBrowser),
  // and the stack it ran on is reused.
  auto owned = std::make_unique<ViewerState>();
  ViewerState& state = *owned;
  const std::string configDir = cl.noSettings ? "" : configDirectory();
  const std::string settingsPath = configDir.empty() ? "" : configDir + "/settings.ini";
  std::vector<std::string> problems;
  if (!settingsPath.empty()) state.settings = loadSettingsFile(settingsPath, problems);
  for (const std::string& p : problems) logWarning(p);
  if (!problems.empty())
    state.errorMessage = "Settings: " + problems.front() + " (other settings kept)";

  // The model loads while the window, the GL context and the UI start.
  const std::string path = cl.file.empty() ? bundledModelPath() : cl.file;
  ModelLoading loading;
  if (!path.empty()) loading = loadModelAsync(path);
  GLFWwindow* window = createWindow(cl, state.settings);
  if (!window) return 1;
  logDebug("window open after " + std::to_string(millisecondsSinceStart()) + " ms");
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  int code = 0;
  loadBookmarks(state, configDir);
  const bool sizeGiven = cl.width.has_value();
  try {
    auto ownedViewer = std::make_unique<Viewer>(window, state, configDir);
    Viewer& viewer = *ownedViewer;
    glfwSetWindowUserPointer(window, &viewer);
    glfwSetDropCallback(window, &onDrop);
    imguiKeyCallback = glfwSetKeyCallback(window, &onKey);
    if (!path.empty()) viewer.open(path, std::move(loading));
    logDebug("model shown after " + std::to_string(millisecondsSinceStart()) + " ms");
    listBuiltInLessons(state.lesson);
    try {
      viewer.showView(startView(cl, state.settings), 0.0f);
    } catch (const FileError& e) {
      logError(e.what());
      state.errorMessage = e.what();
    }
    if (!cl.lesson.empty())
      viewer.openLesson(cl.lesson, cl.step.value_or(1) - 1, cl.present, false);
    if (const auto& o = cl.palpation; o.step) {  // the Palpation tab at that step
      state.settings.ui.showSidebar = true;
      state.settings.ui.sidebarTab = kPalpationTab;
      PalpationState& p = state.palpation;
      p.goToStep = *o.step;
      setPalpationFrom(o, p);
    }
#ifdef __EMSCRIPTEN__
    // The page keeps them until it closes.
    static_cast<void>(owned.release()), static_cast<void>(ownedViewer.release());
#endif
    code = viewer.run(cl.frames);
    if (!cl.capture.empty()) viewer.capture(cl.capture);
    if (!cl.saveView.empty()) writeViewFile(cl.saveView, viewer.currentView());
  } catch (const GraphicsError& e) {
    logError(e.what());
    code = 1;
  } catch (const FileError& e) {
    logError(e.what());
    code = 1;
  } catch (const std::exception& e) {
    // Whatever went wrong, what the user made is kept below: the lesson and the settings.
    logError(std::string("the viewer stopped: ") + e.what());
    code = 1;
  }
  keepUnsavedLesson(state.lesson, configDir);
  // A size given for this run (--size) is not kept as the window's size.
  if (!sizeGiven)
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
