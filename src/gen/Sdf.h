// Signed-distance primitives and blends for generating anatomy (negative inside, millimetres).
// Shapes are plain functions of a point; smooth unions give the rounded junctions of bone.
#pragma once
#include <algorithm>
#include <cmath>
#include <functional>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace pe::gen {
using Field = std::function<float(const glm::vec3&)>;

// Sine and cosine from plain double arithmetic, so the generated file is the same bytes on
// every x86-64 machine: the C library picks different sin/cos code (FMA or not) by CPU.
inline double stableSinD(double r) {
  const double twoPi = 6.283185307179586;
  r -= twoPi * std::floor(r / twoPi + 0.5);  // now in [-pi, pi]
  const double r2 = r * r;
  double term = r, sum = r;
  for (int k = 1; k <= 14; ++k) {
    term *= -r2 / static_cast<double>((2 * k) * (2 * k + 1));
    sum += term;
  }
  return sum;
}
inline float stableSin(float x) {
  return static_cast<float>(stableSinD(x));
}
inline float stableCos(float x) {
  return static_cast<float>(stableSinD(static_cast<double>(x) + 1.5707963267948966));
}
// The arc tangent likewise: three halvings (atan t = 2 atan(t / (1 + sqrt(1 + t^2))), sqrt being
// exact in IEEE arithmetic) bring |t| <= 1 under 0.1, where twelve terms of the series suffice.
inline double stableAtanD(double t) {
  double scale = 1.0;
  for (int k = 0; k < 3; ++k) t /= 1.0 + std::sqrt(1.0 + t * t), scale *= 2.0;
  const double t2 = t * t;
  double power = t, sum = t;
  for (int k = 1; k <= 12; ++k) {
    power *= -t2;
    sum += power / static_cast<double>(2 * k + 1);
  }
  return scale * sum;
}
// atan2(y, x) in radians, -pi..pi.
inline float stableAtan2(float y, float x) {
  const double pi = 3.141592653589793;
  if (x == 0.0f && y == 0.0f) return 0.0f;
  if (std::abs(x) >= std::abs(y)) {
    const double a = stableAtanD(static_cast<double>(y) / x);
    return static_cast<float>(x > 0.0f ? a : (y >= 0.0f ? a + pi : a - pi));
  }
  const double a = stableAtanD(static_cast<double>(x) / y);
  return static_cast<float>((y > 0.0f ? 0.5 * pi : -0.5 * pi) - a);
}

struct Box3 {
  glm::vec3 lo{1e9f}, hi{-1e9f};
  void add(const glm::vec3& p) { lo = glm::min(lo, p), hi = glm::max(hi, p); }
  void add(const Box3& b) { add(b.lo), add(b.hi); }
  void pad(float r) { lo -= glm::vec3(r), hi += glm::vec3(r); }
};

// A closed shape: its field and a box that contains it.
struct Shape {
  Field field;
  Box3 bounds;
};

inline float sdSphere(const glm::vec3& p, const glm::vec3& c, float r) {
  return glm::length(p - c) - r;
}

