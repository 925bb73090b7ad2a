#include "ui/MessageBanner.h"

#include <imgui.h>

#include "core/KeyBindings.h"

namespace pe {
void drawMessageBanner(ViewerState& state) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                 ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoMove;
  if (!state.errorMessage.empty()) {
    ImGui::SetNextWindowPos(ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + 8),
                            ImGuiCond_Always, ImVec2(0.5f, 0.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.55f, 0.12f, 0.10f, 0.95f));
    ImGui::Begin("##error", nullptr, flags);
    ImGui::PushTextWrapPos(vp->WorkSize.x * 0.7f);
    ImGui::TextUnformatted(state.errorMessage.c_str());
    ImGui::PopTextWrapPos();
    if (ImGui::Button("Dismiss")) state.errorMessage.clear();
    ImGui::End();
    ImGui::PopStyleColor();
  }
  if (state.document.empty()) {
    ImGui::SetNextWindowPos(
        ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
        ImGuiCond_Always, ImVec2(0.5f, 0.5f));
    ImGui::Begin("##hint", nullptr, flags);
    ImGui::TextUnformatted("No model loaded.");
    ImGui::TextUnformatted("Open a glTF file (.gltf, .glb) with File > Open or Ctrl+O,");
    ImGui::TextUnformatted("or drop one on this window.");
    ImGui::End();
  }
}

void drawHelpWindow(ViewerState& state) {
  if (!state.showHelp) return;
  // As wide as its longest line, at most 85% of the window high (then it scrolls), opaque over
  // the sidebar.
  const ImVec2 screen = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(screen.x * 0.9f, screen.y * 0.85f));
  ImGui::SetNextWindowBgAlpha(1.0f);
  if (!ImGui::Begin("Controls", &state.showHelp, ImGuiWindowFlags_AlwaysAutoResize))
    return ImGui::End();
  if (ImGui::BeginTable("controls", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
    for (const MouseControl& m : mouseControls()) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m.gesture);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(m.description);
    }
    for (const KeyBinding& b : keyBindings()) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.keys);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.description);
    }
    ImGui::TableNextColumn();
    ImGui::TextDisabled("Presenter mode");
    ImGui::TableNextColumn();
    for (const PresenterBinding& b : presenterBindings()) {
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.keysText);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(b.description);
    }
    ImGui::EndTable();
  }
  ImGui::End();
}
}  // namespace pe
