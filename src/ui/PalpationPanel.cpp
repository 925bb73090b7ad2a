#include "ui/PalpationPanel.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include <glm/geometric.hpp>

#include "ui/MusclePanel.h"
#include "ui/PosePanel.h"

namespace pe {
namespace {
const ImVec4 kWarning(1.0f, 0.62f, 0.25f, 1.0f), kMuscle(1.0f, 0.45f, 0.4f, 1.0f),
    kNear(1.0f, 0.86f, 0.45f, 1.0f), kBar(0.2f, 0.42f, 0.7f, 1.0f);

// "[1, 3]": where the entry's sources stand in the file's numbered list.
std::string cited(const PalpationContent& content, const std::vector<std::string>& keys) {
  std::map<std::string, int> number;
  int n = 0;
  for (const auto& [key, text] : content.sources) number[key] = ++n;
  std::vector<int> numbers;
  for (const auto& k : keys) numbers.push_back(number[k]);
  std::sort(numbers.begin(), numbers.end());
  std::string out;
  for (int k : numbers) out += (out.empty() ? "[" : ", ") + std::to_string(k);
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
  ImGui::Text("Side");
  ImGui::SameLine();
  const int side = p.aim.side;
  ImGui::RadioButton("Left", &p.aim.side, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Right", &p.aim.side, 1);
  if (p.aim.side != side) {  // the point dragged on one side does not carry to the other
    p.aim.pointMm.reset();
    if (p.step >= 0) p.goToStep = p.step;
  }
  // The sliders leave their labels room.
  ImGui::PushItemWidth(
      -(ImGui::CalcTextSize("Toward the spine").x + ImGui::GetStyle().ItemInnerSpacing.x + 2.0f));
  const float frame = ImGui::CalcItemWidth();  // the slider, without its label
  ImGui::SliderFloat("Toward the spine", &p.aim.towardSpineDeg, 0.0f, 45.0f, "%.0f deg");
  const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
  p.turnSliderRect = {lo.x, lo.y, lo.x + frame, hi.y};
  ImGui::SliderFloat("Tilt (+ head)", &p.aim.tiltDeg, -45.0f, 45.0f, "%.0f deg");
  ImGui::PopItemWidth();
  drawBuildSlider(state);
  if (p.aim.pointMm && ImGui::Button("Back to the point 2.5 cm from the ASIS"))
    p.aim.pointMm.reset();
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
  if (r.wallMissing)
    ImGui::TextWrapped(
        "The model has no abdominal wall in front of the muscle here: next to the ASIS its wall "
        "stops short of the iliacus, so the depth is less than a real wall would make it.");
  warn("artery", r.arteriesNear);
  warn("lfcn", r.nervesNear);
  warn("gut", r.gutCrossed);
  // How close the vessels and nerves come, warned or not.
  // (A vessel within twice the warning's distance is shown in the warning's colour: the model's
  // 10 mm is a line drawn on an uncompressed abdomen, not a safe margin.)
  for (const auto& [id, mm] : r.distancesMm)
    if (mm <= 2.0f * kProbeWarningMm) {
      ImGui::PushStyleColor(ImGuiCol_Text, mm <= kProbeWarningMm ? kWarning : kNear);
      ImGui::TextWrapped("%s: %.0f mm from the finger", layerName(state, id).c_str(), mm);
      ImGui::PopStyleColor();
    }
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

// The lengths a motion changes, and where the hip is on the way.
void motionReadout(const ViewerState& state) {
  const PalpationState& p = state.palpation;
  if (p.motion.seconds > 0.0f) {
    const float now = state.document.hipFlexion(p.aim.side);
    const float span = p.motion.toDeg - p.motion.fromDeg;
    const float done = span != 0.0f ? (now - p.motion.fromDeg) / span : 1.0f;
    char text[64];
    std::snprintf(text, sizeof text, "hip %.0f deg (%.0f to %.0f)", now, p.motion.fromDeg,
                  p.motion.toDeg);
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, kBar);
    ImGui::ProgressBar(std::clamp(done, 0.0f, 1.0f), ImVec2(-1, 0), text);
    ImGui::PopStyleColor();
  }
  for (const LengthChange& c : p.lengths) {
    const float change = c.toMm - c.fromMm;
    ImGui::TextWrapped("%s: %.0f -> %.0f mm (%s %.1f mm; then %.1f%% %s than standing)",
                       layerName(state, c.muscle).c_str(), c.fromMm, c.toMm,
                       change < 0.0f ? "shortens" : "lengthens", std::abs(change),
                       std::abs(c.toShortening) * 100.0f,
                       c.toShortening > 0.0f ? "shorter" : "longer");
  }
  // Their lengths over the hip's range by the muscle-length model, the cursor at the hip now.
  std::vector<std::string> muscles;
  for (const LengthChange& c : p.lengths) muscles.push_back(c.muscle);
  if (!muscles.empty()) drawLengthChart(state, muscles, state.document.hipFlexion(p.aim.side));
  if (p.spotFromMm && p.spotNowMm)
    ImGui::TextWrapped("The muscle's surface under the finger moved %.1f mm.",
                       glm::distance(*p.spotFromMm, *p.spotNowMm));
}

// The static release's hold: a countdown from the longest hold, the shortest marked, and the
// breath it is in (a slow breath: 4 s in, 6 s out, sinking a little deeper on the way out).
void holdReadout(PalpationState& p, const PalpationEntry& technique) {
  if (!technique.holdSeconds) return;
  if (ImGui::Button(p.holdStartedAt < 0.0 ? "Start the hold" : "Stop the hold"))
    p.holdStartedAt = p.holdStartedAt < 0.0 ? p.clock : -1.0;
  if (p.holdStartedAt < 0.0) return;
  const auto [shortest, longest] = *technique.holdSeconds;
  const float held = static_cast<float>(p.clock - p.holdStartedAt);
  char text[96];
  if (held >= longest) {
    std::snprintf(text, sizeof text, "Held %.0f s: release slowly", longest);
  } else {
    const bool in = std::fmod(held, 10.0f) < 4.0f;
    std::snprintf(text, sizeof text, "%.0f s left%s - %s", longest - held,
                  held >= shortest ? " (may end now)" : "",
                  in ? "breathe in slowly" : "breathe out slowly, sink a little deeper");
  }
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, kBar);
  ImGui::ProgressBar(std::min(held / longest, 1.0f), ImVec2(-1, 0), text);
  ImGui::PopStyleColor();
}

void stepSection(ViewerState& state) {
  PalpationState& p = state.palpation;
  const PalpationContent* c = p.content ? &*p.content : nullptr;
  if (p.step < 0) {
    if (ImGui::Button("Start the guided palpation", ImVec2(-1, 0))) p.goToStep = 0;
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    p.nextButtonRect = {lo.x, lo.y, hi.x, hi.y};
  } else {
    ImGui::BeginDisabled(p.step == 0);
    if (ImGui::ArrowButton("back", ImGuiDir_Left)) p.goToStep = p.step - 1;
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(p.step + 1 >= kPalpationStepCount);
    if (ImGui::ArrowButton("next", ImGuiDir_Right)) p.goToStep = p.step + 1;
    const ImVec2 lo = ImGui::GetItemRectMin(), hi = ImGui::GetItemRectMax();
    p.nextButtonRect = {lo.x, lo.y, hi.x, hi.y};
    ImGui::EndDisabled();
    ImGui::SameLine();
    const PalpationEntry* e =
        c && p.step < static_cast<int>(c->steps.size()) ? &c->steps[p.step] : nullptr;
    ImGui::TextWrapped("Step %d of %d: %s", p.step + 1, kPalpationStepCount,
                       e ? e->title.c_str() : "");
  }
  if (!c) return;
  // Where the person lies: its hips and camera for every step.
  const int position = p.position;
  std::vector<const char*> names;
  for (const auto& id : kPalpationPositions)
    names.push_back(PalpationContent::find(c->positions, id)->title.c_str());
  ImGui::Combo("Position", &p.position, names.data(), static_cast<int>(names.size()));
  if (p.position != position) p.goToStep = std::max(p.step, 0);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip(
        "%s", PalpationContent::find(c->positions, kPalpationPositions[p.position])->text.c_str());
}

// What the step does: the lift, the techniques with their motion or hold.
void stepActions(ViewerState& state) {
  PalpationState& p = state.palpation;
  const PalpationContent* c = p.content ? &*p.content : nullptr;
  if (!c) return;
  if (p.step == int(PalpationStep::Confirm)) {
    if (ImGui::Button("Lift the foot again")) p.goToStep = p.step;
    motionReadout(state);
  } else if (p.step == int(PalpationStep::Release)) {
    const int technique = p.technique;
    for (int i = 0; i < static_cast<int>(kPalpationTechniques.size()); ++i)
      ImGui::RadioButton(
          PalpationContent::find(c->techniques, kPalpationTechniques[i])->title.c_str(),
          &p.technique, i);
    if (p.technique != technique) p.goToStep = p.step;
    const PalpationEntry& t =
        *PalpationContent::find(c->techniques, kPalpationTechniques[p.technique]);
    if (t.hipFromDeg && ImGui::Button("Play again")) p.goToStep = p.step;
    holdReadout(p, t);
    motionReadout(state);
    entry(*c, PalpationEntry{"", "", t.text, t.sources});
  }
}

// The step's own text, under what it shows.
void stepText(const ViewerState& state) {
  const PalpationState& p = state.palpation;
  if (!p.content || p.step < 0 || p.step >= static_cast<int>(p.content->steps.size())) return;
  const PalpationEntry& e = p.content->steps[static_cast<size_t>(p.step)];
  entry(*p.content, PalpationEntry{"", "", e.text, e.sources});
}

void textSections(const PalpationContent& c) {
  if (ImGui::CollapsingHeader("All steps"))
    for (const auto& e : c.steps) entry(c, e);
  if (ImGui::CollapsingHeader("Release techniques"))
    for (const auto& e : c.techniques) entry(c, e);
  if (ImGui::CollapsingHeader("When not to press", ImGuiTreeNodeFlags_DefaultOpen)) {
    if (const PalpationEntry* intro = PalpationContent::find(c.steps, "cautions"))
      ImGui::TextWrapped("%s %s", intro->text.c_str(), cited(c, intro->sources).c_str());
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
  if (ImGui::CollapsingHeader("About this text and its sources")) {
    if (!c.about.empty()) ImGui::TextWrapped("%s", c.about.c_str());
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
  stepSection(state);
  stepActions(state);
  ImGui::Separator();
  aimControls(state);
  ImGui::Separator();
  if (p.reading && p.reading->onSkin)
    readingTable(state, *p.reading);
  else
    ImGui::TextWrapped("%s",
                       p.problem.empty() ? "The probe does not meet the skin." : p.problem.c_str());
  ImGui::Separator();
  stepText(state);
  ImGui::Separator();
  if (p.content)
    textSections(*p.content);
  else
    ImGui::TextWrapped("No palpation text: %s", p.contentProblem.c_str());
}
}  // namespace pe
