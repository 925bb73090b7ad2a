// A file browser window for opening .gltf and .glb files (no native dialog is packaged).
#pragma once
#include "ui/ViewerState.h"

namespace pe {
void drawOpenFileDialog(ViewerState& state);
}
