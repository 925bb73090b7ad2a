// Validation of a glTF asset against the rules of the glTF 2.0 specification that matter for
// loading it safely and showing it correctly. Each check yields a one-line message that names
// the object ("accessor 3", "node 7") and what is wrong.
#pragma once
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace tinygltf {
class Model;
}

namespace pe {
struct ValidationReport {
  std::vector<std::string> errors;    // the asset is refused when there is any
  std::vector<std::string> warnings;  // loaded anyway; shown to the user

  void error(const std::string& m) { errors.push_back(m); }
  void warning(const std::string& m) { warnings.push_back(m); }
};

// JSON-level rules tinygltf does not enforce: required properties, property types, empty
// arrays and objects, the asset version.
void checkJsonStructure(const nlohmann::json& root, ValidationReport& report);

// Gives accessors of an unknown type that nothing reads a harmless type so the parser
// accepts the file (the Khronos validator only warns about them); refuses used ones.
// Returns true when root was changed.
bool sanitizeUnusedAccessorTypes(nlohmann::json& root, ValidationReport& report);

// References, buffers, buffer views, accessors, meshes, nodes, skins, animations, cameras.
// `remoteBuffers[i]` marks buffers whose URI points off this machine and was not fetched.
void checkModelStructure(const tinygltf::Model& model, const std::vector<bool>& remoteBuffers,
                         ValidationReport& report);

// Data content: finite floats, min/max, index ranges, joint weights, animation keys and
// quaternions. Runs only on a structurally valid model.
void checkModelData(const tinygltf::Model& model, ValidationReport& report);
}  // namespace pe
