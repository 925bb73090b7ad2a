#include "app/StructureFlags.h"

#include <algorithm>

#include "core/Error.h"

namespace pe {
namespace {
int structureOrThrow(const StructureView& view, const std::string& id, const std::string& path) {
  const int s = view.index().find(id);
  if (s < 0) throw FileError(path, "has no structure with id '" + id + "'");
  return s;
}
}  // namespace

void applyStructureFlags(const CommandLine& cl, const std::string& path, StructureView& view) {
  const StructureIndex& index = view.index();
  if (!cl.layers.empty()) {
    for (const std::string& layer : cl.layers)
      if (std::find(index.layers.begin(), index.layers.end(), layer) == index.layers.end())
        throw FileError(path, "has no layer '" + layer + "'");
    for (const std::string& layer : index.layers)
      view.setLayerVisible(layer,
                           std::find(cl.layers.begin(), cl.layers.end(), layer) != cl.layers.end());
  }
  if (!cl.only.empty()) {
    std::vector<int> keep;
    for (const std::string& id : cl.only) keep.push_back(structureOrThrow(view, id, path));
    view.isolate(keep);
  }
  for (const std::string& id : cl.hide)
    view.setStructureVisible(structureOrThrow(view, id, path), false);
  if (!cl.select.empty()) view.selected = structureOrThrow(view, cl.select, path);
  view.ghost = cl.ghost;
  if (cl.attachments == "all") {
    view.attachments = AttachmentDisplay::All;
  } else if (!cl.attachments.empty()) {
    structureOrThrow(view, cl.attachments, path);
    if (view.attachmentsOfMuscle(cl.attachments).empty())
      throw FileError(path, "has no attachment footprints for '" + cl.attachments + "'");
    view.attachmentsOf = cl.attachments;
  }
}
}  // namespace pe
