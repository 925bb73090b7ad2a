// Mesh fragment shader: base colour (factor x vertex colour x texture), alpha modes, and a
// two-light studio setup that follows the camera so every view is readable.
in vec3 vWorldPos;
in vec3 vNormal;
in vec2 vTexcoord0;
in vec2 vTexcoord1;
in vec4 vColor;

uniform vec4 uBaseColor;
uniform bool uHasBaseColorTexture;
uniform sampler2D uBaseColorTexture;
uniform int uBaseColorTexCoord;
uniform int uAlphaMode;  // 0 opaque, 1 mask, 2 blend
uniform float uAlphaCutoff;
uniform vec3 uEmissive;
uniform float uOpacity;     // structure opacity (ghosting), multiplies alpha
uniform bool uBlended;      // alpha blending on: BLEND materials and faded structures
uniform vec4 uHighlight;    // selection / hover tint: rgb and strength
uniform bool uLit;
uniform vec3 uEye;
uniform vec3 uKeyLightDir;   // towards the light
uniform vec3 uFillLightDir;
uniform float uLightIntensity;
uniform float uAmbient;
#ifdef GL_ES
uniform vec4 uClipPlane;  // as in mesh.vert, which clips where the hardware can
uniform bool uClipEnabled;
#endif

out vec4 fragColor;

void main() {
#ifdef GL_ES
  if (uClipEnabled && dot(uClipPlane.xyz, vWorldPos) > uClipPlane.w) discard;
#endif
  vec4 base = uBaseColor * vColor;
  if (uHasBaseColorTexture)
    base *= texture(uBaseColorTexture, uBaseColorTexCoord == 0 ? vTexcoord0 : vTexcoord1);
  if (uAlphaMode == 1 && base.a < uAlphaCutoff) discard;

  base.rgb = mix(base.rgb, uHighlight.rgb, uHighlight.a);
  vec3 color = base.rgb;
  if (uLit) {
    vec3 n = normalize(vNormal);
    if (!gl_FrontFacing) n = -n;
    vec3 v = normalize(uEye - vWorldPos);
    float key = max(dot(n, uKeyLightDir), 0.0);
    float fill = max(dot(n, uFillLightDir), 0.0) * 0.35;
    vec3 h = normalize(uKeyLightDir + v);
    // pow(x, 48) by squaring: x^16 * x^32 (a general pow costs an exp2 and a log2 per pixel
    // on a software rasterizer).
    float x = max(dot(n, h), 0.0);
    float x2 = x * x, x4 = x2 * x2, x8 = x4 * x4, x16 = x8 * x8;
    float specular = x16 * x16 * x16 * 0.18 * step(0.0, key);
    // Ambient plus direct light sums to about 1.1 facing the key light, so colours keep their
    // hue (origin blue and insertion orange must stay distinguishable) instead of clipping.
    color = base.rgb * (uAmbient + (1.0 - uAmbient) * uLightIntensity * (0.8 * key + fill)) +
            uLightIntensity * specular;
  }
  color += uEmissive;
  // Shading is in linear light; the framebuffer expects sRGB.
  color = pow(clamp(color, 0.0, 1.0), vec3(1.0 / 2.2));
  fragColor = vec4(color, uBlended ? base.a * uOpacity : 1.0);
}
