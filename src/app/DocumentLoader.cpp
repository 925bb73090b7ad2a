#include "app/DocumentLoader.h"

#include <GLFW/glfw3.h>

#include "core/Log.h"
#include "io/GltfFile.h"

namespace pe {
namespace {
#ifdef __EMSCRIPTEN__
// The browser build has no threads: the work runs on the main thread, between frames.
constexpr std::launch kBackground = std::launch::deferred;
#else
constexpr std::launch kBackground = std::launch::async;
#endif
}  // namespace

ModelLoading loadModelAsync(const std::string& path) {
  return std::async(kBackground, [path] { return std::make_unique<Model>(loadGltfFile(path)); });
}

std::string openDocument(const std::string& path, ViewerState& state,
                         const std::function<void()>& beforeReplace, ModelLoading loading) {
  auto model = loading.valid() ? loading.get() : std::make_unique<Model>(loadGltfFile(path));
  for (const std::string& w : model->warnings) logWarning(path + ": " + w);
  if (beforeReplace) beforeReplace();
  state.document = PosedModel(std::move(model));
  state.documentPath = path;
  state.structures.reset(buildStructureIndex(*state.document.model()));
  state.muscles = MuscleMeter(*state.document.model());
  state.poseControls = PoseControls();
  // The model's text; search then also finds Latin terms and synonyms.
  std::string problem;
  state.content = loadContentFor(path, problem);
  state.contentPath = contentPathFor(path);
  if (state.content) addSearchTerms(*state.content, state.structures);
  return problem;
}

void BackgroundPreparation::start(const ViewerState& state) {
  wait();  // the worker reads the model it was given
  picker_.reset();
  const Model* shown = state.document.model();
  preparing_ = std::async(kBackground, [shown] {
    Prepared prepared{prepareIndices(*shown), std::make_unique<ModelPicker>(*shown)};
    glfwPostEmptyEvent();  // wake the idle loop to install it
    return prepared;
  });
}

void BackgroundPreparation::wait() {
  if (!preparing_.valid()) return;
  // Deferred work (no threads) has not started: nothing reads the model, so it is dropped.
  if (preparing_.wait_for(std::chrono::seconds(0)) == std::future_status::deferred)
    preparing_ = {};
  else
    preparing_.wait();
}

bool BackgroundPreparation::install(ViewerState& state, SceneRenderer& renderer) {
  if (!preparing_.valid()) return false;
  const std::future_status status = preparing_.wait_for(std::chrono::seconds(0));
  // Without threads (the browser) the work is deferred: it runs once the model has shown for
  // a few frames, in one step between two frames.
  if (status == std::future_status::deferred && ++framesWaited_ < 3) return false;
  if (status == std::future_status::timeout) return false;
  framesWaited_ = 0;
  Prepared prepared = preparing_.get();
  const size_t saved =
      applyPreparedIndices(state.document.mutableModel(), std::move(prepared.indices));
  picker_ = std::move(prepared.picker);
  renderer.setModel(state.document.model());
  logDebug("levels of detail ready: the coarsest has " + std::to_string(saved) +
           " triangles fewer");
  return true;
}
}  // namespace pe
