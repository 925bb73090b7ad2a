// Turns a validated tinygltf model into the app's Model: floats decoded, normals computed
// where the file has none, bounds measured.
#pragma once
#include "scene/Model.h"

namespace tinygltf {
class Model;
}

namespace pe {
// Precondition: the model passed checkModelStructure and checkModelData.
Model convertModel(const tinygltf::Model& source, const std::string& path);

// Flat normals per triangle; primitives without normals get them (glTF spec 3.7.2.1).
// Indexed primitives are expanded first so each triangle has its own vertices.
void computeFlatNormals(Primitive& primitive);
}  // namespace pe
