#include "ui/OffscreenOverlay.h"

#include <algorithm>

#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>

#include "core/Error.h"
#include "ui/LabelOverlay.h"
#include "ui/UiFont.h"

namespace pe {
OffscreenOverlay::OffscreenOverlay(int imageHeight) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  context_ = ImGui::CreateContext();
  ImGui::SetCurrentContext(context_);
  ImGui::GetIO().IniFilename = nullptr;
  // Readable on a slide: about 1/45 of the image height, never below 14 px.
  loadUiFont(std::max(14.0f, imageHeight / 45.0f));
  if (!ImGui_ImplOpenGL3_Init("#version 330 core")) {
    ImGui::DestroyContext(context_);
    ImGui::SetCurrentContext(previous);
    throw GraphicsError("the ImGui OpenGL backend could not start offscreen");
  }
  ImGui::SetCurrentContext(previous);
}

OffscreenOverlay::~OffscreenOverlay() {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGui_ImplOpenGL3_Shutdown();
  ImGui::DestroyContext(context_);
  ImGui::SetCurrentContext(previous == context_ ? nullptr : previous);
}

std::vector<PlacedLabel> OffscreenOverlay::drawLabels(const std::vector<LabelAnchor>& anchors,
                                                      const StructureIndex& index, int width,
                                                      int height, glm::vec2 modelXRange) {
  std::vector<PlacedLabel> placed;
  draw(width, height, [&](ImDrawList* list) {
    placed = pe::drawLabels(list, anchors, index, glm::vec2(width, height), modelXRange);
  });
  return placed;
}

void OffscreenOverlay::draw(int width, int height, const std::function<void(ImDrawList*)>& paint) {
  ImGuiContext* previous = ImGui::GetCurrentContext();
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(static_cast<float>(width), static_cast<float>(height));
  io.DeltaTime = 1.0f / 60.0f;
  ImGui_ImplOpenGL3_NewFrame();
  ImGui::NewFrame();
  paint(ImGui::GetForegroundDrawList());
  ImGui::Render();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ImGui::SetCurrentContext(previous);
}
}  // namespace pe
