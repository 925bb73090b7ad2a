#include "scene/StructureIndex.h"

#include <algorithm>

namespace pe {
namespace {
std::string extra(const Node& node, const char* key) {
  auto it = node.extras.find(key);
  return it == node.extras.end() ? std::string() : it->second;
}
}  // namespace

int StructureIndex::find(const std::string& id) const {
  for (size_t i = 0; i < structures.size(); ++i)
    if (structures[i].id == id) return static_cast<int>(i);
  return -1;
}

std::string StructureIndex::nameOf(const std::string& id) const {
  const int s = find(id);
  return s >= 0 ? structures[s].name : id;
}

StructureIndex buildStructureIndex(const Model& model) {
  StructureIndex index;
  index.structureOfNode.assign(model.nodes.size(), -1);
  // A node is a structure when it has an id, or when it has a mesh and no labelled ancestor.
  std::vector<int> stack;
  for (size_t i = 0; i < model.nodes.size(); ++i)
    if (model.nodes[i].parent < 0) stack.push_back(static_cast<int>(i));
  std::reverse(stack.begin(), stack.end());
  std::vector<int> owner(model.nodes.size(), -1);
  while (!stack.empty()) {
    const int n = stack.back();
    stack.pop_back();
    const Node& node = model.nodes[n];
    const int inherited = node.parent >= 0 ? owner[node.parent] : -1;
    const std::string id = extra(node, "id");
    if (!id.empty() || (node.mesh >= 0 && inherited < 0)) {
      Structure s;
      s.node = n;
      s.id = !id.empty() ? id : !node.name.empty() ? node.name : "node " + std::to_string(n);
      s.name = !extra(node, "name").empty() ? extra(node, "name")
               : !node.name.empty()         ? node.name
                                            : s.id;
      s.side = extra(node, "side");
      s.layer = !extra(node, "layer").empty() ? extra(node, "layer") : "unlabelled";
      s.startHidden = extra(node, "start_hidden") == "true";
      s.kind = extra(node, "kind");
      s.muscle = extra(node, "muscle");
      s.role = extra(node, "role");
      s.site = extra(node, "site");
      if (!s.site.empty() && extra(node, "name").empty()) s.name = s.site;
      owner[n] = static_cast<int>(index.structures.size());
      index.structures.push_back(std::move(s));
      const std::string& layer = index.structures.back().layer;
      if (std::find(index.layers.begin(), index.layers.end(), layer) == index.layers.end())
        index.layers.push_back(layer);
    } else {
      owner[n] = inherited;
    }
    if (node.mesh >= 0 && owner[n] >= 0) {
      index.structures[owner[n]].meshNodes.push_back(n);
      index.structureOfNode[n] = owner[n];
    }
    for (auto c = node.children.rbegin(); c != node.children.rend(); ++c) stack.push_back(*c);
  }
  return index;
}
}  // namespace pe
