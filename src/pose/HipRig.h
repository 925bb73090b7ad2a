// Hip flexion on a model that carries the bundled model's rig: a femur node per side at its
// hip joint centre ("femur_left", "femur_right" in extras id) and a brim pulley per side
// ("brim_left", "brim_right") that turns by a fixed part of the flexion, read from the file's
// hip_flexion clip. Flexion (positive degrees) swings the knee forward about +X; in extension
// the pulleys stay at rest, the tendon lying on the brim and the femoral head.
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "scene/Pose.h"

namespace pe {
struct HipRig {
  std::array<int, 2> femur{-1, -1};  // nodes, [0] left, [1] right
  std::array<int, 2> brim{-1, -1};
  std::array<float, 2> brimFraction{0.0f, 0.0f};
  // The morph weights the side's clip drives with its hip (the muscles' bulges, the skin's
  // corrections): read from the clip's rising half at every key time of its weights, as a
  // weight at each of the side's increasing angles, and interpolated linearly between them.
  struct Driven {
    int node = -1;
    size_t target = 0;
    std::vector<float> values;  // one per angle in degrees[side]
  };
  std::array<std::vector<float>, 2> degrees;
  std::array<std::vector<Driven>, 2> driven;
};

// The node whose extras id is `id`, or -1.
int nodeWithId(const Model& model, const std::string& id);

// The rig of a model, or nothing when it has no femur nodes.
std::optional<HipRig> findHipRig(const Model& model);

// Sets the local rotations of the side's femur and pulley (side 0 left, 1 right) for the angle
// in degrees, on top of the rest pose, and the morph weights its clip drives; world
// transforms are not updated.
void applyHipFlexion(const Model& model, const HipRig& rig, int side, float degrees, Pose& pose);

// The side's flexion in degrees in a pose (the femur's rotation from rest about X), whether it
// came from applyHipFlexion or a clip.
float hipFlexionDegrees(const Model& model, const HipRig& rig, int side, const Pose& pose);

constexpr float kMinHipFlexion = -20.0f, kMaxHipFlexion = 120.0f;

// The flexion cycle the pose controls play: from -20 degrees up to 120 and back, smoothly
// (a cosine), once every `period` seconds.
float flexionCycleDegrees(float seconds, float period);
}  // namespace pe
