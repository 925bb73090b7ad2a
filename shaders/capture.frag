// Fragment stage for the transform-feedback capture program; rasterization is discarded.
out vec4 fragColor;

void main() { fragColor = vec4(1.0); }
