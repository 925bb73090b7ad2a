// The browser's side of the viewer (issue 16), compiled only into the WebAssembly build: the
// frame loop handed to the browser, input that wakes it, two-finger gestures, full screen,
// settings kept in the browser's storage, and the functions the page calls (open a file, keep
// the settings, the test hook's select and read-back).
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>

#include <nlohmann/json.hpp>

#include <cmath>
#include <filesystem>

#include "app/Viewer.h"
#include "core/AtomicFile.h"
#include "core/ConfigPaths.h"
#include "core/Error.h"
#include "core/Log.h"
#include "core/SettingsFile.h"
#include "ui/InfoPanel.h"
#include "ui/Sidebar.h"

namespace pe {
namespace {
Viewer* theViewer = nullptr;

// ImGui's callbacks, chained: any input wakes the idle loop, as glfwWaitEvents does.
GLFWcursorposfun imguiCursor = nullptr;
GLFWmousebuttonfun imguiButton = nullptr;
GLFWscrollfun imguiScroll = nullptr;
GLFWcharfun imguiChar = nullptr;

GLFWwindow* theWindow = nullptr;

void wake() {
  if (theViewer) theViewer->inputSeen = true;
}
void onCursor(GLFWwindow* w, double x, double y) {
  if (imguiCursor) imguiCursor(w, x, y);
  wake();
}
void onButton(GLFWwindow* w, int button, int action, int mods) {
  if (imguiButton) imguiButton(w, button, action, mods);
  wake();
}
void onScroll(GLFWwindow* w, double x, double y) {
  if (imguiScroll) imguiScroll(w, x, y);
  wake();
}
void onChar(GLFWwindow* w, unsigned int c) {
  if (imguiChar) imguiChar(w, c);
  wake();
}
void onSize(GLFWwindow*, int, int) {
  wake();
}

// The page offers a file written here as a download (page.js).
EM_JS(void, downloadFile, (const char* path), { Module.peDownload(UTF8ToString(path)); });

// Copies the settings folder (an IndexedDB-backed file system, mounted by the page) into the
// browser's storage (page.js: one copy at a time).
EM_JS(void, syncStorage, (), { Module.peSync(); });
EM_JS(void, requestFullscreen, (int on), { Module.peFullscreen(on); });
EM_JS(void, pickFile, (), { Module.pePickFile(); });
EM_JS(void, markStarted, (), { Module.peStarted = true; });
EM_JS(void, textInputWanted, (int on), { Module.peTextInput(on); });

// What the settings folder holds, by name, size and time: a copy is made when it changes.
std::string folderState(const std::string& dir) {
  std::string out;
  std::error_code ec;
  for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    std::error_code e2;
    out +=
        it->path().filename().string() + ":" + std::to_string(it->file_size(e2)) + ":" +
        std::to_string(static_cast<long long>(it->last_write_time(e2).time_since_epoch().count())) +
        ";";
  }
  return out;
}
}  // namespace

void Viewer::runInBrowser() {
  theViewer = this;
  theWindow = window_;
  imguiCursor = glfwSetCursorPosCallback(window_, &onCursor);
  imguiButton = glfwSetMouseButtonCallback(window_, &onButton);
  imguiScroll = glfwSetScrollCallback(window_, &onScroll);
  imguiChar = glfwSetCharCallback(window_, &onChar);
  glfwSetWindowSizeCallback(window_, &onSize);
  framesToDraw_ = 2;
  lastFrameAt_ = glfwGetTime();
  persistedSettings_ = serializeSettings(state_.settings);
  markStarted();
  emscripten_set_main_loop_arg([](void* v) { static_cast<Viewer*>(v)->browserFrame(); }, this, 0,
                               1);
  std::abort();  // not reached: the call above hands the thread to the browser
}

