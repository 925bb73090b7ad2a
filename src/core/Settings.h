// Every tweakable of the app in one place, with defaults. The UI edits it, the renderer
// reads it, the command line and tests set it, and it is saved to the config folder.
#pragma once
#include <string>

#include <glm/vec3.hpp>

namespace pe {
struct CameraSettings {
  float fovDegrees = 35.0f;
  float orbitRadiansPerPixel = 0.008f;
  float zoomStepFactor = 1.12f;     // distance factor per wheel notch
  float transitionSeconds = 0.35f;  // view preset and centring animations
};

struct RenderSettings {
  glm::vec3 backgroundTop{0.20f, 0.22f, 0.26f};
  glm::vec3 backgroundBottom{0.07f, 0.08f, 0.10f};
  float lightIntensity = 1.0f;
  float ambient = 0.28f;
  // Anti-aliasing of still frames: the edge filter costs a few milliseconds where 4x MSAA
  // costs several times the frame on a software rasterizer; samples > 1 use MSAA instead.
  bool edgeFilter = true;
  int msaaSamples = 0;
  bool backfaceCulling = true;
  bool adaptiveResolution = true;  // draw at reduced resolution while the camera moves
  float movingResolutionScale = 0.5f;
  // Levels of detail: the largest simplification error drawn, in pixels of the image (0: all
  // triangles). Still views draw every triangle: even half a pixel of simplification changes
  // the shading of shiny bone visibly (StillFrame tests); moving views, at the reduced
  // resolution, allow a pixel.
  float detailPixels = 0.0f;
  float movingDetailPixels = 1.0f;
};

struct AnimationSettings {
  bool playing = false;  // a clip plays when asked (Space, the Pose tab)
  bool loop = true;
  float speed = 1.0f;
};

// Hip pose controls and muscle measurement (the Pose and Muscle lengths panels).
struct PoseSettings {
  float cycleSpeed = 1.0f;           // flexion cycle playback rate
  float cycleSeconds = 6.0f;         // one cycle, -20 -> 120 -> -20 degrees, at speed 1
  int cycleSides = 2;                // 0 left, 1 right, 2 both
  bool dragThigh = true;             // dragging a femur in the view flexes its hip
  float dragDegreesPerPixel = 0.5f;  // when the view looks along the leg's swing plane
  bool contractionTint = false;      // tint measured muscles by shortening
  int plotSide = 0;                  // 0 left, 1 right
  bool plotLengthInMm = false;       // the length plot in mm instead of % change from standing
  bool showLines = false;            // draw the muscles' lines of action over the view
};

struct UiSettings {
  float fontScale = 1.0f;  // on top of the monitor's content scale
  // The sidebar at the left: Layers, Info, Pose and muscles, Lesson.
  bool showSidebar = true;
  int sidebarTab = 0;
  float sidebarWidth = 380.0f;  // pixels at font scale 1
  bool showViewsPanel = false;
  bool showLabels = false;
  bool welcomeShown = false;    // the first run's welcome
  bool presenterLight = false;  // presenter mode's theme: dark (default) or light
  int presenterMonitor = 0;     // which monitor presenter mode fills (0: the primary)
  std::string lastDirectory;
};

struct WindowSettings {
  int width = 0;  // 0: about 80% of the monitor
  int height = 0;
};

struct Settings {
  CameraSettings camera;
  RenderSettings render;
  AnimationSettings animation;
  PoseSettings pose;
  UiSettings ui;
  WindowSettings window;
};
}  // namespace pe
