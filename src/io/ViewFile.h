// Views as JSON: saved views (--save-view, View > Save view), and the bookmarks of the Views
// panel. The format is documented in the README ("Saved views"):
//
// {"psoas_explorer_view": 1,
//  "pose": {"animation": "hip_flexion_left", "time": 1.5, "hip_flexion_left": 45},
//  "show": {"layers": ["bones", "muscles"], "hide": ["skin"], "select": "psoas_major_left",
//           "ghost": true, "labels": true, "attachments": "all", "contraction": false,
//           "opacity": {"iliacus_left": 0.5}, "clip": {"normal": [1, 0, 0], "offset": 0.0}},
//  "camera": {"azimuth": 90, "elevation": 10, "distance": 0.9, "target": [0, -0.05, 0],
//             "fov": 35, "frame": ["femur_left"]}}
//
// Unknown keys are reported as warnings naming them; a bad value is an error naming the key.
#pragma once
#include <string>
#include <vector>

#include "scene/ViewSpec.h"

namespace pe {
constexpr int kViewFormatVersion = 1;

// Parses a view from JSON text; `source` names it in messages ("views.json", "lesson.json
// step 3"). Throws FileError(source, "camera.azimuth: ...") on a bad value; unknown keys are
// added to `warnings`.
ViewSpec parseViewJson(const std::string& text, const std::string& source,
                       std::vector<std::string>& warnings);
// The same for a file (at most 1 MB).
ViewSpec readViewFile(const std::string& path, std::vector<std::string>& warnings);

// The JSON form (pretty when indent >= 0; one line with -1). Floats round-trip exactly.
std::string viewToJson(const ViewSpec& view, int indent = 2);
// Written atomically: a crash leaves the old file or the new one.
void writeViewFile(const std::string& path, const ViewSpec& view);

// Named bookmarks, one JSON object per line ({"name": "...", "view": {...}}), so that a damaged
// line loses only itself. Lines that cannot be read are kept, verbatim, in `unreadable` and
// written back, so nothing a user made is lost; each is reported in `problems` by line.
struct ViewBookmark {
  std::string name;
  ViewSpec view;
};
struct BookmarkFile {
  std::vector<ViewBookmark> bookmarks;
  std::vector<std::string> unreadable;
};
BookmarkFile readBookmarkFile(const std::string& path, std::vector<std::string>& problems);
BookmarkFile parseBookmarks(const std::string& text, const std::string& path,
                            std::vector<std::string>& problems);
void writeBookmarkFile(const std::string& path, const BookmarkFile& file);
}  // namespace pe
