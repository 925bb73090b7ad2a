#include "gen/SkinCorrectives.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>
#include <glm/trigonometric.hpp>

namespace pe::gen {
glm::mat3 HipPoser::turn(const std::string& joint, const std::array<float, 2>& degrees) const {
  float angle = 0.0f;
  for (int side = 0; side < 2; ++side) {
    const std::string name = side == 0 ? "left" : "right";
    if (joint == "femur_" + name) angle = degrees[static_cast<size_t>(side)];
    if (joint == "brim_" + name)  // the pulley stays at rest in extension
      angle = std::max(0.0f, degrees[static_cast<size_t>(side)]) * brimFraction_;
  }
  const float a = glm::radians(angle);
  return glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, stableCos(a), -stableSin(a)),
                   glm::vec3(0, stableSin(a), stableCos(a)));
}

glm::vec3 HipPoser::pose(const VertexWeights& w, const glm::vec3& at,
                         const std::array<float, 2>& degrees) const {
  glm::vec3 out(0.0f);
  for (int k = 0; k < 4; ++k)
    if (w.weights[k] > 0.0f) {
      const std::string& j = joint(w.joints[k]);
      out += w.weights[k] * (turn(j, degrees) * (at - origin(j)) + origin(j));
    }
  return out;
}

glm::vec3 HipPoser::unpose(const VertexWeights& w, const glm::vec3& posed,
                           const std::array<float, 2>& degrees) const {
  glm::mat3 a(0.0f);
  glm::vec3 b(0.0f);
  for (int k = 0; k < 4; ++k)
    if (w.weights[k] > 0.0f) {
      const std::string& j = joint(w.joints[k]);
      const glm::mat3 r = turn(j, degrees);
      a += w.weights[k] * r;
      b += w.weights[k] * (origin(j) - r * origin(j));
    }
  return glm::inverse(a) * (posed - b);
}

float skinCorrectiveWeight(size_t k, float degrees) {
  const float key = kSkinCorrectiveKeys[k];
  const float before = k == 0 ? 0.5f * key : kSkinCorrectiveKeys[k - 1];
  if (degrees <= key) return std::clamp((degrees - before) / (key - before), 0.0f, 1.0f);
  if (k + 1 == kSkinCorrectiveKeys.size()) return 1.0f;
  const float after = kSkinCorrectiveKeys[k + 1];
  return std::clamp((after - degrees) / (after - key), 0.0f, 1.0f);
}

float clipFlexionDegrees(float seconds) {
  return 60.0f * (1.0f - stableCos(2.0f * 3.14159265f * seconds / 4.0f));
}

std::vector<float> skinCorrectiveTimes(const std::vector<float>& times) {
  std::vector<float> out = times;
  std::vector<float> corners = {0.5f * kSkinCorrectiveKeys[0]};
  corners.insert(corners.end(), kSkinCorrectiveKeys.begin(), kSkinCorrectiveKeys.end());
  for (float corner : corners) {
    float lo = 0.0f, hi = 2.0f;  // the angle rises over the first two seconds
    for (int k = 0; k < 40; ++k) {
      const float mid = 0.5f * (lo + hi);
      (clipFlexionDegrees(mid) < corner ? lo : hi) = mid;
    }
    out.push_back(hi);
    out.push_back(4.0f - hi);
  }
  std::sort(out.begin(), out.end());
  std::vector<float> unique;
  for (float t : out)
    if (t >= 0.0f && t <= times.back() && (unique.empty() || t > unique.back() + 1e-3f))
      unique.push_back(t);
  return unique;
}

std::vector<float> skinCorrectiveWeights(const std::vector<float>& times, int builds,
                                         const std::array<bool, 2>& sides) {
  std::vector<float> out;
  for (float t : times) {
    out.insert(out.end(), static_cast<size_t>(builds), 0.0f);
    const float degrees = clipFlexionDegrees(t);
    for (bool moves : sides)
      for (size_t k = 0; k < kSkinCorrectiveKeys.size(); ++k)
        out.push_back(moves ? skinCorrectiveWeight(k, degrees) : 0.0f);
  }
  return out;
}

