#include "ui/InfoPanel.h"

#include <algorithm>

#include <imgui.h>

namespace pe {
namespace {
void section(const char* title, const std::string& body) {
  if (body.empty()) return;
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", title);
  ImGui::TextWrapped("%s", body.c_str());
}

// Citation numbers in the order this structure cites them.
void drawSources(const Content& content, const StructureContent& s) {
  if (s.sources.empty()) return;
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "Sources");
  for (size_t i = 0; i < s.sources.size(); ++i)
    ImGui::TextWrapped("[%zu] %s", i + 1, content.sources.at(s.sources[i]).c_str());
}
// The muscle's footprints, coloured as drawn; a click frames one.
void drawAttachments(ViewerState& state, const Structure& muscle) {
  const StructureView& view = state.structures;
  const std::vector<int> sites = view.attachmentsOfMuscle(muscle.id);
  if (sites.empty()) return;
  ImGui::Spacing();
  ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "Attachments (click to show)");
  for (int s : sites) {
    const Structure& site = view.index().structures[s];
    const glm::vec3 c = site.role == "insertion" ? kInsertionColor : kOriginColor;
    ImGui::PushID(s);
    ImGui::TextColored(ImVec4(c.r, c.g, c.b, 1.0f), "%s",
                       site.role == "insertion" ? "Insertion" : "Origin");
    ImGui::SameLine();
    if (ImGui::Selectable(site.site.empty() ? site.name.c_str() : site.site.c_str()))
      state.requests.frameStructure = s;
    ImGui::PopID();
  }
}
}  // namespace

void drawInfoContents(ViewerState& state) {
  const StructureView& view = state.structures;
  if (state.document.empty() || !view.selected) {
    ImGui::TextDisabled("Click a structure to read about it.");
    return;
  }
  const Structure& st = view.index().structures[*view.selected];
  const StructureContent* s = state.content ? state.content->find(st.id) : nullptr;
  ImGui::TextWrapped("%s", s && !s->name.empty() ? s->name.c_str() : st.name.c_str());
  if (s && !s->latin.empty()) ImGui::TextDisabled("%s", s->latin.c_str());
  if (!s) {
    ImGui::Separator();
    ImGui::TextWrapped("No text for \"%s\" in %s.", st.id.c_str(),
                       state.contentPath.empty() ? "this model" : state.contentPath.c_str());
    return;
  }
  ImGui::Separator();
  ImGui::BeginChild("info");
  section("Origin", s->origin);
  section("Insertion", s->insertion);
  drawAttachments(state, st);
  section("Innervation", s->innervation);
  section("Action", s->action);
  section("Blood supply", s->bloodSupply);
  if (!s->relations.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "Relations");
    for (const auto& [direction, what] : s->relations)
      ImGui::TextWrapped("%s: %s", direction.c_str(), what.c_str());
  }
  section("Variations", s->variations);
  section("Clinical notes", s->clinical);
  for (const PopularClaim& c : s->popularClaims) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.3f, 1.0f),
                       "Popular claim, not established by the references");
    ImGui::TextWrapped("\"%s\"", c.claim.c_str());
    ImGui::TextWrapped("What the references say: %s", c.assessment.c_str());
  }
  drawSources(*state.content, *s);
  ImGui::EndChild();
}
}  // namespace pe
