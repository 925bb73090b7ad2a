#include "ui/UiFont.h"

#include <filesystem>

#include <imgui.h>

namespace pe {
void loadUiFont(float pixels) {
  ImGuiIO& io = ImGui::GetIO();
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x2044, 0x2190, 0x2193, 0};
  const char* path = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
  std::error_code ec;
  if (std::filesystem::is_regular_file(path, ec) &&
      io.Fonts->AddFontFromFileTTF(path, pixels, nullptr, kRanges))
    return;
  io.Fonts->AddFontDefault();
}
}  // namespace pe
