#include "ui/InfoPanel.h"

#include <algorithm>

#include <imgui.h>

namespace pe {
namespace {
struct InfoSection {
  std::string title;
  std::vector<std::string> lines;
  bool claim = false;  // a popular claim, shown as a claim
};

// The panel's sections in order; empty fields are left out.
std::vector<InfoSection> infoSections(const StructureContent& s) {
  std::vector<InfoSection> out;
  auto add = [&out](const char* title, const std::string& body) {
    if (!body.empty()) out.push_back({title, {body}});
  };
  add("Origin", s.origin);
  add("Insertion", s.insertion);
  add("Innervation", s.innervation);
  add("Action", s.action);
  add("Blood supply", s.bloodSupply);
  if (!s.relations.empty()) {
    InfoSection relations{"Relations", {}};
    for (const auto& [direction, what] : s.relations)
      relations.lines.push_back(direction + ": " + what);
    out.push_back(relations);
  }
  add("Variations", s.variations);
  add("Clinical notes", s.clinical);
  for (const PopularClaim& c : s.popularClaims)
    out.push_back({"Popular claim, not established by the references",
                   {"\"" + c.claim + "\"", "What the references say: " + c.assessment},
                   true});
  return out;
}

std::string missingText(const ViewerState& state, const Structure& st) {
  return "No text for \"" + st.id + "\" in " +
         (state.contentPath.empty() ? std::string("this model") : state.contentPath) + ".";
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
    ImGui::TextWrapped("%s", missingText(state, st).c_str());
    return;
  }
  ImGui::Separator();
  ImGui::BeginChild("info");
  bool attachmentsDrawn = false;  // after the origin and insertion, as the muscle's own
  for (const InfoSection& section : infoSections(*s)) {
    if (!attachmentsDrawn && section.title != "Origin" && section.title != "Insertion") {
      drawAttachments(state, st);
      attachmentsDrawn = true;
    }
    ImGui::Spacing();
    if (section.claim) {
      ImGui::TextColored(ImVec4(1.0f, 0.7f, 0.3f, 1.0f), "%s", section.title.c_str());
    } else {
      ImGui::TextColored(ImVec4(0.55f, 0.75f, 1.0f, 1.0f), "%s", section.title.c_str());
    }
    for (const std::string& line : section.lines) ImGui::TextWrapped("%s", line.c_str());
  }
  if (!attachmentsDrawn) drawAttachments(state, st);
  drawSources(*state.content, *s);
  ImGui::EndChild();
}

std::string infoPlainText(const ViewerState& state) {
  const StructureView& view = state.structures;
  if (state.document.empty() || !view.selected) return "";
  const Structure& st = view.index().structures[*view.selected];
  const StructureContent* s = state.content ? state.content->find(st.id) : nullptr;
  std::string out = (s && !s->name.empty() ? s->name : st.name) + "\n";
  if (!s) return out + missingText(state, st) + "\n";
  if (!s->latin.empty()) out += s->latin + "\n";
  for (const InfoSection& section : infoSections(*s)) {
    out += section.title + "\n";
    for (const std::string& line : section.lines) out += line + "\n";
  }
  if (!s->sources.empty()) out += "Sources\n";
  for (size_t i = 0; i < s->sources.size(); ++i)
    out += "[" + std::to_string(i + 1) + "] " + state.content->sources.at(s->sources[i]) + "\n";
  return out;
}
}  // namespace pe
