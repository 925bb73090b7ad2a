// A model together with the scene, clip and time it is shown at, and the resulting pose.
// The viewer, the screenshot command and tests all pose a model through this.
#pragma once
#include <memory>

#include <array>
#include <optional>

#include "pose/HipRig.h"
#include "pose/SceneBounds.h"
#include "scene/Pose.h"

namespace pe {
class PosedModel {
 public:
  PosedModel() = default;
  explicit PosedModel(std::unique_ptr<Model> model);

  bool empty() const { return !model_; }
  const Model* model() const { return model_.get(); }
  // For preparation that changes no shape (index order, simplified levels).
  Model& mutableModel() { return *model_; }
  const Pose& pose() const { return pose_; }
  int scene() const { return scene_; }
  int clip() const { return clip_; }
  float time() const { return time_; }
  const SceneSummary& summary() const { return summary_; }
  float clipDuration() const;

  // Out-of-range values are clamped; the pose is recomputed.
  void setScene(int scene);
  void setClip(int clip);  // -1: no animation, the rest pose
  void setTime(float seconds);
  // Hip flexion per side in degrees (--pose, pose controls), applied over the clip; an empty
  // value leaves that side to the clip. Ignored on models without a hip rig.
  void setHipFlexion(int side, std::optional<float> degrees);
  // The side's hip flexion set by setHipFlexion, if any.
  std::optional<float> hipFlexionSet(int side) const { return hipFlexion_[side]; }
  // The side's flexion in the pose now (set, or from the clip); 0 without a rig.
  float hipFlexion(int side) const;
  bool hasHipRig() const { return rig_.has_value(); }
  // The body build (-1 lean, 0 average, 1 heavy): the weights of the morph targets named
  // "lean" and "heavy" (the bundled skin's); clamped to -1..1.
  // Until a build is set, the model's own weights stand; clearHabitus goes back to them.
  void setHabitus(float habitus);
  void clearHabitus();
  float habitus() const { return habitus_.value_or(0.0f); }
  bool habitusSet() const { return habitus_.has_value(); }
  bool hasHabitus() const { return !builds_.empty(); }
  const HipRig* hipRig() const { return rig_ ? &*rig_ : nullptr; }
  // Advances the time by dt; wraps when looping, stops at the end otherwise.
  void advance(float dt, bool loop);

  // World bounds of what is drawn now (skinning and morphs included).
  Bounds currentBounds() const { return sceneBounds(*model_, pose_, scene_); }

 private:
  void repose();

  std::unique_ptr<Model> model_;
  Pose rest_;
  Pose pose_;
  std::optional<float> habitus_;
  struct Build {
    int node, lean, heavy;  // target indices, -1 when absent
  };
  std::vector<Build> builds_;
  SceneSummary summary_;
  int scene_ = -1;
  int clip_ = -1;
  std::optional<HipRig> rig_;
  std::array<std::optional<float>, 2> hipFlexion_;
  float time_ = 0.0f;
};
}  // namespace pe
