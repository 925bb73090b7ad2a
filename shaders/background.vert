// Full-screen triangle for the background gradient; no vertex buffer needed.
out float vHeight;

void main() {
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  vHeight = corner.y;
  gl_Position = vec4(corner * 2.0 - 1.0, 1.0, 1.0);
}