// A capsule whose radius goes from ra at a to rb at b (Quilez's round cone).
inline float sdRoundCone(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float ra,
                         float rb) {
  const glm::vec3 ba = b - a;
  const float l2 = glm::dot(ba, ba);
  const float rr = ra - rb, a2 = l2 - rr * rr, il2 = 1.0f / l2;
  const glm::vec3 pa = p - a;
  const float y = glm::dot(pa, ba), z = y - l2;
  const glm::vec3 xv = pa * l2 - ba * y;
  const float x2 = glm::dot(xv, xv), y2 = y * y * l2, z2 = z * z * l2;
  const float k = std::copysign(1.0f, rr) * rr * rr * x2;
  if (std::copysign(1.0f, z) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - rb;
  if (std::copysign(1.0f, y) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - ra;
  return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
}

inline float sdCapsule(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, float r) {
  const glm::vec3 pa = p - a, ba = b - a;
  const float h = std::clamp(glm::dot(pa, ba) / glm::dot(ba, ba), 0.0f, 1.0f);
  return glm::length(pa - ba * h) - r;
}

// An ellipsoid with semi-axes r along the columns of `axes` (an orthonormal frame); the bound
// is Quilez's gradient-corrected estimate, exact on the axes.
inline float sdEllipsoid(const glm::vec3& p, const glm::vec3& c, const glm::mat3& axes,
                         const glm::vec3& r) {
  const glm::vec3 q = glm::transpose(axes) * (p - c);
  const float k0 = glm::length(q / r), k1 = glm::length(q / (r * r));
  if (k1 == 0.0f) return -std::min(r.x, std::min(r.y, r.z));
  return k0 * (k0 - 1.0f) / k1;
}

// A box with rounded edges: half extents h (rounding included) in the frame `axes`.
inline float sdRoundBox(const glm::vec3& p, const glm::vec3& c, const glm::mat3& axes,
                        const glm::vec3& h, float rounding) {
  const glm::vec3 q = glm::abs(glm::transpose(axes) * (p - c)) - (h - glm::vec3(rounding));
  return glm::length(glm::max(q, glm::vec3(0.0f))) +
         std::min(std::max(q.x, std::max(q.y, q.z)), 0.0f) - rounding;
}

// A cylinder of elliptical section (semi-axes ex, ez) and half height hy along the frame's y,
// with edges rounded by `rounding`.
inline float sdEllipticCylinder(const glm::vec3& p, const glm::vec3& c, const glm::mat3& axes,
                                float ex, float ez, float hy, float rounding) {
  const glm::vec3 q = glm::transpose(axes) * (p - c);
  const glm::vec2 e(ex - rounding, ez - rounding);
  const glm::vec2 d2(q.x / e.x, q.z / e.y);
  const float k0 = glm::length(d2),
              k1 = glm::length(glm::vec2(q.x / (e.x * e.x), q.z / (e.y * e.y)));
  const float radial = k1 == 0.0f ? -std::min(e.x, e.y) : k0 * (k0 - 1.0f) / k1;
  const glm::vec2 w(radial, std::abs(q.y) - (hy - rounding));
  return std::min(std::max(w.x, w.y), 0.0f) + glm::length(glm::max(w, glm::vec2(0.0f))) - rounding;
}

// Polynomial smooth minimum: a union whose seam is rounded over about k millimetres.
inline float smoothUnion(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

// `a` with `b` carved out, the rim rounded over about k millimetres.
inline float smoothSubtract(float a, float b, float k) {
  return -smoothUnion(-a, b, k);
}

inline float smoothIntersect(float a, float b, float k) {
  return -smoothUnion(-a, -b, k);
}

// An orthonormal frame whose y axis runs along `up` and whose z axis is as close as possible to
// `forward`.
inline glm::mat3 frameFromUp(const glm::vec3& up, const glm::vec3& forward) {
  const glm::vec3 y = glm::normalize(up);
  glm::vec3 z = forward - y * glm::dot(forward, y);
  z = glm::normalize(z);
  return glm::mat3(glm::cross(y, z), y, z);
}

// Rotation about the x axis (positive: +y towards +z) by `radians`.
inline glm::mat3 rotationX(float radians) {
  const float c = stableCos(radians), s = stableSin(radians);
  return glm::mat3(glm::vec3(1, 0, 0), glm::vec3(0, c, s), glm::vec3(0, -s, c));
}
}  // namespace pe::gen

namespace pe::gen {
// A shape described in a local frame (origin `centre`, axes the columns of `axes`) placed in
// the model; `localBox` bounds it in the local frame.
inline Shape placeShape(const glm::vec3& centre, const glm::mat3& axes, Field local,
                        const Box3& localBox) {
  Shape s;
  const glm::mat3 toLocal = glm::transpose(axes);
  s.field = [centre, toLocal, local = std::move(local)](const glm::vec3& p) {
    return local(toLocal * (p - centre));
  };
  for (int c = 0; c < 8; ++c)
    s.bounds.add(centre + axes * glm::vec3(c & 1 ? localBox.hi.x : localBox.lo.x,
                                           c & 2 ? localBox.hi.y : localBox.lo.y,
                                           c & 4 ? localBox.hi.z : localBox.lo.z));
  return s;
}

// The mirror image of a shape across the midsagittal plane (x = 0): right-side structures are
// their left counterparts read at the mirrored point.
inline Shape mirroredShape(const Shape& left) {
  Shape s;
  s.field = [f = left.field](const glm::vec3& p) { return f(glm::vec3(-p.x, p.y, p.z)); };
  s.bounds.lo = glm::vec3(-left.bounds.hi.x, left.bounds.lo.y, left.bounds.lo.z);
  s.bounds.hi = glm::vec3(-left.bounds.lo.x, left.bounds.hi.y, left.bounds.hi.z);
  return s;
}

// A frame whose z axis runs along `along` and whose y axis is as close as possible to `up`.
inline glm::mat3 frameAlong(const glm::vec3& along, const glm::vec3& up) {
  const glm::vec3 z = glm::normalize(along);
  glm::vec3 y = up - z * glm::dot(up, z);
  y = glm::normalize(y);
  return glm::mat3(glm::cross(y, z), y, z);
}

// A rounded box spanning from a to b (its length), `halfWidth` across and `halfHeight` towards
// `up`.
inline float sdSlab(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& up,
                    float halfWidth, float halfHeight, float rounding) {
  const glm::mat3 f = frameAlong(b - a, up);
  return sdRoundBox(p, 0.5f * (a + b), f,
                    glm::vec3(halfWidth, halfHeight, 0.5f * glm::length(b - a) + rounding),
                    rounding);
}
}  // namespace pe::gen
