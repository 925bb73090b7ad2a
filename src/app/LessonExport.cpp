#include "app/LessonExport.h"

#include <cmath>
#include <cstdio>
#include <filesystem>

#include "app/DocumentLoader.h"
#include "app/LessonTasks.h"
#include "app/ModelLocator.h"
#include "app/OffscreenCommands.h"
#include "core/AtomicFile.h"
#include "core/Error.h"
#include "core/Log.h"
#include "io/LessonHandout.h"
#include "io/PngFile.h"
#include "render/OffscreenContext.h"

namespace pe {
int runExportLesson(const CommandLine& cl) {
  const std::string path = cl.file.empty() ? bundledModelPath() : cl.file;
  const int width = cl.width.value_or(1600), height = cl.height.value_or(1200);
  ViewerState state;
  Lesson lesson;
  try {
    std::vector<std::string> warnings;
    lesson = readLessonFile(cl.exportLesson, warnings);
    for (const std::string& w : warnings) logWarning(w);
    if (path.empty())
      throw FileError("--export-lesson", "needs a model (the bundled one is missing)");
    const std::string problem = openDocument(path, state);
    if (!problem.empty()) logWarning(problem);
    const auto problems =
        lessonModelProblems(lesson, cl.exportLesson, state.structures.index(),
                            state.content ? &*state.content : nullptr, state.muscles);
    for (const std::string& p : problems) logError(p);
    if (!problems.empty()) return 1;
    makeDirectories(cl.exportDir);
  } catch (const FileError& e) {
    logError(e.what());
    return 1;
  }
  return exitCodeOf([&] {
    OffscreenContext context;
    SceneRenderer renderer;
    renderer.setModel(state.document.model());
    std::vector<HandoutStep> steps;
    for (size_t i = 0; i < lesson.steps.size(); ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "step-%02zu.png", i + 1);
      std::vector<std::string> problems;
      const ViewSpec view = overlayView(lesson.steps[i].view, cl.view);
      const RgbaImage image = renderView(state, renderer, view, width, height, problems);
      for (const std::string& p : problems)
        logError(cl.exportLesson + ": step " + std::to_string(i + 1) + ": " + p);
      if (!problems.empty()) return 1;
      writePng((std::filesystem::path(cl.exportDir) / name).string(), image);
      HandoutStep step{name, "", {}};
      if (const auto& task = lesson.steps[i].task) {
        step.answer = answerInWords(*task, state.muscles, state.structures.index());
        step.options = taskOptions(*task, state.structures.index());
      }
      steps.push_back(std::move(step));
    }
    const std::string html =
        lessonHandoutHtml(lesson, state.content ? &*state.content : nullptr, steps, width, height,
                          std::filesystem::path(path).filename().string());
    writeFileAtomically((std::filesystem::path(cl.exportDir) / "index.html").string(), html);
    // Said on stdout: the one result of the command.
    std::printf("wrote %zu pictures and index.html to %s\n", steps.size(), cl.exportDir.c_str());
    return 0;
  });
}
}  // namespace pe
