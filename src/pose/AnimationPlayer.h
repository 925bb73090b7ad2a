// Samples animation clips: writes local transforms and morph weights of a pose at a time.
#pragma once
#include "scene/Pose.h"

namespace pe {
// Writes the clip's channels at `time` (seconds, clamped to the clip) into pose.local and
// pose.weights. Does not touch world transforms; call updateWorldTransforms afterwards.
void applyClip(const Model& model, const AnimationClip& clip, float time, Pose& pose);

// Value of a sampler at `time` into out (sampler.components floats).
void sampleAnimation(const AnimationSampler& sampler, float time, std::vector<float>& out);

// Wraps or clamps a playback time into [0, duration].
float wrapClipTime(float time, float duration, bool loop);
}  // namespace pe
