// What the UI panels read and edit. Panels never act directly: they write requests that the
// app carries out in its frame order (open a file, change the view...).
#pragma once
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/Settings.h"
#include "geometry/MuscleLines.h"
#include "io/ContentFile.h"
#include "io/ViewFile.h"
#include "pose/PoseControls.h"
#include "pose/PosedModel.h"
#include "scene/ClipPlane.h"
#include "scene/OrbitCamera.h"
#include "scene/StructureView.h"

namespace pe {
struct UiRequests {
  std::optional<std::string> openFile;
  std::optional<ViewPreset> viewPreset;
  bool frameAll = false;
  bool frameSelection = false;
  bool alignClipWithView = false;
  std::optional<int> frameStructure;
  bool resetView = false;
  bool quit = false;
  std::array<std::optional<float>, 2> hipFlexion;  // set a hip by hand (left, right)
  bool toggleFlexionCycle = false;
  std::optional<ViewSpec> showView;               // fly to a view (a bookmark, a view file)
  bool addBookmark = false;                       // Ctrl+B: the current view as a new bookmark
  bool bookmarksChanged = false;                  // renamed, deleted or moved: save the file
  std::optional<std::string> openView, saveView;  // view files to read or write
};

struct OpenDialogState {
  bool open = false;
  std::string directory;
  std::string selected;
  char pathInput[1024] = {};
};

// A dialog asking for the path of a view file to open or save.
struct ViewFileDialogState {
  bool open = false;
  bool saving = false;
  char path[1024] = {};
};

// The Views panel: named bookmarks kept in the settings folder.
struct BookmarkState {
  BookmarkFile file;
  std::string path;  // empty: not kept (no settings folder)
  int renaming = -1;
  char name[128] = {};
};

struct ViewerState {
  Settings settings;
  PosedModel document;
  MuscleMeter muscles;  // the document's muscle lines and length curves
  PoseControls poseControls;
  StructureView structures;
  ClipPlane clip;
  std::optional<Content> content;  // the model's text, when it has a content file
  std::string contentPath;
  char layerSearch[128] = {};
  std::string documentPath;
  std::string errorMessage;  // last problem, shown in a banner until dismissed
  OpenDialogState openDialog;
  ViewFileDialogState viewDialog;
  BookmarkState bookmarks;
  UiRequests requests;
  float frameMilliseconds = 0.0f;
  bool showHelp = false;
};
}  // namespace pe
