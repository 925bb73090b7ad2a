#include "ui/MusclePanel.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "geometry/ContractionTint.h"
#include "pose/PoseControls.h"

namespace pe {
namespace {
struct Series {
  const LengthCurve* curve;
  ImU32 colour;
  std::string name;
};

// One chart: a value of each curve against hip angle, a grid every 20 degrees, the cursor.
// Returns the angle clicked or dragged to, if any.
std::optional<float> drawChart(const char* id, const char* title, const std::vector<Series>& series,
                               float (*value)(const LengthCurve&, const LengthSample&),
                               float cursorDegrees, float height) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = std::max(ImGui::GetContentRegionAvail().x, 120.0f);
  const float left = origin.x + 34.0f, right = origin.x + width - 18.0f;
  const float top = origin.y + ImGui::GetTextLineHeight() + 2.0f,
              bottom = origin.y + height - ImGui::GetTextLineHeight() - 2.0f;
  ImGui::InvisibleButton(id, ImVec2(width, height));
  const bool active = ImGui::IsItemActive(), hovered = ImGui::IsItemHovered();

  float lo = 1e9f, hi = -1e9f;
  for (const Series& s : series)
    for (const LengthSample& p : s.curve->samples) {
      const float v = value(*s.curve, p);
      lo = std::min(lo, v), hi = std::max(hi, v);
    }
  if (series.empty()) lo = 0.0f, hi = 1.0f;
  if (lo > 0.0f && lo < 0.3f * hi) lo = 0.0f;  // small values: show from zero
  if (hi < 0.0f) hi = 0.0f;
  // About five grid lines at a round step.
  float step = 1.0f;
  for (float s : {1.0f, 2.0f, 5.0f, 10.0f, 20.0f, 50.0f, 100.0f, 200.0f})
    if ((hi - lo) / s <= 6.0f) {
      step = s;
      break;
    }
  lo = std::floor(lo / step) * step, hi = std::ceil(hi / step) * step;
  if (hi - lo < step) hi = lo + step;
  auto xOf = [&](float deg) {
    return left + (deg - kMinHipFlexion) / (kMaxHipFlexion - kMinHipFlexion) * (right - left);
  };
  auto yOf = [&](float v) { return bottom - (v - lo) / (hi - lo) * (bottom - top); };

  draw->AddText(origin, ImGui::GetColorU32(ImGuiCol_Text), title);
  draw->AddRectFilled(ImVec2(left, top), ImVec2(right, bottom), IM_COL32(20, 22, 26, 200));
  const ImU32 grid = IM_COL32(90, 90, 100, 120), label = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  char text[32];
  for (float v = lo; v <= hi + 1e-3f; v += step) {
    draw->AddLine(ImVec2(left, yOf(v)), ImVec2(right, yOf(v)),
                  v == 0.0f ? IM_COL32(160, 160, 170, 160) : grid);
    std::snprintf(text, sizeof text, "%.0f", v);
    draw->AddText(ImVec2(origin.x, yOf(v) - 0.5f * ImGui::GetTextLineHeight()), label, text);
  }
  for (float deg = kMinHipFlexion; deg <= kMaxHipFlexion + 1e-3f; deg += 20.0f) {
    draw->AddLine(ImVec2(xOf(deg), top), ImVec2(xOf(deg), bottom),
                  deg == 0.0f ? IM_COL32(160, 160, 170, 160) : grid);
    std::snprintf(text, sizeof text, "%.0f", deg);
    draw->AddText(ImVec2(xOf(deg) - 8.0f, bottom + 1.0f), label, text);
  }
  for (const Series& s : series) {
    std::vector<ImVec2> points;
    for (const LengthSample& p : s.curve->samples)
      points.push_back(ImVec2(xOf(p.degrees), yOf(value(*s.curve, p))));
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), s.colour, 0, 2.0f);
    const LengthSample now = sampleAt(*s.curve, cursorDegrees);
    draw->AddCircleFilled(ImVec2(xOf(cursorDegrees), yOf(value(*s.curve, now))), 4.0f, s.colour);
  }
  draw->AddLine(ImVec2(xOf(cursorDegrees), top), ImVec2(xOf(cursorDegrees), bottom),
                IM_COL32(255, 255, 255, 200), 1.5f);

  const float mouseDeg = plotDegreesAt(ImGui::GetIO().MousePos.x, left, right);
  if (hovered && !active) {
    ImGui::BeginTooltip();
    ImGui::Text("%.0f deg of hip flexion (click to pose)", mouseDeg);
    for (const Series& s : series)
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(s.colour), "%s: %.1f", s.name.c_str(),
                         value(*s.curve, sampleAt(*s.curve, mouseDeg)));
    ImGui::EndTooltip();
  }
  if (active) return mouseDeg;
  return std::nullopt;
}

