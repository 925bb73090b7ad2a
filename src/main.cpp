// psoas-explorer: parses the command line and hands over to the viewer or an offscreen command.
#include <cstdio>
#include <exception>

#include "app/CommandLine.h"
#include "app/ViewerApp.h"
#ifndef __EMSCRIPTEN__
#include "app/LessonExport.h"
#include "app/OffscreenCommands.h"
#include "app/PalpationReport.h"
#endif
#include "core/Error.h"
#include "core/Log.h"

int main(int argc, char** argv) {
  try {
    const pe::CommandLine cl = pe::parseCommandLine(argc, argv);
    if (cl.help) return std::fputs(pe::usageText().c_str(), stdout), 0;
    if (cl.version) return std::fputs(pe::versionText().c_str(), stdout), 0;
    if (cl.verbose) pe::setLogLevel(pe::LogLevel::Debug);
#ifndef __EMSCRIPTEN__  // the browser build is the viewer only (its URL gives the options)
    if (cl.info) return pe::runInfo(cl);
    if (cl.muscleLengths) return pe::runMuscleLengths(cl);
    if (cl.palpationReport) return pe::runPalpationReport(cl);
    if (!cl.screenshot.empty()) return pe::runScreenshot(cl);
    if (!cl.exportLesson.empty()) return pe::runExportLesson(cl);
#endif
    return pe::runViewer(cl);
  } catch (const pe::UsageError& e) {
    std::fprintf(stderr, "psoas-explorer: %s\nTry 'psoas-explorer --help'.\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    pe::logError(e.what());
    return 1;
  }
}