void Viewer::browserFrame() {
  const double now = glfwGetTime();
  // (The preparation of a new model runs between two frames, so frames go on until it has.)
  bool wakeUp = std::exchange(inputSeen, false) || !keyEvents.empty() || !droppedFiles.empty() ||
                preparation_.pending() || backspaces_ > 0;
  // What glfwWaitEventsTimeout wakes the desktop loop for.
  if (refinePending_ && now - changedAt_ >= kRefineDelaySeconds) wakeUp = true;
  const double tick = state_.lesson.presenter.active ? 1.0 : 0.5;
  if ((state_.lesson.presenter.active || ImGui::GetIO().WantTextInput) &&
      now - browserTickAt_ >= tick)
    wakeUp = true, browserTickAt_ = now;
  // The settings are kept as they change (a page has no "quit").
  if (now - persistedAt_ > 2.0) persist();
  // Opening a model, a view or a lesson is the browser's file picker (the page opens what is
  // picked); saving keeps the dialog, for the name, and offers the file as a download.
  const bool openingView = state_.viewDialog.open && !state_.viewDialog.saving;
  if (state_.openDialog.open || openingView) {
    state_.openDialog.open = false;
    if (openingView) state_.viewDialog.open = false;
    pickFile();
  }
  const bool keepDrawing = busy();
  if (!keepDrawing && !wakeUp) return;
  if (!keepDrawing) framesToDraw_ = 2;
  // What stops the desktop viewer (its catch in runViewer) must not freeze the page: the frame
  // is dropped with a message, and the next one draws.
  // An on-screen keyboard's backspaces: the key down for a frame, then up for one, each.
  ImGuiIO& io = ImGui::GetIO();
  if (backspaceDown_) {
    io.KeysDown[GLFW_KEY_BACKSPACE] = backspaceDown_ = false;
    --backspaces_;
  } else if (backspaces_ > 0) {
    io.KeysDown[GLFW_KEY_BACKSPACE] = backspaceDown_ = true;
  }
  try {
    frame();
    // A text field has the keyboard: the page shows the on-screen one after a touch.
    if (io.WantTextInput != textInputShown_) {
      textInputShown_ = io.WantTextInput;
      textInputWanted(textInputShown_ ? 1 : 0);
    }
  } catch (const std::exception& e) {
    logError(std::string("a frame failed: ") + e.what());
    state_.errorMessage = std::string("Something went wrong: ") + e.what();
    ImGui::EndFrame();
  }
}

void Viewer::persist() {
  persistedAt_ = glfwGetTime();
  const std::string text = serializeSettings(state_.settings);
  if (text != persistedSettings_ && !configDirectory().empty()) {
    try {
      makeDirectories(configDirectory());
      saveSettingsFile(configDirectory() + "/settings.ini", state_.settings);
      persistedSettings_ = text;
    } catch (const FileError& e) {
      logWarning(e.what());
    }
  }
  // Also the bookmarks and the window layout, written as they change.
  const std::string folder = folderState(configDirectory());
  if (folder != persistedFolder_) {
    persistedFolder_ = folder;
    syncStorage();
  }
}

void Viewer::offerDownload(const std::string& path) {
  downloadFile(path.c_str());
}

bool Viewer::selectStructure(const std::string& id) {
  if (state_.document.empty()) return false;
  const int index = state_.structures.index().find(id);
  if (index < 0) return false;
  state_.structures.selected = index;
  state_.settings.ui.sidebarTab = kInfoTab, state_.settings.ui.showSidebar = true;
  inputSeen = true;
  return true;
}

std::string Viewer::infoText() const {
  return infoPlainText(state_);
}

// Presenter mode's full screen is the browser's: the page asks for it (browsers allow it only
// in answer to a key press or a click, which is when presenter mode starts).
void Viewer::setBrowserFullscreen(bool on) {
  requestFullscreen(on ? 1 : 0);
}

void Viewer::fullscreenChanged(bool on) {
  if (!on && state_.lesson.presenter.active) setPresenter(false);
  inputSeen = true;
}

// Two fingers: pinching zooms about their centre, moving them together pans. (One finger
// reaches GLFW as the left mouse button: it orbits, and a tap picks.)
void Viewer::touchGesture(int fingers, glm::vec2 centre, float spread, bool started) {
  inputSeen = true;
  // The first finger's press ends as two fingers land: not a click that picks.
  if (fingers >= 2 && started) ImGui::GetIO().MouseDragMaxDistanceSqr[0] = 1e6f;
  if (fingers < 2 || started || gestureFingers_ < 2) {
    gestureFingers_ = fingers, gestureCentre_ = centre, gestureSpread_ = spread;
    return;
  }
  const glm::vec2 viewport = windowSize();
  if (gestureSpread_ > 1.0f && spread > 1.0f) {
    const float ratio = spread / gestureSpread_;
    const float step = std::log(std::max(state_.settings.camera.zoomStepFactor, 1.0001f));
    controller_.wheel(std::log(ratio) / step, centre, viewport);
  }
  controller_.panDrag(centre - gestureCentre_, viewport);
  gestureCentre_ = centre, gestureSpread_ = spread;
}
}  // namespace pe

