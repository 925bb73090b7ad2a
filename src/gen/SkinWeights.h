// The skin's weights for generated structures: a vertex over up to four joints, and the trunk's
// share between the vertebrae by height (the sacrum below L5).
#pragma once
#include <algorithm>
#include <map>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include <glm/gtc/type_precision.hpp>
#include <glm/vec4.hpp>

#include "gen/MeasurementTable.h"
#include "gen/Vertebrae.h"

namespace pe::gen {
// Weights of one vertex over the skin's joints (up to four), summing to one.
struct VertexWeights {
  glm::u16vec4 joints{0};
  glm::vec4 weights{1, 0, 0, 0};
};

class SkinWeights {
 public:
  SkinWeights(const std::vector<std::string>& joints, const MeasurementTable& m) : joints_(joints) {
    for (const auto& level : vertebraLevels()) {
      std::string id = level == "T12" ? "vertebra_t12" : "vertebra_l" + level.substr(1);
      levels_.push_back({bodyFrame(m, level).centre.y, index(id)});
    }
    std::sort(levels_.begin(), levels_.end());
  }
  int index(const std::string& id) const {
    const auto it = std::find(joints_.begin(), joints_.end(), id);
    if (it == joints_.end()) throw std::runtime_error("no joint '" + id + "'");
    return static_cast<int>(it - joints_.begin());
  }
  // The trunk: the sacrum below L5, the nearest two vertebrae above.
  std::vector<std::pair<int, float>> trunk(float y) const {
    if (y <= levels_.front().first) return {{index("sacrum"), 1.0f}};
    for (size_t i = 0; i + 1 < levels_.size(); ++i)
      if (y <= levels_[i + 1].first) {
        const float f = (y - levels_[i].first) / (levels_[i + 1].first - levels_[i].first);
        return {{levels_[i].second, 1.0f - f}, {levels_[i + 1].second, f}};
      }
    return {{levels_.back().second, 1.0f}};
  }
  // The trunk bone that carries most of a point at height y.
  std::string trunkBone(float y) const {
    auto w = trunk(y);
    const auto best = std::max_element(
        w.begin(), w.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    return joints_[static_cast<size_t>(best->first)];
  }
  static VertexWeights pack(std::vector<std::pair<int, float>> w) {
    std::map<int, float> merged;
    for (const auto& [j, x] : w)
      if (x > 0.0f) merged[j] += x;
    std::vector<std::pair<float, int>> sorted;
    for (const auto& [j, x] : merged) sorted.push_back({-x, j});
    std::sort(sorted.begin(), sorted.end());
    VertexWeights v;
    v.weights = glm::vec4(0.0f);
    float total = 0.0f;
    for (size_t i = 0; i < std::min<size_t>(4, sorted.size()); ++i) total += -sorted[i].first;
    for (size_t i = 0; i < std::min<size_t>(4, sorted.size()); ++i) {
      v.joints[static_cast<int>(i)] = static_cast<uint16_t>(sorted[i].second);
      v.weights[static_cast<int>(i)] = -sorted[i].first / total;
    }
    return v;
  }

 private:
  std::vector<std::string> joints_;
  std::vector<std::pair<float, int>> levels_;
};
}  // namespace pe::gen
