#include "render/OffscreenContext.h"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include "core/Error.h"

namespace pe {
namespace {
EGLDisplay openDisplay() {
  // Surfaceless first (no X server needed); then whatever default display EGL offers.
  if (epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless")) {
    EGLDisplay d =
        eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
    if (d != EGL_NO_DISPLAY && eglInitialize(d, nullptr, nullptr)) return d;
  }
  EGLDisplay d = eglGetDisplay(EGL_DEFAULT_DISPLAY);
  if (d != EGL_NO_DISPLAY && eglInitialize(d, nullptr, nullptr)) return d;
  return EGL_NO_DISPLAY;
}
}  // namespace

OffscreenContext::OffscreenContext() {
  EGLDisplay display = openDisplay();
  if (display == EGL_NO_DISPLAY)
    throw GraphicsError("no EGL display for offscreen rendering (is Mesa's libegl1 installed?)");
  display_ = display;
  if (!eglBindAPI(EGL_OPENGL_API)) throw GraphicsError("EGL cannot bind the OpenGL API");
  const EGLint attributes[] = {EGL_CONTEXT_MAJOR_VERSION,
                               3,
                               EGL_CONTEXT_MINOR_VERSION,
                               3,
                               EGL_CONTEXT_OPENGL_PROFILE_MASK,
                               EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT,
                               EGL_NONE};
  EGLContext context = eglCreateContext(display, EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, attributes);
  if (context == EGL_NO_CONTEXT) {
    eglTerminate(display);
    throw GraphicsError("EGL could not create an OpenGL 3.3 core context");
  }
  context_ = context;
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    eglDestroyContext(display, context);
    eglTerminate(display);
    throw GraphicsError("EGL could not make the offscreen context current");
  }
}

OffscreenContext::~OffscreenContext() {
  eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
  eglDestroyContext(display_, context_);
  eglTerminate(display_);
}

std::string OffscreenContext::description() const {
  const char* version = reinterpret_cast<const char*>(glGetString(GL_VERSION));
  const char* renderer = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return std::string(version ? version : "?") + " / " + (renderer ? renderer : "?");
}
}  // namespace pe
