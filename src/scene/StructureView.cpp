#include "scene/StructureView.h"

#include <algorithm>
#include <cctype>

namespace pe {
namespace {
std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
  return s;
}
}  // namespace

void StructureView::reset(const StructureIndex& index) {
  index_ = index;
  visible_.assign(index.structures.size(), true);
  opacity_.assign(index.structures.size(), 1.0f);
  searchTerms_.assign(index.structures.size(), {});
  hiddenSides_.clear();
  startHiddenLayers_.clear();
  for (const std::string& layer : index.layers) {
    bool all = true;
    for (const Structure& s : index.structures)
      if (s.layer == layer && !s.startHidden) all = false;
    if (all) startHiddenLayers_.insert(layer);
  }
  hiddenLayers_ = startHiddenLayers_;
  ghost = false;
  selected.reset();
  hovered.reset();
}

void StructureView::setStructureVisible(int s, bool visible) {
  visible_[s] = visible;
}

void StructureView::setLayerVisible(const std::string& layer, bool visible) {
  if (visible)
    hiddenLayers_.erase(layer);
  else
    hiddenLayers_.insert(layer);
}

void StructureView::setSideVisible(const std::string& side, bool visible) {
  if (visible)
    hiddenSides_.erase(side);
  else
    hiddenSides_.insert(side);
}

void StructureView::setOpacity(int s, float opacity) {
  opacity_[s] = std::clamp(opacity, 0.0f, 1.0f);
}

void StructureView::showAll() {
  std::fill(visible_.begin(), visible_.end(), true);
  hiddenLayers_.clear();
  hiddenSides_.clear();
}

void StructureView::resetDisplay() {
  showAll();
  hiddenLayers_ = startHiddenLayers_;
  std::fill(opacity_.begin(), opacity_.end(), 1.0f);
  ghost = false;
  attachments = AttachmentDisplay::Selected;
  attachmentsOf.clear();
  selected.reset();
}

void StructureView::isolate(const std::vector<int>& structures) {
  // Footprints keep their flags: they follow the attachment display, so that isolating a
  // muscle still shows where it attaches.
  for (size_t s = 0; s < visible_.size(); ++s)
    if (index_.structures[s].muscle.empty()) visible_[s] = false;
  for (int s : structures) visible_[s] = true;
  hiddenLayers_.clear();
  hiddenSides_.clear();
}

bool StructureView::shown(int s) const {
  const Structure& st = index_.structures[s];
  if (!visible_[s] || hiddenLayers_.count(st.layer) || hiddenSides_.count(st.side)) return false;
  if (st.muscle.empty()) return true;
  // Footprints appear with their muscle: the selected one, the one asked for, or all.
  switch (attachments) {
    case AttachmentDisplay::All:
      return true;
    case AttachmentDisplay::None:
      return false;
    case AttachmentDisplay::Selected:
      if (!attachmentsOf.empty()) return st.muscle == attachmentsOf;
      return selected && (index_.structures[*selected].id == st.muscle || *selected == s);
  }
  return true;
}

std::vector<int> StructureView::attachmentsOfMuscle(const std::string& muscle) const {
  std::vector<int> out;
  for (size_t s = 0; s < index_.structures.size(); ++s)
    if (index_.structures[s].muscle == muscle) out.push_back(static_cast<int>(s));
  return out;
}

std::vector<NodeAppearance> StructureView::nodeAppearance(size_t nodeCount) const {
  std::vector<NodeAppearance> out(nodeCount);
  for (size_t n = 0; n < nodeCount && n < index_.structureOfNode.size(); ++n) {
    const int s = index_.structureOfNode[n];
    if (s < 0) continue;
    NodeAppearance& a = out[n];
    a.visible = shown(s);
    a.selected = selected && *selected == s;
    a.hovered = hovered && *hovered == s;
    a.opacity = opacity_[s];
    const Structure& st = index_.structures[s];
    if (!st.muscle.empty()) {
      a.onSurface = true;
      if (st.role == "origin") a.tint = glm::vec4(kOriginColor, 1.0f);
      if (st.role == "insertion") a.tint = glm::vec4(kInsertionColor, 1.0f);
    }
    if (ghost && !a.selected) a.opacity = std::min(a.opacity, ghostOpacity);
  }
  return out;
}

void StructureView::setSearchTerms(int structure, std::vector<std::string> terms) {
  searchTerms_[structure] = std::move(terms);
}

std::vector<int> StructureView::search(const std::string& text) const {
  std::vector<int> out;
  const std::string needle = lower(text);
  if (needle.empty()) return out;
  for (size_t s = 0; s < index_.structures.size(); ++s) {
    const Structure& st = index_.structures[s];
    bool match = lower(st.id).find(needle) != std::string::npos ||
                 lower(st.name).find(needle) != std::string::npos;
    for (const std::string& term : searchTerms_[s])
      match = match || lower(term).find(needle) != std::string::npos;
    if (match) out.push_back(static_cast<int>(s));
  }
  return out;
}
}  // namespace pe
