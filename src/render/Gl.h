// The OpenGL API for the target: OpenGL 3.3 core through libepoxy on the desktop, OpenGL ES 3.0
// (WebGL2) in the browser build. Code written against it uses the calls both have.
#pragma once
#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
// WebGL2's getBufferSubData, which Emscripten provides and its ES 3.0 header does not declare.
extern "C" void glGetBufferSubData(GLenum target, GLintptr offset, GLsizeiptr size, void* data);
#else
#include <epoxy/gl.h>
#endif

namespace pe {
// The user clip plane: the hardware's on the desktop (gl_ClipDistance); OpenGL ES 3.0 has none,
// so there mesh.frag discards what lies beyond the plane and this does nothing.
inline void setClipDistance(bool on) {
#ifdef __EMSCRIPTEN__
  (void)on;
#else
  if (on)
    glEnable(GL_CLIP_DISTANCE0);
  else
    glDisable(GL_CLIP_DISTANCE0);
#endif
}
}  // namespace pe
