// What the UI panels read and edit. Panels never act directly: they write requests that the
// app carries out in its frame order (open a file, change the view...).
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "anim/MuscleLines.h"
#include "anim/PosedModel.h"
#include "core/Settings.h"
#include "io/ContentFile.h"
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
};

struct OpenDialogState {
  bool open = false;
  std::string directory;
  std::string selected;
  char pathInput[1024] = {};
};

// The hip pose controls: the flexion cycle's clock, a thigh being dragged in the view.
struct PoseControlState {
  bool cyclePlaying = false;
  float cycleTime = 0.0f;
};

struct ViewerState {
  Settings settings;
  PosedModel document;
  MuscleMeter muscles;  // the document's muscle lines and length curves
  PoseControlState poseControls;
  StructureView structures;
  ClipPlane clip;
  std::optional<Content> content;  // the model's text, when it has a content file
  std::string contentPath;
  char layerSearch[128] = {};
  std::string documentPath;
  std::string errorMessage;  // last problem, shown in a banner until dismissed
  OpenDialogState openDialog;
  UiRequests requests;
  float frameMilliseconds = 0.0f;
  bool showHelp = false;
};
}  // namespace pe
