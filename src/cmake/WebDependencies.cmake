# The browser build's dependencies (issue 16), under the same target names the desktop build
# finds with find_package and pkg-config, so src/CMakeLists.txt is one list for both.
# Headers come from the Debian packages (staged into the build tree, so that no other host
# header leaks into the Emscripten sysroot's search path); Dear ImGui 1.86 and meshoptimizer are
# compiled from their Debian source packages, unpacked by src/scripts/web.sh into
# PE_WEB_SOURCES. Emscripten itself provides GLFW 3 (-sUSE_GLFW=3) and OpenGL ES 3 (WebGL2).
set(PE_WEB_SOURCES "" CACHE PATH "Folder holding the unpacked imgui and meshoptimizer sources")
file(GLOB _imgui_dir LIST_DIRECTORIES true "${PE_WEB_SOURCES}/imgui-1.86*")
file(GLOB _meshopt_dir LIST_DIRECTORIES true "${PE_WEB_SOURCES}/meshoptimizer-*")
# (Left-over versions: the last in version order.)
list(SORT _imgui_dir COMPARE NATURAL)
list(SORT _meshopt_dir COMPARE NATURAL)
if(_imgui_dir)
  list(GET _imgui_dir -1 _imgui_dir)
endif()
if(_meshopt_dir)
  list(GET _meshopt_dir -1 _meshopt_dir)
endif()
if(NOT _imgui_dir OR NOT _meshopt_dir)
  message(FATAL_ERROR "The browser build needs the imgui 1.86 and meshoptimizer source packages "
    "in PE_WEB_SOURCES ('${PE_WEB_SOURCES}'); src/scripts/web.sh fetches them with apt-get source.")
endif()

set(_staged "${CMAKE_BINARY_DIR}/host-headers")
file(MAKE_DIRECTORY "${_staged}")
foreach(_header glm nlohmann tiny_gltf.h)
  if(NOT EXISTS "/usr/include/${_header}")
    message(FATAL_ERROR "/usr/include/${_header} is missing: install the Debian -dev packages "
      "(src/scripts/web.sh does)")
  endif()
  file(CREATE_LINK "/usr/include/${_header}" "${_staged}/${_header}" SYMBOLIC)
endforeach()

add_compile_options(-fexceptions)
add_link_options(-fexceptions)

add_library(glm::glm INTERFACE IMPORTED)
target_include_directories(glm::glm SYSTEM INTERFACE "${_staged}")
add_library(nlohmann_json::nlohmann_json INTERFACE IMPORTED)
target_include_directories(nlohmann_json::nlohmann_json SYSTEM INTERFACE "${_staged}")
add_library(PkgConfig::STB INTERFACE IMPORTED)
target_include_directories(PkgConfig::STB SYSTEM INTERFACE /usr/include/stb)
# On the desktop the implementations come with Debian's libtinygltf and libstb; here they are
# compiled from the same headers.
file(WRITE "${CMAKE_BINARY_DIR}/web_header_libraries.cpp"
  "#define STB_IMAGE_IMPLEMENTATION\n#define STB_IMAGE_WRITE_IMPLEMENTATION\n"
  "#include <stb_image.h>\n#include <stb_image_write.h>\n"
  "#define TINYGLTF_IMPLEMENTATION\n#define TINYGLTF_NO_INCLUDE_STB_IMAGE\n"
  "#define TINYGLTF_NO_INCLUDE_STB_IMAGE_WRITE\n#include <tiny_gltf.h>\n")
add_library(tinygltf STATIC "${CMAKE_BINARY_DIR}/web_header_libraries.cpp")
target_include_directories(tinygltf SYSTEM PUBLIC "${_staged}")
target_link_libraries(tinygltf PUBLIC PkgConfig::STB nlohmann_json::nlohmann_json)
target_compile_options(tinygltf PRIVATE -w)

add_library(pe_web_meshoptimizer STATIC
  ${_meshopt_dir}/src/allocator.cpp ${_meshopt_dir}/src/clusterizer.cpp
  ${_meshopt_dir}/src/indexcodec.cpp ${_meshopt_dir}/src/indexgenerator.cpp
  ${_meshopt_dir}/src/overdrawanalyzer.cpp ${_meshopt_dir}/src/overdrawoptimizer.cpp
  ${_meshopt_dir}/src/simplifier.cpp ${_meshopt_dir}/src/spatialorder.cpp
  ${_meshopt_dir}/src/stripifier.cpp ${_meshopt_dir}/src/vcacheanalyzer.cpp
  ${_meshopt_dir}/src/vcacheoptimizer.cpp ${_meshopt_dir}/src/vertexcodec.cpp
  ${_meshopt_dir}/src/vertexfilter.cpp ${_meshopt_dir}/src/vfetchanalyzer.cpp
  ${_meshopt_dir}/src/vfetchoptimizer.cpp)
target_include_directories(pe_web_meshoptimizer SYSTEM PUBLIC ${_meshopt_dir}/src)
target_compile_options(pe_web_meshoptimizer PRIVATE -w)
add_library(meshoptimizer::meshoptimizer ALIAS pe_web_meshoptimizer)

add_library(pe_web_imgui STATIC
  ${_imgui_dir}/imgui.cpp ${_imgui_dir}/imgui_draw.cpp ${_imgui_dir}/imgui_tables.cpp
  ${_imgui_dir}/imgui_widgets.cpp ${_imgui_dir}/backends/imgui_impl_glfw.cpp
  ${_imgui_dir}/backends/imgui_impl_opengl3.cpp)
target_include_directories(pe_web_imgui SYSTEM PUBLIC ${_imgui_dir})
# WebGL2 is OpenGL ES 3.0 ("#version 300 es"); ImGui 1.86 would pick ES 2 on Emscripten.
target_compile_definitions(pe_web_imgui PUBLIC IMGUI_IMPL_OPENGL_ES3)
target_compile_options(pe_web_imgui PRIVATE -w)
add_library(PkgConfig::IMGUI ALIAS pe_web_imgui)

# GLFW and OpenGL come with Emscripten's libraries, chosen at link time.
add_library(glfw INTERFACE IMPORTED)
target_link_options(glfw INTERFACE -sUSE_GLFW=3 -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2)
add_library(PkgConfig::EPOXY INTERFACE IMPORTED)
add_library(OpenGL::GL INTERFACE IMPORTED)
# PNG files are written with stb's encoder (src/io/PngFile.cpp).
add_library(PNG::PNG INTERFACE IMPORTED)
