// The cut face of a cross-section: a quad on the clip plane, kept only where the stencil
// says the plane lies inside the structure.
layout(location = 0) in vec3 aPosition;
uniform mat4 uViewProjection;

void main() { gl_Position = uViewProjection * vec4(aPosition, 1.0); }