float changePercent(const LengthCurve& c, const LengthSample& s) {
  return c.standingMm > 0.0f ? 100.0f * (s.lengthMm / c.standingMm - 1.0f) : 0.0f;
}
float lengthMm(const LengthCurve&, const LengthSample& s) {
  return s.lengthMm;
}
float momentArm(const LengthCurve&, const LengthSample& s) {
  return s.momentArmMm;
}
}  // namespace

void drawLengthChart(const ViewerState& state, const std::vector<std::string>& muscles,
                     float degrees) {
  std::vector<Series> series;
  for (const LengthCurve& curve : state.muscles.curves())
    if (std::find(muscles.begin(), muscles.end(), curve.muscle) != muscles.end())
      series.push_back(
          {&curve, muscleColour(curve.muscle), state.structures.index().nameOf(curve.muscle)});
  if (series.empty()) return;
  drawChart("##palpation lengths", "Length change from standing (%) by hip flexion", series,
            changePercent, degrees, 150.0f * ImGui::GetIO().FontGlobalScale);
  for (const Series& s : series) {  // the legend
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(s.colour), "%s", s.name.c_str());
    ImGui::SameLine();
  }
  ImGui::NewLine();
}

void drawMuscleContents(ViewerState& state) {
  const MuscleMeter& meter = state.muscles;
  if (state.document.empty() || meter.empty()) {
    ImGui::TextDisabled(
        "This model has no muscle lines of action\n(line_point nodes) and hip rig to measure.");
    return;
  }
  int& side = state.settings.pose.plotSide;
  ImGui::RadioButton("Left", &side, 0);
  ImGui::SameLine();
  ImGui::RadioButton("Right", &side, 1);
  const float degrees = state.document.hipFlexion(side);
  ImGui::SameLine();
  ImGui::Text("   hip flexion %.0f deg", degrees);

  const auto readings = meter.read(*state.document.model(), state.document.pose());
  std::vector<Series> series;
  if (ImGui::BeginTable("lengths", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("Muscle");
    ImGui::TableSetupColumn("Length");
    ImGui::TableSetupColumn("vs standing");
    ImGui::TableSetupColumn("Moment arm");
    ImGui::TableHeadersRow();
    for (size_t i = 0; i < meter.lines().size(); ++i) {
      if (meter.lines()[i].side != side) continue;
      const LengthCurve& c = meter.curves()[i];
      const int s = state.structures.index().find(c.muscle);
      const std::string name = s >= 0 ? state.structures.index().structures[s].name : c.muscle;
      series.push_back({&c, muscleColour(c.muscle), name});
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(muscleColour(c.muscle)), "%s",
                         name.c_str());
      ImGui::TableNextColumn();
      ImGui::Text("%.0f mm", readings[i].lengthMm);
      ImGui::TableNextColumn();
      const float change = -100.0f * readings[i].shortening;
      ImGui::Text("%+.1f%%", std::fabs(change) < 0.05f ? 0.0f : change);
      ImGui::TableNextColumn();
      ImGui::Text("%.0f mm", readings[i].momentArmMm);
    }
    ImGui::EndTable();
  }
  const float chartHeight = std::max(100.0f, 0.5f * (ImGui::GetContentRegionAvail().y -
                                                     3.0f * ImGui::GetFrameHeightWithSpacing()));
  bool& inMm = state.settings.pose.plotLengthInMm;
  std::optional<float> picked = inMm ? drawChart("##length", "Muscle-tendon length (mm)", series,
                                                 lengthMm, degrees, chartHeight)
                                     : drawChart("##length", "Length change from standing (%)",
                                                 series, changePercent, degrees, chartHeight);
  if (auto p = drawChart("##arm", "Hip flexion moment arm (mm)", series, momentArm, degrees,
                         chartHeight))
    picked = p;
  if (picked) state.requests.hipFlexion[side] = *picked;
  ImGui::TextDisabled("Hip angle in degrees; click or drag in a plot to pose.");
  ImGui::Checkbox("Plot lengths in mm (else % change)", &inMm);
  ImGui::TextDisabled("The psoas minor does not cross the hip: its length stays.");
  ImGui::Checkbox("Tint muscles by contraction", &state.settings.pose.contractionTint);
  ImGui::SameLine();
  ImGui::Checkbox("Show lines of action", &state.settings.pose.showLines);
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The paths the lengths are measured along, drawn over the view.");
}
}  // namespace pe