namespace {
float smoothstep(float a, float b, float x) {
  const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

constexpr float kClearanceMm = 4.0f;

// A skinned muscle in a pose, for the nearest of its vertices to a point (a grid of 10 mm).
class PosedSolid {
 public:
  PosedSolid(const SkinnedSolid& solid, const HipPoser& poser,
             const std::array<float, 2>& degrees) {
    const float bulge = std::max(0.0f, degrees[solid.side == "left" ? 0 : 1]) / 120.0f;
    for (size_t v = 0; v < solid.positions.size(); ++v) {
      const glm::vec3 at = solid.positions[v] + bulge * solid.bulge[v];
      positions_.push_back(poser.pose(solid.weights[v], at, degrees));
      normals_.push_back(glm::normalize(
          poser.pose(solid.weights[v], at + solid.normals[v], degrees) - positions_.back()));
      cells_[key(positions_.back())].push_back(static_cast<uint32_t>(v));
    }
  }
  // The distance out along the nearest vertex's normal (negative inside) and that normal;
  // `limit` when no vertex is within 10 mm.
  std::pair<float, glm::vec3> distance(const glm::vec3& p, float limit) const {
    float best = 1e9f, d = limit;
    glm::vec3 normal(0.0f);
    const glm::ivec3 c = glm::ivec3(glm::floor(p / kCell));
    for (int x = -1; x <= 1; ++x)
      for (int y = -1; y <= 1; ++y)
        for (int z = -1; z <= 1; ++z) {
          const auto it = cells_.find(key(c + glm::ivec3(x, y, z)));
          if (it == cells_.end()) continue;
          for (uint32_t v : it->second) {
            const float dist = glm::distance(p, positions_[v]);
            if (dist < best && dist < kCell)
              best = dist, d = glm::dot(p - positions_[v], normals_[v]), normal = normals_[v];
          }
        }
    return {std::min(d, limit), normal};
  }

 private:
  static constexpr float kCell = 10.0f;
  static int64_t key(const glm::ivec3& c) {
    return (static_cast<int64_t>(c.x) * 4096 + c.y) * 4096 + c.z;
  }
  static int64_t key(const glm::vec3& p) { return key(glm::ivec3(glm::floor(p / kCell))); }
  std::vector<glm::vec3> positions_, normals_;
  std::unordered_map<int64_t, std::vector<uint32_t>> cells_;
};

// The bones and the hip's muscles in a pose: how far a posed point is from them, and the way out.
class Obstacles {
 public:
  Obstacles(const std::vector<const Part*>& bones, const std::vector<SkinnedSolid>& muscles,
            const HipPoser& poser, const std::array<float, 2>& degrees)
      : bones_(bones), poser_(poser), degrees_(degrees) {
    for (const SkinnedSolid& m : muscles) muscles_.emplace_back(m, poser, degrees);
  }
  // Moves `p` out of each bone along its field and out of each muscle along its nearest vertex's
  // normal, until it is `clear` of them.
  void pushOut(glm::vec3& p, float clear) const {
    for (int step = 0; step < 3; ++step) {
      for (const Part* b : bones_) {
        const bool femur = b->id.rfind("femur_", 0) == 0;
        const glm::mat3 r = femur ? poser_.turn(b->id, degrees_) : glm::mat3(1.0f);
        const glm::vec3 o = femur ? poser_.origin(b->id) : glm::vec3(0.0f);
        const glm::vec3 local = glm::transpose(r) * (p - o) + o;
        const Box3& box = b->shape.bounds;
        if (glm::any(glm::lessThan(local, box.lo - glm::vec3(clear))) ||
            glm::any(glm::greaterThan(local, box.hi + glm::vec3(clear))))
          continue;
        const float d = b->shape.field(local);
        if (d >= clear) continue;
        glm::vec3 g;
        for (int a = 0; a < 3; ++a) {
          glm::vec3 e(0.0f);
          e[a] = 0.5f;
          g[a] = b->shape.field(local + e) - b->shape.field(local - e);
        }
        if (glm::length(g) > 1e-6f) p += r * glm::normalize(g) * (clear - d);
      }
      for (const PosedSolid& m : muscles_) {
        const auto [d, normal] = m.distance(p, clear);
        if (d < clear && d > -8.0f) p += normal * (clear - d);  // deeper, the normal misleads
      }
    }
  }
  // The least distance to bone or muscle (the bones' fields, the muscles' nearest vertices;
  // capped at the clearance).
  float clearance(const glm::vec3& p) const {
    float out = kClearanceMm;
    for (const Part* b : bones_) {
      const bool femur = b->id.rfind("femur_", 0) == 0;
      const glm::vec3 o = femur ? poser_.origin(b->id) : glm::vec3(0.0f);
      const glm::vec3 local =
          femur ? glm::transpose(poser_.turn(b->id, degrees_)) * (p - o) + o : p;
      const Box3& box = b->shape.bounds;
      if (glm::any(glm::lessThan(local, box.lo - glm::vec3(kClearanceMm))) ||
          glm::any(glm::greaterThan(local, box.hi + glm::vec3(kClearanceMm))))
        continue;
      out = std::min(out, b->shape.field(local));
    }
    for (const PosedSolid& m : muscles_) out = std::min(out, m.distance(p, out).first);
    return out;
  }

 private:
  const std::vector<const Part*>& bones_;
  const HipPoser& poser_;
  std::array<float, 2> degrees_;
  std::vector<PosedSolid> muscles_;
};

struct Edge {
  uint32_t a, b;
  float rest;
};

std::vector<Edge> edgesOf(const GenMesh& mesh) {
  std::set<std::pair<uint32_t, uint32_t>> seen;
  std::vector<Edge> out;
  for (size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (size_t e = 0; e < 3; ++e) {
      uint32_t a = mesh.indices[t + e], b = mesh.indices[t + (e + 1) % 3];
      if (a > b) std::swap(a, b);
      if (seen.insert({a, b}).second)
        out.push_back({a, b, glm::distance(mesh.positions[a], mesh.positions[b])});
    }
  return out;
}

// A share of the way from `a` to `b` about the flexion axis through `hip` (+X): the angle, the
// distance from the axis and x each go linearly, so that the skin turns round the hip rather
// than cutting the chord through it.
glm::vec3 aboutHip(const glm::vec3& a, const glm::vec3& b, const glm::vec3& hip, float share) {
  const glm::vec2 pa(a.y - hip.y, a.z - hip.z), pb(b.y - hip.y, b.z - hip.z);
  const float ra = glm::length(pa), rb = glm::length(pb);
  if (ra < 1e-3f || rb < 1e-3f) return glm::mix(a, b, share);
  const float from = stableAtan2(pa.x, pa.y);
  float turn = stableAtan2(pb.x, pb.y) - from;
  if (turn > 3.14159265f) turn -= 6.2831853f;
  if (turn < -3.14159265f) turn += 6.2831853f;
  const float angle = from + share * turn, r = ra + share * (rb - ra);
  return glm::vec3(a.x + share * (b.x - a.x), hip.y + r * stableSin(angle),
                   hip.z + r * stableCos(angle));
}

// How far (0..1, in 24 steps: 5 degrees of a 120-degree turn) a posed point must go towards where
// the femur alone would carry it to clear the obstacles by `clear`; where nothing does, the share
// that comes closest.
float towardFemur(const Obstacles& bones, const glm::vec3& at, const glm::vec3& withFemur,
                  const glm::vec3& hip, float clear) {
  float best = 0.0f, bestClearance = -1e9f;
  for (int k = 0; k <= 24; ++k) {
    const float share = static_cast<float>(k) / 24.0f;
    const float c = bones.clearance(aboutHip(at, withFemur, hip, share));
    if (c >= clear) return share;
    if (c > bestClearance) best = share, bestClearance = c;
  }
  return best;
}

// The skin posed at one key (from `start`, the rest mesh with the key before's correction).
// Where its weights put it in bone or muscle it turns further with the femur round the hip, by a
// share that spreads smoothly over the mesh (the femur's neck and shaft come forward under the
// groin). Then 600 sweeps leave no edge longer than the limit, moving out of bone and muscle what
// that pulls in every tenth sweep but the last 30 (which only shorten edges: pushing out along a
// muscle's normal can stretch an edge, and the limit is the bound that matters more).
std::vector<glm::vec3> relaxedSkin(const GenMesh& skin, const std::vector<glm::vec3>& start,
                                   const std::vector<VertexWeights>& weights, const HipPoser& poser,
                                   const Obstacles& posed, const Obstacles& rest,
                                   const std::vector<Edge>& edges,
                                   const std::vector<float>& mobility, const std::string& femur,
                                   const std::array<float, 2>& degrees) {
  const size_t n = skin.positions.size();
  const glm::mat3 turn = poser.turn(femur, degrees);
  const glm::vec3 hip = poser.origin(femur);
  std::vector<glm::vec3> p(n), withFemur(n);
  std::vector<float> need(n, 0.0f), clear(n, 0.0f);
  for (size_t v = 0; v < n; ++v) {
    p[v] = poser.pose(weights[v], start[v], degrees);
    withFemur[v] = turn * (start[v] - hip) + hip;
    if (mobility[v] <= 0.0f) continue;
    // The clearance it has at rest, or the margin if that is less: skin that already lies on
    // bone (over the ASIS) keeps to the trunk.
    clear[v] = std::min(kClearanceMm, rest.clearance(skin.positions[v]) - 0.5f);
    need[v] = towardFemur(posed, p[v], withFemur[v], hip, clear[v]);
  }
  // Skin further along the blend towards the thigh (turning with more of the hip's angle: the
  // femur all of it, the brim pulley its fraction) turns at least as far as skin before it, so
  // that the groin keeps its order round the hip (no tongue of skin left under the femur).
  const std::string brim = "brim_" + femur.substr(femur.find('_') + 1);
  std::vector<float> thighward(n, 0.0f);
  for (size_t v = 0; v < n; ++v)
    for (int k = 0; k < 4; ++k) {
      const std::string& j = poser.joint(weights[v].joints[k]);
      thighward[v] += weights[v].weights[k] * (j == femur  ? 1.0f
                                               : j == brim ? poser.brimFraction()
                                                           : 0.0f);
    }
  // Only along edges where the share rises (not between two trunk or two thigh vertices, which
  // would carry a need across the whole trunk); 60 passes reach across the widest blend.
  for (int pass = 0; pass < 60; ++pass)
    for (const Edge& e : edges) {
      const float rise = thighward[e.b] - thighward[e.a];
      if (std::abs(rise) < 1e-3f) continue;
      const uint32_t from = rise > 0.0f ? e.a : e.b, to = rise > 0.0f ? e.b : e.a;
      if (mobility[to] > 0.0f) need[to] = std::max(need[to], need[from]);
    }
  // Spread: two rings at the most, then 12 passes of the mean (about as many rings), never below
  // what a vertex needs.
  std::vector<float> share = need;
  for (int pass = 0; pass < 14; ++pass) {
    std::vector<float> sum(n, 0.0f), count(n, 0.0f), most = share;
    for (const Edge& e : edges) {
      sum[e.a] += share[e.b], sum[e.b] += share[e.a], count[e.a] += 1.0f, count[e.b] += 1.0f;
      most[e.a] = std::max(most[e.a], share[e.b]), most[e.b] = std::max(most[e.b], share[e.a]);
    }
    for (size_t v = 0; v < n; ++v)
      if (mobility[v] > 0.0f)
        share[v] = pass < 2 ? most[v] : std::max(need[v], (share[v] + sum[v]) / (1.0f + count[v]));
  }
  for (size_t v = 0; v < n; ++v) p[v] = aboutHip(p[v], withFemur[v], hip, share[v]);
  for (int iteration = 0; iteration < 600; ++iteration) {
    if (iteration % 10 == 9 && iteration < 570)
      for (size_t v = 0; v < n; ++v)
        if (mobility[v] > 0.0f) posed.pushOut(p[v], std::max(0.0f, clear[v]));
    for (const Edge& e : edges) {
      const float wa = mobility[e.a], wb = mobility[e.b];
      if (wa + wb <= 0.0f) continue;
      const glm::vec3 ab = p[e.b] - p[e.a];
      const float length = glm::length(ab), limit = kSkinStretchLimit * e.rest;
      if (length <= limit) continue;
      const glm::vec3 fix = ab * ((length - limit) / length / (wa + wb));
      p[e.a] += fix * wa;
      p[e.b] -= fix * wb;
    }
  }
  return p;
}
}  // namespace

std::vector<std::pair<std::string, std::vector<glm::vec3>>> skinCorrectives(
    const GenMesh& skin, const std::vector<VertexWeights>& weights, const HipPoser& poser,
    const std::vector<const Part*>& bones, const std::vector<SkinnedSolid>& muscles) {
  const Obstacles rest(bones, muscles, poser, {0.0f, 0.0f});
  const std::vector<Edge> edges = edgesOf(skin);
  const size_t n = skin.positions.size();
  std::vector<std::pair<std::string, std::vector<glm::vec3>>> out;
  for (int side = 0; side < 2; ++side) {
    const std::string name = side == 0 ? "left" : "right";
    const glm::vec3 hip = poser.origin("femur_" + name);
    // What may move: the skin about the hip (the trunk's too: the femur's neck and shaft come
    // forward under the groin), less so further away, and nothing at the midline, so that both
    // hips' corrections add up without counting it twice.
    std::vector<float> mobility(n, 0.0f);
    for (size_t v = 0; v < n; ++v) {
      const float x = side == 0 ? skin.positions[v].x : -skin.positions[v].x;
      mobility[v] = smoothstep(5.0f, 25.0f, x) *
                    (1.0f - smoothstep(200.0f, 300.0f, glm::distance(skin.positions[v], hip)));
    }
    // Each key starts from the one before it, carried on by the skinning.
    std::vector<glm::vec3> start = skin.positions;
    for (float key : kSkinCorrectiveKeys) {
      std::array<float, 2> degrees = {0.0f, 0.0f};
      degrees[static_cast<size_t>(side)] = key;
      const Obstacles posed(bones, muscles, poser, degrees);
      std::vector<glm::vec3> p = relaxedSkin(skin, start, weights, poser, posed, rest, edges,
                                             mobility, "femur_" + name, degrees);
      std::vector<glm::vec3> deltas(n, glm::vec3(0.0f));
      for (size_t v = 0; v < n; ++v)
        if (mobility[v] > 0.0f)
          deltas[v] = poser.unpose(weights[v], p[v], degrees) - skin.positions[v];
      for (size_t v = 0; v < n; ++v) start[v] = skin.positions[v] + deltas[v];
      out.push_back(
          {"flexion_" + name + "_" + std::to_string(static_cast<int>(key)), std::move(deltas)});
    }
  }
  return out;
}
}  // namespace pe::gen
