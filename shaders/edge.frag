// Edge anti-aliasing as a post-process (after Lottes' FXAA): where the luma of a pixel and
// its four neighbours differs enough, the pixel is blended along the edge direction that the
// diagonal neighbours give. Three variants, one pass each (EdgeFilter.cpp): MARK discards the
// smooth pixels, so only edges reach the stencil; COPY copies the smooth ones; the default
// filters the marked ones.
uniform sampler2D uImage;   // nearest filtering, clamped to the edge
uniform sampler2D uSmooth;  // the same image with linear filtering
uniform vec2 uTexel;        // 1 / image size

out vec4 fragColor;

// How far along the edge it reads, in pixels each way (x 0.5). FXAA's usual 8 turns holes of
// a few pixels (the sacral foramina at a normal zoom) into crosses; 3 keeps them round.
const float kSpan = 3.0;

float luma(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }

void main() {
  vec2 uv = gl_FragCoord.xy * uTexel;
  vec3 centre = textureLod(uImage, uv, 0.0).rgb;
#ifdef COPY
  fragColor = vec4(centre, 1.0);
  return;
#endif
  float lc = luma(centre);
  float ln = luma(textureLodOffset(uImage, uv, 0.0, ivec2(0, 1)).rgb);
  float ls = luma(textureLodOffset(uImage, uv, 0.0, ivec2(0, -1)).rgb);
  float le = luma(textureLodOffset(uImage, uv, 0.0, ivec2(1, 0)).rgb);
  float lw = luma(textureLodOffset(uImage, uv, 0.0, ivec2(-1, 0)).rgb);
  float lo = min(lc, min(min(ln, ls), min(le, lw)));
  float hi = max(lc, max(max(ln, ls), max(le, lw)));
  bool quiet = hi - lo < max(0.04, hi * 0.125);
#ifdef MARK
  if (quiet) discard;
  fragColor = vec4(0.0);
  return;
#endif
  if (quiet) {
    fragColor = vec4(centre, 1.0);
    return;
  }
  float lnw = luma(textureLodOffset(uImage, uv, 0.0, ivec2(-1, 1)).rgb);
  float lne = luma(textureLodOffset(uImage, uv, 0.0, ivec2(1, 1)).rgb);
  float lsw = luma(textureLodOffset(uImage, uv, 0.0, ivec2(-1, -1)).rgb);
  float lse = luma(textureLodOffset(uImage, uv, 0.0, ivec2(1, -1)).rgb);
  // Perpendicular to the luma gradient: along the edge.
  vec2 dir = vec2(-((lnw + lne) - (lsw + lse)), (lnw + lsw) - (lne + lse));
  float reduce = max((lnw + lne + lsw + lse) * 0.25 * 0.125, 1.0 / 128.0);
  dir = clamp(dir / (min(abs(dir.x), abs(dir.y)) + reduce), vec2(-kSpan), vec2(kSpan)) * uTexel;
  vec3 inner = 0.5 * (textureLod(uSmooth, uv - dir / 6.0, 0.0).rgb +
                      textureLod(uSmooth, uv + dir / 6.0, 0.0).rgb);
  vec3 outer = 0.5 * inner + 0.25 * (textureLod(uSmooth, uv - dir * 0.5, 0.0).rgb +
                                     textureLod(uSmooth, uv + dir * 0.5, 0.0).rgb);
  float lo2 = min(lo, min(min(lnw, lne), min(lsw, lse)));
  float hi2 = max(hi, max(max(lnw, lne), max(lsw, lse)));
  float lOuter = luma(outer);
  fragColor = vec4(lOuter < lo2 || lOuter > hi2 ? inner : outer, 1.0);
}
