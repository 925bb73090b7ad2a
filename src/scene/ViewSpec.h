// The whole state of a view, except the image size: what is posed, what is shown and from
// where. The command line, saved views, bookmarks (and later lessons, palpation steps and the
// browser's URL) all produce one; one function applies it (app/ViewApply.h), one captures it.
//
// Every field is optional. Applying a spec gives an absent field its default (so a saved view
// always looks the same); overlaying one spec on another (a command line over a view file)
// replaces only the fields the second one has.
#pragma once
#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "scene/ClipPlane.h"

namespace pe {
// The camera orbits a target: azimuth 0 looks at the front (eye on +Z), 90 from the subject's
// left (+X), 180 from behind, -90 from the right; elevation 90 looks down from above.
struct CameraSpec {
  std::optional<float> azimuth, elevation;  // degrees; absent: 0 (anterior)
  std::optional<float> distance;            // metres from the target; absent: framed
  std::optional<glm::vec3> target;          // absent: the centre of what is framed
  std::optional<float> fov;                 // vertical, degrees; absent: the settings'
  std::vector<std::string> frame;           // ids to frame; empty: everything visible
};

struct ViewSpec {
  // Posing.
  std::optional<int> scene;
  std::optional<std::string> animation;  // clip name; absent: the first clip
  std::optional<float> time;             // seconds into the clip; given: the clip is paused
  std::array<std::optional<float>, 2> hipFlexion;  // [left, right] degrees; absent: the clip's
  std::optional<float> habitus;  // body build, -1 lean .. 1 heavy; absent: 0 (average)
  // What is shown.
  // Visible layers; absent: all but those the model starts hidden.
  std::optional<std::vector<std::string>> layers;
  std::optional<std::vector<std::string>> sides;  // visible sides ("left", "right"); absent: both
  std::optional<std::vector<std::string>> only;   // only these structures
  std::optional<std::vector<std::string>> hide;   // these structures hidden
  std::optional<std::map<std::string, float>> opacity;  // id -> 0..1
  std::optional<bool> ghost;
  std::optional<std::string> select;  // structure id; "" clears
  std::optional<bool> labels;
  std::optional<std::string> attachments;  // "selected" (default), "all", "none" or a muscle id
  std::optional<ClipPlane> clip;           // a disabled plane: no cross-section
  std::optional<bool> contraction;         // the contraction tint
  // From where.
  CameraSpec camera;
};

// `over`'s fields replace `base`'s. A camera direction or framing in `over` without a distance
// drops `base`'s target and distance, so the new direction is framed.
ViewSpec overlayView(const ViewSpec& base, const ViewSpec& over);
}  // namespace pe
