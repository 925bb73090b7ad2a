#include "pose/PosedModel.h"

#include <algorithm>

#include "pose/AnimationPlayer.h"

namespace pe {
PosedModel::PosedModel(std::unique_ptr<Model> model) : model_(std::move(model)) {
  rest_ = restPose(*model_);
  summary_ = summarize(*model_);
  scene_ = model_->defaultScene;
  clip_ = model_->clips.empty() ? -1 : 0;
  rig_ = findHipRig(*model_);
  for (size_t n = 0; n < model_->nodes.size(); ++n) {
    const int mesh = model_->nodes[n].mesh;
    if (mesh < 0) continue;
    const auto& names = model_->meshes[static_cast<size_t>(mesh)].targetNames;
    auto find = [&](const char* name) {
      const auto it = std::find(names.begin(), names.end(), name);
      return it == names.end() ? -1 : static_cast<int>(it - names.begin());
    };
    if (find("lean") >= 0 || find("heavy") >= 0)
      builds_.push_back({static_cast<int>(n), find("lean"), find("heavy")});
  }
  repose();
}

float PosedModel::clipDuration() const {
  return (model_ && clip_ >= 0) ? model_->clips[clip_].duration : 0.0f;
}

void PosedModel::setScene(int scene) {
  if (!model_) return;
  scene_ = model_->scenes.empty()
               ? -1
               : std::clamp(scene, 0, static_cast<int>(model_->scenes.size()) - 1);
}

void PosedModel::setClip(int clip) {
  if (!model_) return;
  clip_ = std::clamp(clip, -1, static_cast<int>(model_->clips.size()) - 1);
  time_ = std::min(time_, clipDuration());
  repose();
}

void PosedModel::setTime(float seconds) {
  if (!model_) return;
  time_ = std::clamp(seconds, 0.0f, clipDuration());
  repose();
}

void PosedModel::advance(float dt, bool loop) {
  if (!model_ || clip_ < 0) return;
  time_ = wrapClipTime(time_ + dt, clipDuration(), loop);
  repose();
}

void PosedModel::repose() {
  pose_.local = rest_.local;
  pose_.weights = rest_.weights;
  if (clip_ >= 0) applyClip(*model_, model_->clips[clip_], time_, pose_);
  if (rig_)
    for (int side = 0; side < 2; ++side)
      if (hipFlexion_[side]) applyHipFlexion(*model_, *rig_, side, *hipFlexion_[side], pose_);
  for (const Build& b : builds_) {
    if (!habitus_) break;
    const float h = *habitus_;
    auto& w = pose_.weights[static_cast<size_t>(b.node)];
    if (b.lean >= 0 && static_cast<size_t>(b.lean) < w.size())
      w[static_cast<size_t>(b.lean)] = std::max(0.0f, -h);
    if (b.heavy >= 0 && static_cast<size_t>(b.heavy) < w.size())
      w[static_cast<size_t>(b.heavy)] = std::max(0.0f, h);
  }
  updateWorldTransforms(*model_, pose_);
}

void PosedModel::clearHabitus() {
  if (!model_) return;
  habitus_.reset();
  repose();
}

void PosedModel::setHabitus(float habitus) {
  if (!model_) return;
  habitus_ = std::clamp(habitus, -1.0f, 1.0f) + 0.0f;
  repose();
}

void PosedModel::setHipFlexion(int side, std::optional<float> degrees) {
  if (!model_ || side < 0 || side > 1) return;
  hipFlexion_[side] = degrees;
  repose();
}

float PosedModel::hipFlexion(int side) const {
  if (!model_ || !rig_ || side < 0 || side > 1) return 0.0f;
  return hipFlexionDegrees(*model_, *rig_, side, pose_) + 0.0f;  // never "-0"
}
}  // namespace pe
