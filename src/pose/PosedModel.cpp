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
  updateWorldTransforms(*model_, pose_);
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
