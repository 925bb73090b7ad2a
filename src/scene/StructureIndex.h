// The named structures of a model (bones, muscles, landmarks...) read from node extras:
// {"id": "psoas_major_left", "side": "left", "layer": "muscles", "kind": "muscle"}.
// Mesh nodes without an id still appear, in the layer "unlabelled", so any glTF can be
// explored the same way.
#pragma once
#include <string>
#include <vector>

#include "scene/Model.h"

namespace pe {
struct Structure {
  std::string id;     // stable id from extras, else the node name, else "node N"
  std::string name;   // display name: extras "name", else the node name, else the id
  std::string side;   // "left", "right", "midline" or ""
  std::string layer;  // e.g. "bones"; "unlabelled" when the file says nothing
  std::string kind;
  // Attachment footprints (layer "attachments"): the muscle id, "origin"/"insertion", the site.
  std::string muscle, role, site;
  // Hidden until asked for (extras "start_hidden": "true"): a layer whose structures all say so
  // starts hidden, e.g. the gut in front of the psoas.
  bool startHidden = false;
  int node = -1;
  std::vector<int> meshNodes;  // this node and descendants with meshes that are not structures
};

struct StructureIndex {
  std::vector<Structure> structures;
  std::vector<std::string> layers;   // in first-seen order
  std::vector<int> structureOfNode;  // per node: the structure drawing it, or -1

  int find(const std::string& id) const;  // index or -1
  // The structure's name, or the id itself when the model has no such structure.
  std::string nameOf(const std::string& id) const;
};

StructureIndex buildStructureIndex(const Model& model);
}  // namespace pe
