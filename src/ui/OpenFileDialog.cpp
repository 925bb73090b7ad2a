#include "ui/OpenFileDialog.h"

#include <algorithm>
#include <cstring>
#include <filesystem>

#include <imgui.h>

namespace pe {
namespace {
namespace fs = std::filesystem;

struct Entry {
  std::string name;
  bool directory;
};

bool isModelFile(const fs::path& p) {
  std::string ext = p.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
  return ext == ".gltf" || ext == ".glb";
}

std::vector<Entry> listDirectory(const std::string& dir) {
  std::vector<Entry> out;
  std::error_code ec;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
       !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    std::error_code typeEc;
    if (it->is_directory(typeEc))
      out.push_back({name, true});
    else if (isModelFile(it->path()))
      out.push_back({name, false});
  }
  std::sort(out.begin(), out.end(), [](const Entry& a, const Entry& b) {
    return a.directory != b.directory ? a.directory : a.name < b.name;
  });
  return out;
}

void setPathInput(OpenDialogState& d, const std::string& path) {
  std::strncpy(d.pathInput, path.c_str(), sizeof d.pathInput - 1);
  d.pathInput[sizeof d.pathInput - 1] = '\0';
}
}  // namespace

void drawOpenFileDialog(ViewerState& state) {
  OpenDialogState& d = state.openDialog;
  if (!d.open) return;
  if (d.directory.empty()) {
    std::error_code ec;
    d.directory = !state.settings.ui.lastDirectory.empty() &&
                          fs::is_directory(state.settings.ui.lastDirectory, ec)
                      ? state.settings.ui.lastDirectory
                      : fs::current_path(ec).string();
  }
  ImGui::SetNextWindowSize(ImVec2(560, 420), ImGuiCond_FirstUseEver);
  if (!ImGui::Begin("Open glTF file", &d.open)) return ImGui::End();
  ImGui::TextWrapped("%s", d.directory.c_str());
  if (ImGui::Button("Up")) {
    d.directory = fs::path(d.directory).parent_path().string();
    if (d.directory.empty()) d.directory = "/";
  }
  ImGui::BeginChild("entries", ImVec2(0, -ImGui::GetFrameHeightWithSpacing() * 2), true);
  std::string enter;
  for (const Entry& e : listDirectory(d.directory)) {
    const std::string label = e.directory ? "[dir] " + e.name : e.name;
    if (ImGui::Selectable(label.c_str(), d.selected == e.name,
                          ImGuiSelectableFlags_AllowDoubleClick)) {
      d.selected = e.name;
      if (!e.directory) setPathInput(d, (fs::path(d.directory) / e.name).string());
      if (ImGui::IsMouseDoubleClicked(0)) {
        if (e.directory)
          enter = e.name;
        else
          state.requests.openFile = (fs::path(d.directory) / e.name).string();
      }
    }
  }
  ImGui::EndChild();
  if (!enter.empty()) {
    d.directory = (fs::path(d.directory) / enter).string();
    d.selected.clear();
  }
  ImGui::InputText("File", d.pathInput, sizeof d.pathInput);
  ImGui::SameLine();
  if (ImGui::Button("Open") && d.pathInput[0]) state.requests.openFile = std::string(d.pathInput);
  if (state.requests.openFile) {
    state.settings.ui.lastDirectory = d.directory;
    d.open = false;
  }
  ImGui::End();
}
}  // namespace pe
