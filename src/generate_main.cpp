// psoas-generate: builds assets/lumbopelvic.glb from assets/lumbopelvic.measurements.txt.
#include <cstdio>
#include <exception>

#include "gen/GeneratorCommand.h"

int main(int argc, char** argv) {
  try {
    return pe::gen::runGenerator(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "psoas-generate: %s\n", e.what());
    return 1;
  }
}
