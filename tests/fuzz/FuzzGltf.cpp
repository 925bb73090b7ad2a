// libFuzzer target: any bytes as a .glb or .gltf file, through validation and conversion to
// the scene (posing, bounds, structures, muscle lines). A broken file must end in FileError;
// anything else (a crash, another exception, a sanitizer report) is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/Error.h"
#include "geometry/MuscleLines.h"
#include "io/GltfFile.h"
#include "pose/PosedModel.h"
#include "scene/StructureIndex.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  pe::LoadLimits limits;
  limits.maxFileBytes = size_t(4) << 20;
  limits.maxResourceBytes = size_t(4) << 20;
  limits.maxImagePixels = size_t(1) << 20;
  try {
    // External files are looked for beside a folder that does not exist.
    auto model = std::make_unique<pe::Model>(
        pe::loadGltfBytes(std::string(reinterpret_cast<const char*>(data), size),
                          "/nonexistent-fuzz-dir/input", limits));
    const pe::StructureIndex index = pe::buildStructureIndex(*model);
    pe::PosedModel posed(std::move(model));
    if (!posed.model()->clips.empty()) {
      posed.setTime(posed.clipDuration() * 0.5f);
      posed.advance(0.1f, true);
    }
    posed.setHipFlexion(0, 45.0f);
    (void)posed.currentBounds();
    const pe::MuscleMeter meter(*posed.model());
    if (!meter.empty()) (void)meter.read(*posed.model(), posed.pose());
    (void)index;
  } catch (const pe::FileError&) {
  }
  return 0;
}
