// Opening a model: the document, its structures, muscle lines and text, the same for the
// viewer and the screenshot command; and, for the viewer, the work done in the background
// once it shows (the faster index order, the simplified level, the picking BVHs).
#pragma once
#include <functional>
#include <future>
#include <memory>
#include <string>

#include "geometry/RayPick.h"
#include "render/SceneRenderer.h"
#include "scene/MeshOptimization.h"
#include "ui/ViewerState.h"

namespace pe {
// Loads the file into state (the model it had is replaced). A broken model throws FileError
// and leaves state as it was; a broken content file comes back as a problem ("" when fine),
// and the structures keep their ids as names. `beforeReplace` runs once the new model has
// loaded, before the old one goes (the viewer lets go of its GPU copy there).
// `loading`, when valid, brings the model loaded off the main thread (loadModelAsync).
using ModelLoading = std::future<std::unique_ptr<Model>>;
std::string openDocument(const std::string& path, ViewerState& state,
                         const std::function<void()>& beforeReplace = {},
                         ModelLoading loading = {});

// Starts reading a model file on another thread, so that the window or the GL context can
// start meanwhile; openDocument takes the result (and any FileError it threw).
ModelLoading loadModelAsync(const std::string& path);

// Prepares the open model on another thread; the viewer installs the result between frames.
class BackgroundPreparation {
 public:
  ~BackgroundPreparation() { wait(); }
  // Starts for the model now in state.document (waits for any earlier preparation first).
  void start(const ViewerState& state);
  void wait();
  // When ready: hands the new indices to the model and the renderer. True when installed.
  bool install(ViewerState& state, SceneRenderer& renderer);
  // Hover and click picking: nullptr until ready (picking then tests every triangle).
  const ModelPicker* picker() const { return picker_.get(); }
  bool pending() const { return preparing_.valid(); }  // started, not installed yet

 private:
  struct Prepared {
    PreparedIndices indices;
    std::unique_ptr<ModelPicker> picker;
  };
  std::future<Prepared> preparing_;
  std::unique_ptr<ModelPicker> picker_;
  int framesWaited_ = 0;  // frames shown since a deferred preparation was started
};
}  // namespace pe
