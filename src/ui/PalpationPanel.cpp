#include "ui/PalpationPanel.h"

#include <imgui.h>

#include <cstdio>
#include <map>

#include "ui/PosePanel.h"

namespace pe {
namespace {
constexpr float kSupineHipsDeg = 45.0f;
const ImVec4 kWarning(1.0f, 0.62f, 0.25f, 1.0f), kMuscle(1.0f, 0.45f, 0.4f, 1.0f);

// "[1, 3]": where the entry's sources stand in the file's numbered list.
std::string cited(const PalpationContent& content, const std::vector<std::string>& keys) {
  std::map<std::string, int> number;
  int n = 0;
  for (const auto& [key, text] : content.sources) number[key] = ++n;
  std::string out;
  for (const auto& k : keys) out += (out.empty() ? "[" : ", ") + std::to_string(number[k]);
  return out.empty() ? out : out + "]";
}

void entry(const PalpationContent& c, const PalpationEntry& e) {
  if (!e.title.empty()) ImGui::TextUnformatted(e.title.c_str());
  ImGui::TextWrapped("%s %s", e.text.c_str(), cited(c, e.sources).c_str());
  ImGui::Spacing();
}

std::string layerName(const ViewerState& state, const std::string& id) {
  if (id == "subcutaneous_fat") return "Subcutaneous fat";
  if (id == "extraperitoneal_space") return "Space behind the wall (not modelled)";
  const Content* content = state.content ? &*state.content : nullptr;
  if (content)
    if (const StructureContent* s = content->find(id); s && !s->name.empty()) return s->name;
  return state.structures.index().nameOf(id);
}

void aimControls(ViewerState& state) {
  PalpationState& p = state.palpation;
  const PosedModel& doc = state.document;
  if (doc.hasHipRig()) {
    char label[64];
    std::snprintf(label, sizeof label, "Lie on the back, knees bent (hips %.0f deg)",
                  kSupineHipsDeg);
    if (ImGui::Button(label, ImVec2(-1, 0)))
      state.requests.hipFlexion = {kSupineHipsDeg, kSupineHipsDeg};
  }
  ImGui::Text("Side");
  ImGui::SameLine();
  ImGui::RadioButton("Left", &p.aim.side, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Right", &p.aim.side, 1);
  const float frame = ImGui::CalcItemWidth();  // the slider, without its label
  ImGui::SliderFloat("Toward the spine", &p.aim.towardSpineDeg, 0.0f, 45.0f, "%.0f deg");
  const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
  p.turnSliderRect = {lo.x, lo.y, lo.x + frame, hi.y};
  ImGui::SliderFloat("Tilt (+ head)", &p.aim.tiltDeg, -45.0f, 45.0f, "%.0f deg");
  drawBuildSlider(state);
}

void readingTable(const ViewerState& state, const ProbeReading& r) {
  const PalpationState& p = state.palpation;
  if (r.firstMuscle.empty())
    ImGui::TextWrapped("No muscle within %.0f mm.", kProbeReachMm);
  else
    ImGui::TextWrapped("First muscle: %s at %.0f mm", layerName(state, r.firstMuscle).c_str(),
                       r.firstMuscleDepthMm);
  auto warn = [&](const char* id, const std::vector<std::string>& about) {
    if (about.empty()) return;
    const PalpationEntry* e = p.content ? PalpationContent::find(p.content->warnings, id) : nullptr;
    std::string names;
    for (const auto& a : about) names += (names.empty() ? "" : ", ") + layerName(state, a);
    ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
    ImGui::TextWrapped("%s: %s", e ? e->title.c_str() : id, names.c_str());
    ImGui::PopStyleColor();
    if (e) ImGui::TextWrapped("%s %s", e->text.c_str(), cited(*p.content, e->sources).c_str());
  };
  warn("artery", r.arteriesNear);
  warn("lfcn", r.nervesNear);
  warn("gut", r.gutCrossed);
  // How close the vessels and nerves come, warned or not.
  for (const auto& [id, mm] : r.distancesMm)
    if (mm <= 2.0f * kProbeWarningMm)
      ImGui::TextDisabled("%s: %.0f mm from the finger", layerName(state, id).c_str(), mm);
  if (ImGui::BeginTable("layers", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Layer", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("From mm", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("To mm", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableHeadersRow();
    for (const ProbeCrossing& c : r.crossings) {
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const std::string name = layerName(state, c.structure) + (c.edge ? " (edge)" : "");
      if (c.structure == r.firstMuscle) ImGui::PushStyleColor(ImGuiCol_Text, kMuscle);
      ImGui::TextWrapped("%s", name.c_str());
      if (c.structure == r.firstMuscle) ImGui::PopStyleColor();
      if (c.edge && ImGui::IsItemHovered())
        ImGui::SetTooltip("Only the edge of the finger crosses it: depths along the edge.");
      ImGui::TableNextColumn();
      ImGui::Text("%.0f", c.entryMm);
      ImGui::TableNextColumn();
      ImGui::Text("%.0f", c.exitMm);
    }
    ImGui::EndTable();
  }
}

void textSections(const PalpationContent& c) {
  if (ImGui::CollapsingHeader("Steps"))
    for (const auto& e : c.steps) entry(c, e);
  if (ImGui::CollapsingHeader("Release techniques"))
    for (const auto& e : c.techniques) entry(c, e);
  if (ImGui::CollapsingHeader("When not to press", ImGuiTreeNodeFlags_DefaultOpen)) {
    if (!c.about.empty()) ImGui::TextWrapped("%s", c.about.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
    for (const auto& e : c.cautions) {
      ImGui::Bullet();
      ImGui::SameLine();
      ImGui::TextWrapped("%s %s", e.text.c_str(), cited(c, e.sources).c_str());
    }
    ImGui::PopStyleColor();
  }
  if (ImGui::CollapsingHeader("Popular claims"))
    for (const auto& claim : c.claims) {
      ImGui::TextWrapped("Claim: %s", claim.claim.c_str());
      ImGui::TextWrapped("What the references say: %s %s", claim.assessment.c_str(),
                         cited(c, claim.sources).c_str());
      ImGui::Spacing();
    }
  if (ImGui::CollapsingHeader("Sources")) {
    int n = 0;
    for (const auto& [key, text] : c.sources) ImGui::TextWrapped("[%d] %s", ++n, text.c_str());
  }
}
}  // namespace

void drawPalpationContents(ViewerState& state) {
  PalpationState& p = state.palpation;
  if (state.document.empty()) {
    ImGui::TextDisabled("Open a model to palpate.");
    return;
  }
  aimControls(state);
  ImGui::Separator();
  if (p.reading && p.reading->onSkin)
    readingTable(state, *p.reading);
  else
    ImGui::TextWrapped("%s",
                       p.problem.empty() ? "The probe does not meet the skin." : p.problem.c_str());
  ImGui::Separator();
  if (p.content)
    textSections(*p.content);
  else
    ImGui::TextWrapped("No palpation text: %s", p.contentProblem.c_str());
}
}  // namespace pe
