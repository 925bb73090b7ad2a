// Flat colour of the structure that was cut, lit as a surface facing the viewer.
uniform vec3 uColor;
out vec4 fragColor;

void main() { fragColor = vec4(pow(clamp(uColor, 0.0, 1.0), vec3(1.0 / 2.2)), 1.0); }
