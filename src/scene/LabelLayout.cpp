#include "scene/LabelLayout.h"

#include <algorithm>
#include <cmath>

namespace pe {
namespace {
float cross(glm::vec2 a, glm::vec2 b) {
  return a.x * b.y - a.y * b.x;
}

// Whether segments pq and rs cross at a point inside both (touching ends do not count).
bool segmentsCross(glm::vec2 p, glm::vec2 q, glm::vec2 r, glm::vec2 s) {
  const float d1 = cross(q - p, r - p), d2 = cross(q - p, s - p);
  const float d3 = cross(s - r, p - r), d4 = cross(s - r, q - r);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

// Lines from anchors at different depths can cross even when the labels keep the anchors'
// order. Swapping the places of two labels of the same height whose lines cross makes the two
// lines shorter together (the diagonals of a quadrilateral are longer than two opposite
// sides), so repeating it ends, with no lines crossing.
void uncrossLeaderLines(std::vector<PlacedLabel>& column) {
  const size_t n = column.size();
  for (size_t round = 0; round < n * n + 1; ++round) {
    bool swapped = false;
    for (size_t i = 0; i < n; ++i)
      for (size_t j = i + 1; j < n; ++j) {
        PlacedLabel &a = column[i], &b = column[j];
        const float h = a.max.y - a.min.y;
        if (std::abs((b.max.y - b.min.y) - h) > 0.01f ||
            !segmentsCross(a.anchor, a.lineEnd, b.anchor, b.lineEnd))
          continue;
        std::swap(a.min.y, b.min.y);
        std::swap(a.max.y, b.max.y);
        std::swap(a.lineEnd.y, b.lineEnd.y);
        swapped = true;
      }
    if (!swapped) return;
  }
}
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
  while (!column.empty() && height() > viewport.y - 2 * o.border - o.top)
    column.erase(column.begin() + column.size() / 2);
  std::vector<float> top(column.size());
  float cursor = o.border + o.top;
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
    x0 = std::clamp(x0, o.left + o.border, std::max(o.left + o.border, viewport.x - o.border - w));
    p.min = {x0, top[i]};
    p.max = {x0 + w, top[i] + column[i].size.y};
    p.lineEnd = {left ? p.max.x : p.min.x, (p.min.y + p.max.y) * 0.5f};
    out.push_back(p);
  }
  uncrossLeaderLines(out);
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

bool leaderLinesCross(const std::vector<PlacedLabel>& labels) {
  for (size_t i = 0; i < labels.size(); ++i)
    for (size_t j = i + 1; j < labels.size(); ++j)
      if (segmentsCross(labels[i].anchor, labels[i].lineEnd, labels[j].anchor, labels[j].lineEnd))
        return true;
  return false;
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
