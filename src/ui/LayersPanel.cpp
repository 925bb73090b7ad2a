#include "ui/LayersPanel.h"

#include <algorithm>

#include <imgui.h>

namespace pe {
namespace {
void drawStructureRow(ViewerState& state, int s) {
  StructureView& view = state.structures;
  const Structure& st = view.index().structures[s];
  ImGui::PushID(s);
  bool visible = view.structureVisible(s);
  if (ImGui::Checkbox("##visible", &visible)) view.setStructureVisible(s, visible);
  ImGui::SameLine();
  const bool selected = view.selected && *view.selected == s;
  if (ImGui::Selectable(st.name.c_str(), selected, ImGuiSelectableFlags_AllowDoubleClick)) {
    view.selected = s;
    if (ImGui::IsMouseDoubleClicked(0)) state.requests.frameSelection = true;
  }
  if (ImGui::IsItemHovered() && !st.side.empty())
    ImGui::SetTooltip("%s (%s)", st.id.c_str(), st.side.c_str());
  if (selected) {
    float opacity = view.opacity(s);
    ImGui::Indent();
    if (ImGui::SliderFloat("Opacity", &opacity, 0.0f, 1.0f, "%.2f")) view.setOpacity(s, opacity);
    ImGui::Unindent();
  }
  ImGui::PopID();
}
}  // namespace

void drawLayersContents(ViewerState& state) {
  StructureView& view = state.structures;
  if (state.document.empty()) {
    ImGui::TextDisabled("No model loaded.");
    return;
  }
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##search", "Search structures", state.layerSearch,
                           sizeof state.layerSearch);
  if (ImGui::Button("Show all")) view.showAll();
  ImGui::SameLine();
  ImGui::BeginDisabled(!view.selected);
  if (ImGui::Button("Isolate")) {
    view.isolate({*view.selected});
    state.requests.frameAll = true;  // what is left, framed
  }
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::Checkbox("Ghost", &view.ghost);
  for (const char* side : {"left", "right"}) {
    bool shown = view.sideVisible(side);
    ImGui::SameLine();
    if (ImGui::Checkbox(side[0] == 'l' ? "Left" : "Right", &shown))
      view.setSideVisible(side, shown);
  }
  int attachments = static_cast<int>(view.attachments);
  ImGui::SetNextItemWidth(160);
  if (ImGui::Combo("Attachments", &attachments, "Of the selection\0All\0None\0"))
    view.attachments = static_cast<AttachmentDisplay>(attachments);
  ImGui::Separator();
  ImGui::BeginChild("structures");
  const std::string search = state.layerSearch;
  const std::vector<int> matches = view.search(search);
  for (const std::string& layer : view.index().layers) {
    std::vector<int> members;
    for (size_t s = 0; s < view.index().structures.size(); ++s)
      if (view.index().structures[s].layer == layer &&
          (search.empty() ||
           std::find(matches.begin(), matches.end(), static_cast<int>(s)) != matches.end()))
        members.push_back(static_cast<int>(s));
    if (members.empty()) continue;
    ImGui::PushID(layer.c_str());
    bool layerShown = view.layerVisible(layer);
    if (ImGui::Checkbox("##layer", &layerShown)) view.setLayerVisible(layer, layerShown);
    ImGui::SameLine();
    const std::string label = layer + " (" + std::to_string(members.size()) + ")";
    if (!search.empty()) ImGui::SetNextItemOpen(true);
    if (ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (int s : members) drawStructureRow(state, s);
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  ImGui::EndChild();
}
}  // namespace pe
