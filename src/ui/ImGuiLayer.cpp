#include "ui/ImGuiLayer.h"

#include <algorithm>
#include <filesystem>

#include <GLFW/glfw3.h>
#ifdef __EMSCRIPTEN__
#include <emscripten/html5.h>
#endif

#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/Log.h"
#include "ui/UiFont.h"

namespace pe {
ImGuiLayer::ImGuiLayer(GLFWwindow* window, const std::string& layoutPath)
    : layoutPath_(layoutPath) {
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // we read and write it ourselves, atomically
  std::error_code ec;
  if (!layoutPath_.empty() && std::filesystem::exists(layoutPath_, ec)) {
    try {
      std::string ini = readWholeFile(layoutPath_, 1 << 20);
      ImGui::LoadIniSettingsFromMemory(ini.data(), ini.size());
    } catch (const FileError& e) {
      logWarning(std::string(e.what()) + " (window layout reset)");
    }
  }
  // Text and spacing follow the monitor's content scale (HiDPI: 2 on a 4K laptop panel).
  // In the browser, the page sizes the canvas in device pixels: the scale is the page's.
#ifdef __EMSCRIPTEN__
  const float yScale = static_cast<float>(emscripten_get_device_pixel_ratio());
#else
  float xScale = 1.0f, yScale = 1.0f;
  glfwGetWindowContentScale(window, &xScale, &yScale);
#endif
  contentScale_ = std::clamp(yScale, 1.0f, 4.0f);
  loadUiFonts(kUiFontPixels * contentScale_);
  ImGui::StyleColorsDark();
  ImGui::GetStyle().WindowRounding = 4.0f;
  ImGui::GetStyle().ScaleAllSizes(contentScale_);
  ImGui_ImplGlfw_InitForOpenGL(window, true);
#ifdef __EMSCRIPTEN__
  ImGui_ImplOpenGL3_Init("#version 300 es");
#else
  ImGui_ImplOpenGL3_Init("#version 330 core");
#endif
}

ImGuiLayer::~ImGuiLayer() {
  try {
    saveLayoutIfChanged(true);
  } catch (const FileError& e) {
    logWarning(e.what());
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
}

void ImGuiLayer::beginFrame(float fontScale, bool presenting) {
  if (presenting && loadPresenterFonts()) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui::GetIO().FontGlobalScale = fontScale;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  ImGui::NewFrame();
}

void ImGuiLayer::endFrame() {
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void ImGuiLayer::saveLayoutIfChanged(bool force) {
  ImGuiIO& io = ImGui::GetIO();
  if (layoutPath_.empty() || (!force && !io.WantSaveIniSettings)) return;
  size_t size = 0;
  const char* ini = ImGui::SaveIniSettingsToMemory(&size);
  io.WantSaveIniSettings = false;
  makeDirectories(std::filesystem::path(layoutPath_).parent_path().string());
  writeFileAtomically(layoutPath_, std::string(ini, size));
}

bool ImGuiLayer::wantsMouse() const {
  return ImGui::GetIO().WantCaptureMouse;
}
bool ImGuiLayer::wantsKeyboard() const {
  return ImGui::GetIO().WantCaptureKeyboard;
}
}  // namespace pe
