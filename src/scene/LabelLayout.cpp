#include "scene/LabelLayout.h"

#include <algorithm>

namespace pe {
namespace {
// Stacks one column's labels: each as near its anchor's height as the others allow.
std::vector<PlacedLabel> stackColumn(std::vector<LabelRequest> column, bool left, float edgeX,
                                     glm::vec2 viewport, const LabelLayoutOptions& o) {
  std::sort(column.begin(), column.end(),
            [](const LabelRequest& a, const LabelRequest& b) { return a.anchor.y < b.anchor.y; });
  // Drop labels until the column fits the height (every other one from the middle out).
  auto height = [&] {
    float h = 0;
    for (const LabelRequest& r : column) h += r.size.y + o.spacing;
    return h;
  };
  while (!column.empty() && height() > viewport.y - 2 * o.border)
    column.erase(column.begin() + column.size() / 2);
  std::vector<float> top(column.size());
  float cursor = o.border;
  for (size_t i = 0; i < column.size(); ++i) {
    top[i] = std::max(column[i].anchor.y - column[i].size.y * 0.5f, cursor);
    cursor = top[i] + column[i].size.y + o.spacing;
  }
  float limit = viewport.y - o.border;  // push back up from the bottom edge
  for (size_t i = column.size(); i-- > 0;) {
    top[i] = std::min(top[i], limit - column[i].size.y);
    limit = top[i] - o.spacing;
  }
  std::vector<PlacedLabel> out;
  for (size_t i = 0; i < column.size(); ++i) {
    PlacedLabel p;
    p.id = column[i].id;
    p.anchor = column[i].anchor;
    const float w = column[i].size.x;
    float x0 = left ? edgeX - w : edgeX;
    x0 = std::clamp(x0, o.border, std::max(o.border, viewport.x - o.border - w));
    p.min = {x0, top[i]};
    p.max = {x0 + w, top[i] + column[i].size.y};
    p.lineEnd = {left ? p.max.x : p.min.x, (p.min.y + p.max.y) * 0.5f};
    out.push_back(p);
  }
  return out;
}
}  // namespace

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests, glm::vec2 viewport,
                                      const LabelLayoutOptions& options) {
  if (requests.empty()) return {};
  float minX = requests[0].anchor.x, maxX = minX, meanX = 0;
  for (const LabelRequest& r : requests) {
    minX = std::min(minX, r.anchor.x);
    maxX = std::max(maxX, r.anchor.x);
    meanX += r.anchor.x / static_cast<float>(requests.size());
  }
  std::vector<LabelRequest> left, right;
  for (const LabelRequest& r : requests) (r.anchor.x < meanX ? left : right).push_back(r);
  minX = std::min(minX, options.modelLeft);
  maxX = std::max(maxX, options.modelRight);
  std::vector<PlacedLabel> out = stackColumn(left, true, minX - options.margin, viewport, options);
  std::vector<PlacedLabel> r = stackColumn(right, false, maxX + options.margin, viewport, options);
  out.insert(out.end(), r.begin(), r.end());
  return out;
}

bool labelsOverlap(const std::vector<PlacedLabel>& labels) {
  for (size_t i = 0; i < labels.size(); ++i)
    for (size_t j = i + 1; j < labels.size(); ++j) {
      const PlacedLabel &a = labels[i], &b = labels[j];
      if (a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y)
        return true;
    }
  return false;
}
}  // namespace pe
