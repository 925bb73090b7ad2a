# Turns every file under shaders/ into a C++ table compiled into the binary,
# so the app runs from any folder (see STYLE.md, "Shaders").
function(pe_embed_shaders target)
  file(GLOB shader_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/shaders/*)
  set(out ${CMAKE_CURRENT_BINARY_DIR}/EmbeddedShaders.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} -DSHADER_DIR=${PROJECT_SOURCE_DIR}/shaders
            -P ${PROJECT_SOURCE_DIR}/src/cmake/WriteEmbeddedShaders.cmake
    DEPENDS ${shader_files} ${PROJECT_SOURCE_DIR}/src/cmake/WriteEmbeddedShaders.cmake
    COMMENT "Embedding shaders")
  target_sources(${target} PRIVATE ${out})
endfunction()
