// The Palpation tab's probe kept up to date (issue 12): while the tab is shown, the probe is read
// on the model as posed now, again whenever the aim, the hips, the build or the clip's time
// change; the palpation text is read once per model from beside it.
#include <algorithm>
#include <filesystem>

#include "app/ModelLocator.h"
#include "app/Viewer.h"
#include "core/Error.h"
#include "core/Log.h"
#include "ui/Sidebar.h"

namespace pe {
namespace {
std::string describe(const ProbeReading& r) {
  std::string out = "palpation: first muscle " + (r.firstMuscle.empty() ? "none" : r.firstMuscle);
  if (!r.firstMuscle.empty())
    out += " at " + std::to_string(int(r.firstMuscleDepthMm + 0.5f)) + " mm";
  for (const auto& a : r.arteriesNear) out += "; artery near: " + a;
  for (const auto& g : r.gutCrossed) out += "; gut: " + g;
  for (const auto& n : r.nervesNear) out += "; nerve near: " + n;
  return out;
}
}  // namespace

void Viewer::updatePalpation() {
  PalpationState& p = state_.palpation;
  const Model* model = state_.document.model();
  if (!state_.settings.ui.showSidebar || state_.shownSidebarTab != kPalpationTab || !model) return;
  // Where the turn's slider is, for scripts that drive the window (tests/render/).
  const auto& r = p.turnSliderRect;
  const std::string slider = "palpation: the turn's slider at " + std::to_string(int(r[0])) + "," +
                             std::to_string(int(r[1])) + " to " + std::to_string(int(r[2])) + "," +
                             std::to_string(int(r[3]));
  if (slider != palpationSliderSaid_ && r[2] > r[0]) logDebug(slider);
  palpationSliderSaid_ = slider;
  if (model != palpationModel_) {  // another model: its text, a new scene
    palpationModel_ = model;
    palpationScene_.reset();
    p.reading.reset();
    p.content.reset();
    // The text beside the model, else the text that comes with the app (the cautions hold for
    // any model).
    std::string path =
        (std::filesystem::path(state_.documentPath).parent_path() / "palpation.content.json")
            .string();
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec) && !bundledModelPath().empty())
      path = (std::filesystem::path(bundledModelPath()).parent_path() / "palpation.content.json")
                 .string();
    if (!std::filesystem::is_regular_file(path, ec)) {
      p.contentProblem = path + " not found";
    } else {
      try {
        p.content = loadPalpationContent(path);
        p.contentProblem.clear();
      } catch (const FileError& e) {
        p.contentProblem = e.what();
        logWarning(e.what());
      }
    }
  }
  const std::vector<std::string> missing =
      missingForPalpation(state_.structures.index(), p.aim.side);
  if (!missing.empty()) {
    p.reading.reset();
    p.problem = "This model has no '" + missing.front() + "', which the probe needs.";
    return;
  }
  p.problem.clear();
  const PosedModel& doc = state_.document;
  const PalpationPoseKey key{doc.hipFlexion(0), doc.hipFlexion(1), doc.habitus(),   doc.time(),
                             doc.clip(),        doc.scene(),       doc.habitusSet()};
  const bool posed = palpationScene_ && key == palpationKey_;
  if (!posed) {
    if (!palpationScene_)
      palpationScene_ = std::make_unique<PalpationScene>(*model, state_.structures.index());
    palpationScene_->setPose(state_.document.pose());
    palpationKey_ = key;
  }
  const ProbeAim& aim = p.aim;
  if (posed && p.reading && aim.side == palpationAim_.side &&
      aim.towardSpineDeg == palpationAim_.towardSpineDeg && aim.tiltDeg == palpationAim_.tiltDeg)
    return;
  palpationAim_ = aim;
  p.reading = palpationScene_->read(aim);
  framesToDraw_ = std::max(framesToDraw_, 3);  // the panel and the arrow show it next frame
  const std::string said = describe(*p.reading);
  if (said != palpationSaid_) logInfo(said);
  palpationSaid_ = said;
}
}  // namespace pe
