// Mesh vertex shader. Variants: SKINNED (joint matrices from a float texture, a row of four
// texels per joint: as many joints as the texture height allows, 2048 at least in WebGL2),
// CAPTURE (transform feedback of world positions for tests).
layout(location = 0) in vec3 aPosition;
layout(location = 1) in vec3 aNormal;
layout(location = 2) in vec2 aTexcoord0;
layout(location = 3) in vec2 aTexcoord1;
layout(location = 4) in vec4 aColor;
layout(location = 5) in vec4 aJoints0;
layout(location = 6) in vec4 aWeights0;
layout(location = 7) in vec4 aJoints1;
layout(location = 8) in vec4 aWeights1;

uniform mat4 uModel;
uniform mat3 uNormalMatrix;
uniform mat4 uViewProjection;
uniform vec4 uClipPlane;  // xyz normal, w offset: n.p <= w is kept
uniform bool uClipEnabled;
uniform vec3 uEye;
uniform float uSurfaceLift;  // along the line of sight towards the eye, in model units

out vec3 vWorldPos;
out vec3 vNormal;
out vec2 vTexcoord0;
out vec2 vTexcoord1;
out vec4 vColor;

#ifdef SKINNED
uniform sampler2D uJointMatrices;

mat4 jointMatrix(float joint) {
  int row = int(joint);
  return mat4(texelFetch(uJointMatrices, ivec2(0, row), 0),
              texelFetch(uJointMatrices, ivec2(1, row), 0),
              texelFetch(uJointMatrices, ivec2(2, row), 0),
              texelFetch(uJointMatrices, ivec2(3, row), 0));
}
#endif

void main() {
#ifdef SKINNED
  mat4 skin = aWeights0.x * jointMatrix(aJoints0.x) + aWeights0.y * jointMatrix(aJoints0.y) +
              aWeights0.z * jointMatrix(aJoints0.z) + aWeights0.w * jointMatrix(aJoints0.w);
  if (dot(aWeights1, vec4(1.0)) > 0.0)
    skin += aWeights1.x * jointMatrix(aJoints1.x) + aWeights1.y * jointMatrix(aJoints1.y) +
            aWeights1.z * jointMatrix(aJoints1.z) + aWeights1.w * jointMatrix(aJoints1.w);
  // Skinned vertices land in world space directly (glTF: the mesh node transform is ignored).
  vWorldPos = (skin * vec4(aPosition, 1.0)).xyz;
  vNormal = mat3(skin) * aNormal;
#else
  vWorldPos = (uModel * vec4(aPosition, 1.0)).xyz;
  vNormal = uNormalMatrix * aNormal;
#endif
  if (uSurfaceLift > 0.0) vWorldPos += normalize(uEye - vWorldPos) * uSurfaceLift;
  vTexcoord0 = aTexcoord0;
  vTexcoord1 = aTexcoord1;
  vColor = aColor;
  gl_Position = uViewProjection * vec4(vWorldPos, 1.0);
#ifndef GL_ES  // OpenGL ES 3.0 (WebGL2) has no clip distances: mesh.frag discards instead
  gl_ClipDistance[0] = uClipEnabled ? uClipPlane.w - dot(uClipPlane.xyz, vWorldPos) : 1.0;
#endif
}
