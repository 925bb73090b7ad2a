// What is shown of each structure: visibility by structure, layer and side, opacity, ghost
// (x-ray) mode, isolation, selection and hover. Pure state and rules, no GL; the renderer and
// picking read the resolved appearance of each node from it.
#pragma once
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "scene/StructureIndex.h"

namespace pe {
struct NodeAppearance {
  bool visible = true;
  float opacity = 1.0f;  // < 1 draws blended
  bool selected = false;
  bool hovered = false;
  glm::vec4 tint{0.0f};    // rgb and strength (attachment colours)
  bool onSurface = false;  // drawn over the surface it lies on (polygon offset)
};

// Origin and insertion colours that people with colour vision deficiency tell apart
// (Okabe and Ito's palette: blue and orange).
const glm::vec3 kOriginColor{0.0f, 0.447f, 0.698f};
const glm::vec3 kInsertionColor{0.902f, 0.624f, 0.0f};

enum class AttachmentDisplay { Selected, All, None };

class StructureView {
 public:
  void reset(const StructureIndex& index);

  void setStructureVisible(int structure, bool visible);
  bool structureVisible(int structure) const { return visible_[structure]; }
  void setLayerVisible(const std::string& layer, bool visible);
  bool layerVisible(const std::string& layer) const { return !hiddenLayers_.count(layer); }
  void setSideVisible(const std::string& side, bool visible);  // "left" / "right"
  bool sideVisible(const std::string& side) const { return !hiddenSides_.count(side); }
  void setOpacity(int structure, float opacity);
  float opacity(int structure) const { return opacity_[structure]; }
  void showAll();
  // Back to the defaults: everything shown (but the layers the model starts hidden) and
  // opaque, no ghost, selection or attachments asked for. Names and search terms stay.
  void resetDisplay();
  const std::set<std::string>& hiddenLayers() const { return hiddenLayers_; }
  const std::set<std::string>& hiddenSides() const { return hiddenSides_; }
  // Only these structures stay visible (--only, "isolate"); footprints follow `attachments`.
  void isolate(const std::vector<int>& structures);

  bool ghost = false;  // fade everything but the selection
  AttachmentDisplay attachments = AttachmentDisplay::Selected;
  std::string attachmentsOf;  // with Selected: this muscle id instead of the selection's
  float ghostOpacity = 0.15f;
  std::optional<int> selected;  // structure index
  std::optional<int> hovered;

  // Whether a structure is drawn at all (its own flag, its layer and its side).
  bool shown(int structure) const;
  // Footprints of a muscle (structures whose extras name it).
  std::vector<int> attachmentsOfMuscle(const std::string& muscle) const;
  // Per-node appearance for the renderer and picking; nodes of no structure are plain.
  std::vector<NodeAppearance> nodeAppearance(size_t nodeCount) const;
  // Structures whose id, name or any extra search term contains `text` (case-insensitive).
  std::vector<int> search(const std::string& text) const;
  // Extra words search matches for a structure: Latin term, synonyms.
  void setSearchTerms(int structure, std::vector<std::string> terms);
  // The name shown in panels, labels and tooltips (e.g. from the model's content file).
  void setName(int structure, const std::string& name) { index_.structures[structure].name = name; }

  const StructureIndex& index() const { return index_; }

 private:
  StructureIndex index_;
  std::vector<bool> visible_;
  std::vector<float> opacity_;
  std::vector<std::vector<std::string>> searchTerms_;
  std::set<std::string> hiddenLayers_;
  std::set<std::string> startHiddenLayers_;
  std::set<std::string> hiddenSides_;
};
}  // namespace pe
