// The GPU's skinned vertices (read back by transform feedback) match the CPU reference.
#include <gtest/gtest.h>
#include <glm/geometric.hpp>

#include "TestSupport.h"
#include "io/GltfFile.h"
#include "pose/Deformation.h"
#include "pose/PosedModel.h"
#include "render/SceneRenderer.h"

namespace pe {
TEST(SkinningCapture, GpuSkinningMatchesTheCpuReference) {
  PE_REQUIRE_SHARED();
  int checked = 0;
  for (const char* name :
       {"CesiumMan/glTF-Binary/CesiumMan.glb", "Fox/glTF-Binary/Fox.glb",
        "RiggedFigure/glTF-Binary/RiggedFigure.glb", "RiggedSimple/glTF-Binary/RiggedSimple.glb",
        "SimpleSkin/glTF/SimpleSkin.gltf",
        "RecursiveSkeletons/glTF-Binary/RecursiveSkeletons.glb"}) {
    const std::string path = test::sharedDir() + "/gltf-samples/" + name;
    PosedModel posed(std::make_unique<Model>(loadGltfFile(path)));
    posed.setTime(posed.clipDuration() * 0.37f);
    const Model& m = *posed.model();
    SceneRenderer renderer;
    renderer.setModel(&m);
    const float size = glm::length(posed.summary().bounds.size());
    for (size_t n = 0; n < m.nodes.size(); ++n) {
      const Node& node = m.nodes[n];
      if (node.skin < 0 || node.mesh < 0) continue;
      for (size_t p = 0; p < m.meshes[node.mesh].primitives.size(); ++p) {
        const Primitive& prim = m.meshes[node.mesh].primitives[p];
        std::vector<glm::vec3> positions, normals;
        applyMorphTargets(prim, posed.pose().weights[n], positions, normals);
        const auto cpu =
            skinPositions(prim, positions, jointMatrices(m.skins[node.skin], posed.pose()));
        const auto gpu =
            renderer.captureWorldPositions(posed.pose(), static_cast<int>(n), static_cast<int>(p));
        ASSERT_EQ(cpu.size(), gpu.size()) << name;
        float worst = 0;
        for (size_t v = 0; v < cpu.size(); ++v)
          worst = std::max(worst, glm::length(cpu[v] - gpu[v]));
        // Both sum the same float products; differences are rounding, far below a pixel.
        EXPECT_LT(worst, 1e-4f * size) << name << " node " << n << " primitive " << p;
        ++checked;
      }
    }
  }
  EXPECT_GE(checked, 6);
}
}  // namespace pe