// The page's ways in (src/web/page.js), by name from JavaScript.
extern "C" {
EMSCRIPTEN_KEEPALIVE int pe_select(const char* id) {
  return pe::theViewer && pe::theViewer->selectStructure(id) ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* pe_info_text() {
  static std::string text;
  text = pe::theViewer ? pe::theViewer->infoText() : std::string();
  return text.c_str();
}

// A file the page wrote into the file system (picked or dropped): a model, a view or a lesson.
EMSCRIPTEN_KEEPALIVE void pe_open(const char* path) {
  if (!pe::theViewer) return;
  pe::theViewer->droppedFiles.push_back(path);
  pe::theViewer->inputSeen = true;
}

// The scene as shown, without the panels, at the canvas' size, as a PNG file (the test hook
// compares it with the desktop viewer's --capture).
EMSCRIPTEN_KEEPALIVE int pe_capture(const char* path) {
  if (!pe::theViewer) return 0;
  pe::theViewer->inputSeen = true;  // the canvas is drawn again after the offscreen picture
  try {
    pe::theViewer->capture(path);
    return 1;
  } catch (const std::exception& e) {
    pe::logError(e.what());
    return 0;
  }
}

EMSCRIPTEN_KEEPALIVE void pe_persist() {
  if (pe::theViewer) pe::theViewer->persist();
}

EMSCRIPTEN_KEEPALIVE int pe_unsaved() {
  return pe::theViewer && pe::theViewer->state().lesson.dirty ? 1 : 0;
}

// Text from the page's hidden field (an on-screen keyboard), and its backspaces.
EMSCRIPTEN_KEEPALIVE void pe_text(const char* utf8) {
  ImGui::GetIO().AddInputCharactersUTF8(utf8);
  pe::wake();
}

EMSCRIPTEN_KEEPALIVE void pe_backspace() {
  if (pe::theViewer) pe::theViewer->typeBackspace();
}

EMSCRIPTEN_KEEPALIVE void pe_fullscreen(int on) {
  if (pe::theViewer) pe::theViewer->fullscreenChanged(on != 0);
}

// The wheel, in notches (up positive), from the page: Emscripten's GLFW passes the browser's
// raw pixel deltas with the sign of scrolling down.
EMSCRIPTEN_KEEPALIVE void pe_scroll(double x, double y) {
  if (pe::theWindow && pe::imguiScroll) pe::imguiScroll(pe::theWindow, x, y);
  pe::wake();
}

EMSCRIPTEN_KEEPALIVE void pe_touch(int fingers, float x, float y, float spread, int started) {
  if (pe::theViewer) pe::theViewer->touchGesture(fingers, {x, y}, spread, started != 0);
}

// What the page and its tests read back: the lesson step, the selection, the frame time, the
// palpation's step and the first muscle its probe reaches.
EMSCRIPTEN_KEEPALIVE const char* pe_status() {
  static std::string text;
  if (!pe::theViewer) return "{}";
  const pe::ViewerState& s = pe::theViewer->state();
  const auto& structures = s.structures;
  const std::string selected =
      structures.selected ? structures.index().structures[*structures.selected].id : "";
  const glm::vec3 eye = pe::theViewer->cameraEye();
  const nlohmann::json status = {
      {"model", s.documentPath},
      {"selected", selected},
      {"lesson", s.lesson.open ? s.lesson.lesson.title : ""},
      {"step", s.lesson.step + 1},
      {"presenting", s.lesson.presenter.active},
      {"labels", s.settings.ui.showLabels},
      {"distance", pe::theViewer->cameraDistance()},
      {"eye", {eye.x, eye.y, eye.z}},
      {"viewLeft", pe::theViewer->viewLeft()},
      {"search", std::string(s.layerSearch)},
      {"moving", pe::theViewer->moving()},
      {"shown", pe::theViewer->firstFrameShown()},
      {"prepared", pe::theViewer->prepared()},
      {"frameMs", s.frameMilliseconds},
      {"palpationStep", s.palpation.step + 1},
      {"firstMuscle", s.palpation.reading ? s.palpation.reading->firstMuscle : std::string()},
      {"error", s.errorMessage}};
  // Text the app holds may be cut inside a UTF-8 sequence: replaced, not thrown.
  text = status.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return text.c_str();
}
}
