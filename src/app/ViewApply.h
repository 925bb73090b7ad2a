// Views (scene/ViewSpec.h) in and out of the app's state: the one place where a view becomes
// what the viewer and the screenshot command draw, and where what is drawn becomes a view.
#pragma once
#include <string>
#include <vector>

#include "app/CommandLine.h"
#include "ui/ViewerState.h"

namespace pe {
// Poses and shows the document as the view says; fields it lacks get their defaults. What the
// model cannot show (an unknown id, layer, scene or clip, a pose without a hip rig) comes back
// as problems ("MODEL: has no structure with id 'x'") and is left out; the rest is applied.
std::vector<std::string> applyView(const ViewSpec& view, ViewerState& state);

// The camera for the view on an image of `aspect`, once applyView has run: its angles, and its
// target and distance, or else a framing of the structures it names or of all that is visible
// (in the middle 60% of the width when labels are on, leaving them room).
CameraPose viewCamera(const ViewSpec& view, const ViewerState& state, float aspect,
                      std::vector<std::string>& problems);

// The camera angles, target, distance and field of view the view resolves to (what a saved
// view records so that it opens exactly the same).
CameraSpec resolvedCamera(const ViewSpec& view, const CameraPose& pose, float fovDegrees);

// World bounds of what is drawn now, hidden structures left out (all when none is shown).
Bounds visibleBounds(const ViewerState& state);

// The view now with every field given: what --save-view and the bookmarks write.
ViewSpec captureView(const ViewerState& state, const CameraSpec& camera);
// The camera part of a view from a camera (angles read back from its orientation).
CameraSpec cameraSpecOf(const OrbitCamera& camera);

// The view the command line asks for: its --view-file (read here; warnings are logged, a
// broken file throws FileError) overlaid by the other view options.
ViewSpec viewFromCommandLine(const CommandLine& cl);
}  // namespace pe
