// Dear ImGui set up over a GLFW window with the OpenGL 3 backend; its window layout is kept
// in the config folder and written atomically.
#pragma once
#include <string>

struct GLFWwindow;

namespace pe {
class ImGuiLayer {
 public:
  // layoutPath: where the window layout is read from and saved to ("" keeps it in memory).
  ImGuiLayer(GLFWwindow* window, const std::string& layoutPath);
  ~ImGuiLayer();
  ImGuiLayer(const ImGuiLayer&) = delete;
  ImGuiLayer& operator=(const ImGuiLayer&) = delete;

  // `presenting`: presenter mode's large faces are loaded (once) before the frame starts.
  void beginFrame(float fontScale, bool presenting = false);
  void endFrame();  // draws the UI into the current framebuffer
  // Writes the layout when ImGui asks for it; throws FileError on failure.
  void saveLayoutIfChanged(bool force);
  bool wantsMouse() const;
  bool wantsKeyboard() const;
  // The monitor's content scale the UI was made for (1 on most screens, 2 on HiDPI).
  float contentScale() const { return contentScale_; }

 private:
  std::string layoutPath_;
  float contentScale_ = 1.0f;
};
}  // namespace pe
