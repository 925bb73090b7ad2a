// The generator's command line:
//   psoas-generate [--table FILE] [--out FILE] [--only ID,...] [--compare BODYPARTS3D_DIR]
#pragma once

namespace pe::gen {
int runGenerator(int argc, char** argv);
}
