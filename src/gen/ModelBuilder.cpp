#include "gen/ModelBuilder.h"

#include "gen/MuscleBulge.h"
#include "gen/Skin.h"
#include "gen/SkinCorrectives.h"
#include "gen/SkinWeights.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <stdexcept>
#include <thread>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/trigonometric.hpp>

#include "gen/Anatomy.h"
#include "gen/Attachments.h"
#include "gen/Femur.h"
#include "gen/GlbWriter.h"
#include "gen/Vertebrae.h"

namespace pe::gen {
namespace {
constexpr float kMetresPerMm = 0.001f;

struct Material {
  const char* key;
  glm::vec4 colour;
  float roughness;
};
// Linear base colours: bone ivory, disc cartilage, each muscle its own red, pale ligament,
// translucent skin, and the two attachment colours (Okabe-Ito blue and orange).
const Material kMaterials[] = {{"bone", {0.78f, 0.70f, 0.54f, 1.0f}, 0.65f},
                               {"disc", {0.60f, 0.68f, 0.76f, 1.0f}, 0.45f},
                               {"psoas_major", {0.55f, 0.10f, 0.09f, 1.0f}, 0.55f},
                               {"psoas_minor", {0.72f, 0.28f, 0.20f, 1.0f}, 0.55f},
                               {"iliacus", {0.47f, 0.08f, 0.15f, 1.0f}, 0.55f},
                               {"quadratus_lumborum", {0.60f, 0.20f, 0.07f, 1.0f}, 0.55f},
                               {"ligament", {0.86f, 0.83f, 0.72f, 1.0f}, 0.5f},
                               {"skin", {0.80f, 0.56f, 0.46f, 0.25f}, 0.6f},
                               {"artery", {0.62f, 0.04f, 0.05f, 1.0f}, 0.35f},
                               {"vein", {0.10f, 0.16f, 0.55f, 1.0f}, 0.35f},
                               {"nerve", {0.93f, 0.80f, 0.30f, 1.0f}, 0.45f},
                               {"kidney", {0.42f, 0.12f, 0.10f, 1.0f}, 0.45f},
                               {"ureter", {0.85f, 0.72f, 0.52f, 1.0f}, 0.5f},
                               {"bladder", {0.86f, 0.66f, 0.52f, 1.0f}, 0.45f},
                               {"colon", {0.76f, 0.50f, 0.38f, 1.0f}, 0.5f},
                               {"small_intestine", {0.88f, 0.58f, 0.50f, 1.0f}, 0.5f},
                               {"wall_muscle", {0.66f, 0.24f, 0.22f, 1.0f}, 0.55f},
                               {"origin", {0.0f, 0.447f, 0.698f, 1.0f}, 0.6f},
                               {"insertion", {0.902f, 0.624f, 0.0f, 1.0f}, 0.6f}};

int materialIndex(const std::string& key) {
  for (size_t i = 0; i < std::size(kMaterials); ++i)
    if (key == kMaterials[i].key) return static_cast<int>(i);
  throw std::runtime_error("no material '" + key + "'");
}

float smoothstep(float a, float b, float x) {
  const float t = std::clamp((x - a) / (b - a), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

std::map<std::string, GenMesh> meshAll(const std::vector<Part>& parts) {
  std::vector<GenMesh> meshes(parts.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < parts.size(); i = next++)
      meshes[i] = meshShape(parts[i].shape, parts[i].meshing);
  };
  const unsigned n = std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  std::map<std::string, GenMesh> out;
  for (size_t i = 0; i < parts.size(); ++i) out[parts[i].id] = std::move(meshes[i]);
  return out;
}

}  // namespace

// Long on purpose: every part of the model in the order the file lists them, one line each.
std::string buildModelGlb(const MeasurementTable& table, BuildReport* report) {
  Anatomy anatomy = buildAnatomy(table);
  std::map<std::string, GenMesh> meshes = meshAll(anatomy.parts);
  std::map<std::string, GenMesh> footprintMeshes;
  std::vector<Part> footprints =
      buildFootprints(attachmentSites(table), anatomy.parts, meshes, footprintMeshes);
  for (auto& [id, mesh] : footprintMeshes) meshes[id] = std::move(mesh);
  for (auto& f : footprints) anatomy.parts.push_back(std::move(f));

  // Where each node sits (mm, model frame): femurs at the hip centre, brim joints at the
  // iliopubic eminence, everything else at the origin.
  const glm::vec3 eminenceLeft = table.point("hip.iliopubic_eminence");
  const float brimFraction = static_cast<float>(table.number("hip.brim.rotation_fraction"));
  std::map<std::string, glm::vec3> origin;
  std::map<std::string, int> nodeOf;
  GlbWriter glb;
  auto& doc = glb.json();
  for (const auto& mat : kMaterials) {
    nlohmann::json j = {
        {"name", mat.key},
        {"pbrMetallicRoughness",
         {{"baseColorFactor", {mat.colour.r, mat.colour.g, mat.colour.b, mat.colour.a}},
          {"metallicFactor", 0.0},
          {"roughnessFactor", mat.roughness}}}};
    if (mat.colour.a < 1.0f) j["alphaMode"] = "BLEND";
    doc["materials"].push_back(j);
  }
  // A node named `id`; a structure (extras id) unless `named` is false (points of lines of action).
  auto addNode = [&](const std::string& id, nlohmann::json extras, const std::string& parent,
                     const glm::vec3& at, bool named = true) {
    if (named) extras["id"] = id;
    nlohmann::json node = {{"name", id}, {"extras", extras}};
    const glm::vec3 rel =
        (at - (parent.empty() ? glm::vec3(0.0f) : origin.at(parent))) * kMetresPerMm;
    if (rel != glm::vec3(0.0f)) node["translation"] = {rel.x, rel.y, rel.z};
    doc["nodes"].push_back(node);
    const int index = static_cast<int>(doc["nodes"].size()) - 1;
    origin[id] = at;
    nodeOf[id] = index;
    if (parent.empty())
      doc["scenes"][0]["nodes"].push_back(index);
    else
      doc["nodes"][nodeOf.at(parent)]["children"].push_back(index);
    return index;
  };
  doc["scene"] = 0;
  doc["scenes"][0]["name"] = "Lumbopelvic region";
  auto baseExtras = [](const Part& p) {
    nlohmann::json e = {{"side", p.side}, {"layer", p.layer}, {"kind", p.kind}};
    for (const auto& [k, v] : p.extras) e[k] = v;
    return e;
  };
  using Targets = std::vector<std::pair<std::string, std::vector<glm::vec3>>>;  // name, deltas (m)
  auto meshJson = [&](const Part& part, const glm::vec3& at, const std::vector<VertexWeights>* skin,
                      const Targets& targets = {}) {
    const GenMesh& mesh = meshes.at(part.id);
    std::vector<glm::vec3> positions;
    for (const auto& p : mesh.positions) positions.push_back((p - at) * kMetresPerMm);
    nlohmann::json attributes = {{"POSITION", glb.addVec3(positions, true)},
                                 {"NORMAL", glb.addVec3(mesh.normals, false)}};
    if (skin) {
      std::vector<glm::u16vec4> joints;
      std::vector<glm::vec4> weights;
      for (const auto& w : *skin) joints.push_back(w.joints), weights.push_back(w.weights);
      attributes["JOINTS_0"] = glb.addJoints(joints);
      attributes["WEIGHTS_0"] = glb.addVec4(weights);
    }
    nlohmann::json primitive = {{"attributes", attributes},
                                {"indices", glb.addIndices(mesh.indices)},
                                {"material", materialIndex(part.material)}};
    nlohmann::json json = {{"name", part.id}};
    for (const auto& [name, deltas] : targets) {
      primitive["targets"].push_back({{"POSITION", glb.addVec3(deltas, true)}});
      json["weights"].push_back(0.0);
      json["extras"]["targetNames"].push_back(name);
    }
    json["primitives"] = nlohmann::json::array({primitive});
    doc["meshes"].push_back(json);
    return static_cast<int>(doc["meshes"].size()) - 1;
  };

  // Bones and everything that hangs rigidly from them, parents first.
  std::vector<const Part*> pending;
  for (const auto& p : anatomy.parts)
    if (!p.path && !p.skinned && p.layer != "muscles" && p.layer != "skin") pending.push_back(&p);
  while (!pending.empty()) {
    bool progressed = false;
    for (auto it = pending.begin(); it != pending.end();) {
      const Part& p = **it;
      if (!p.parent.empty() && !nodeOf.count(p.parent)) {
        ++it;
        continue;
      }
      const glm::vec3 at = p.id.rfind("femur_", 0) == 0 && p.layer == "bones"
                               ? hipCentre(table, p.side)
                               : (p.parent.empty() ? glm::vec3(0.0f) : origin.at(p.parent));
      const int node = addNode(p.id, baseExtras(p), p.parent, at);
      doc["nodes"][node]["mesh"] = meshJson(p, at, nullptr);
      it = pending.erase(it);
      progressed = true;
    }
    if (!progressed)
      throw std::runtime_error("structure '" + pending.front()->id +
                               "' hangs from an unknown bone");
  }
  for (const std::string side : {"left", "right"}) {
    const glm::vec3 at =
        side == "left" ? eminenceLeft : glm::vec3(-eminenceLeft.x, eminenceLeft.y, eminenceLeft.z);
    addNode("brim_" + side, {{"side", side}, {"layer", "joints"}, {"kind", "joint"}},
            "hip_bone_" + side, at);
  }

  // The skin (glTF skinning): pelvis, lumbar vertebrae, hip bones, femurs, brim joints.
  std::vector<std::string> joints = {"sacrum", "hip_bone_left", "hip_bone_right"};
  for (const auto& level : vertebraLevels())
    joints.push_back(level == "T12" ? "vertebra_t12" : "vertebra_l" + level.substr(1));
  for (const char* j : {"femur_left", "femur_right", "brim_left", "brim_right"})
    joints.push_back(j);
  const SkinWeights skinning(joints, table);
  const SkinRig skinRig(table, skinning);
  std::vector<glm::mat4> inverseBind;
  nlohmann::json jointNodes = nlohmann::json::array();
  for (const auto& j : joints) {
    inverseBind.push_back(glm::translate(glm::mat4(1.0f), -origin.at(j) * kMetresPerMm));
    jointNodes.push_back(nodeOf.at(j));
  }
  doc["skins"].push_back({{"name", "lumbopelvic skeleton"},
                          {"joints", jointNodes},
                          {"skeleton", nodeOf.at("sacrum")},
                          {"inverseBindMatrices", glb.addMat4(inverseBind)}});
  std::vector<std::pair<std::string, int>> bulging;  // side, node of each muscle with a bulge
  int skinNode = -1, skinTargets = 0;                // the skin's node and its target count
  const HipPoser poser(joints, origin, brimFraction);
  // The muscles the skin's correctives keep out of: those that cross the hip (below, with their
  // bulge) and the trunk's own (the abdominal wall, met by the groin's fold in deep flexion).
  std::vector<SkinnedSolid> skinObstacles;
  for (const auto& p : anatomy.parts)
    if (p.kind == "muscle" && !p.path && meshes.count(p.id)) {
      const GenMesh& mesh = meshes.at(p.id);
      std::vector<VertexWeights> weights;
      for (const auto& v : mesh.positions)
        weights.push_back(SkinWeights::pack(skinning.trunk(v.y)));
      skinObstacles.push_back({p.side, mesh.positions, mesh.normals,
                               std::vector<glm::vec3>(mesh.positions.size()), weights});
    }
  // Whether a point in the pose of hip_flexion_both at `flexion` degrees lies in a bone.
  std::vector<const Part*> bones;
  for (const auto& b : anatomy.parts)
    if (b.layer == "bones") bones.push_back(&b);
  auto bonesAt = [&](const glm::vec3& q, float flexion) {
    for (const Part* b : bones) {
      glm::vec3 local = q;
      if (b->id.rfind("femur_", 0) == 0)  // back to the femur's rest place
        local = glm::transpose(poser.turn(b->id, {flexion, flexion})) * (q - origin.at(b->id)) +
                origin.at(b->id);
      const Box3& box = b->shape.bounds;
      if (glm::any(glm::lessThan(local, box.lo)) || glm::any(glm::greaterThan(local, box.hi)))
        continue;
      if (b->shape.field(local) < kBulgeClearanceMm) return true;
    }
    return false;
  };
  for (const auto& p : anatomy.parts) {
    if (p.layer != "muscles" && p.layer != "skin" && !p.skinned) continue;
    const GenMesh& mesh = meshes.at(p.id);
    std::vector<VertexWeights> weights;
    for (const auto& v : mesh.positions) {
      std::vector<std::pair<int, float>> w;
      if (p.path) {
        const float t = p.path->parameter(v);
        const float toBrim = smoothstep(p.brimT - 0.03f, p.brimT + 0.06f, t);
        const float toFemur = smoothstep(p.brimT + 0.06f, 0.98f, t);
        for (const auto& [j, x] : skinning.trunk(v.y)) w.push_back({j, x * (1.0f - toBrim)});
        w.push_back({skinning.index("brim_" + p.side), toBrim * (1.0f - toFemur)});
        w.push_back({skinning.index(p.femur), toBrim * toFemur});
      } else if (p.layer == "skin") {
        w = skinRig.weights(v);
      } else {
        w = skinning.trunk(v.y);
      }
      weights.push_back(SkinWeights::pack(w));
    }
    // The bulge: each vertex of the shortening part moves away from the path's centreline, as
    // far as the bones allow through the flexion (gen/MuscleBulge.h).
    Targets targets;
    if (p.path && p.bulge > 0.0f) {
      std::vector<glm::vec3> bulge;
      for (const glm::vec3& d : muscleBulge(
               p, mesh.positions, mesh.indices, [&](size_t i, const glm::vec3&at, float flexion) {
                 return bonesAt(poser.pose(weights[i], at, {flexion, flexion}), flexion);
               }))
        bulge.push_back(d * kMetresPerMm);
      if (p.layer == "muscles") {
        skinObstacles.push_back({p.side, mesh.positions, mesh.normals, bulge, weights});
        for (auto& d : skinObstacles.back().bulge) d /= kMetresPerMm;
      }
      targets.push_back({"bulge", std::move(bulge)});
    } else if (p.path && p.layer == "muscles") {
      skinObstacles.push_back({p.side, mesh.positions, mesh.normals,
                               std::vector<glm::vec3>(mesh.positions.size()), weights});
    }
    // The skin's builds (the fat under it thinner or thicker), then its flexion correctives.
    if (p.layer == "skin") {
      for (auto& [name, deltas] : skinBuilds(table, anatomy.parts, mesh)) {
        for (auto& d : deltas) d *= kMetresPerMm;
        targets.push_back({name, std::move(deltas)});
      }
      for (auto& [name, deltas] : skinCorrectives(mesh, weights, poser, bones, skinObstacles)) {
        for (auto& d : deltas) d *= kMetresPerMm;
        targets.push_back({name, std::move(deltas)});
      }
      skinTargets = static_cast<int>(targets.size());
    }
    const int node = addNode(p.id, baseExtras(p), "", glm::vec3(0.0f));
    doc["nodes"][node]["mesh"] = meshJson(p, glm::vec3(0.0f), &weights, targets);
    doc["nodes"][node]["skin"] = 0;
    if (p.path && p.bulge > 0.0f) bulging.push_back({p.side, node});
    if (p.layer == "skin") skinNode = node;
  }
  for (const auto& mark : anatomy.landmarks)
    addNode(
        mark.id,
        {{"side", mark.side}, {"layer", "landmarks"}, {"kind", "landmark"}, {"bone", mark.bone}},
        mark.bone, mark.position);
  // Lines of action: empty nodes on the bones, in order, for measuring muscle-tendon lengths.
  for (const auto& line : anatomy.lines) {
    for (size_t i = 0; i < line.points.size(); ++i) {
      const auto& [bone, at] = line.points[i];
      addNode(line.muscle + ".line." + std::to_string(i),
              {{"kind", "line_point"}, {"muscle", line.muscle}, {"order", i}},
              bone.empty() ? skinning.trunkBone(at.y) : bone, at, false);
    }
    if (line.wrapAfter >= 0)
      addNode(line.muscle + ".line.wrap",
              {{"kind", "line_wrap"},
               {"muscle", line.muscle},
               {"after", line.wrapAfter},
               {"radius", line.wrapRadius * kMetresPerMm}},
              line.wrapBone, line.wrapCentre, false);
  }

  // Hip flexion clips, 0 -> 120 -> 0 degrees over four seconds; the brim joints turn by a
  // fraction of the femur so the iliopsoas bends over the brim.
  std::vector<float> times;
  for (int k = 0; k <= 40; ++k) times.push_back(0.1f * static_cast<float>(k));
  const int input = glb.addScalars(times);
  auto rotations = [&](float fraction) {
    std::vector<glm::vec4> q;
    for (float t : times) {
      const float angle = glm::radians(clipFlexionDegrees(t)) * fraction;
      q.push_back(
          glm::vec4(stableSin(-0.5f * angle), 0.0f, 0.0f, stableCos(-0.5f * angle)));  // x y z w
    }
    return glb.addVec4(q, false);
  };
  const int femurOutput = rotations(1.0f), brimOutput = rotations(brimFraction);
  // The bulges' weight follows the flexion: 0 standing, 1 at 120 degrees.
  std::vector<float> bulgeWeights;
  for (float t : times)
    bulgeWeights.push_back(0.5f * (1.0f - stableCos(2.0f * 3.14159265f * t / 4.0f)));
  const int bulgeOutput = glb.addScalars(bulgeWeights);
  // The skin's correctives follow each hip's angle; its builds stay at 0.
  const std::vector<float> skinTimes = skinCorrectiveTimes(times);
  const int skinInput = glb.addScalars(skinTimes);
  for (const auto& [clip, sides] : std::vector<std::pair<std::string, std::vector<std::string>>>{
           {"hip_flexion_left", {"left"}},
           {"hip_flexion_right", {"right"}},
           {"hip_flexion_both", {"left", "right"}}}) {
    nlohmann::json anim = {{"name", clip}};
    for (const auto& side : sides) {
      for (const auto& [node, output] : {std::pair<std::string, int>{"femur_" + side, femurOutput},
                                         {"brim_" + side, brimOutput}}) {
        anim["samplers"].push_back(
            {{"input", input}, {"output", output}, {"interpolation", "LINEAR"}});
        anim["channels"].push_back({{"sampler", anim["samplers"].size() - 1},
                                    {"target", {{"node", nodeOf.at(node)}, {"path", "rotation"}}}});
      }
    }
    for (const auto& side : sides)
      for (const auto& [bulgeSide, node] : bulging)
        if (bulgeSide == side) {
          anim["samplers"].push_back(
              {{"input", input}, {"output", bulgeOutput}, {"interpolation", "LINEAR"}});
          anim["channels"].push_back({{"sampler", anim["samplers"].size() - 1},
                                      {"target", {{"node", node}, {"path", "weights"}}}});
        }
    if (skinNode >= 0) {
      const int builds = skinTargets - 2 * static_cast<int>(kSkinCorrectiveKeys.size());
      const std::array<bool, 2> moves = {clip != "hip_flexion_right", clip != "hip_flexion_left"};
      anim["samplers"].push_back(
          {{"input", skinInput},
           {"output", glb.addScalars(skinCorrectiveWeights(skinTimes, builds, moves))},
           {"interpolation", "LINEAR"}});
      anim["channels"].push_back({{"sampler", anim["samplers"].size() - 1},
                                  {"target", {{"node", skinNode}, {"path", "weights"}}}});
    }
    doc["animations"].push_back(anim);
  }
  if (report) {
    report->structures = anatomy.parts.size();
    report->landmarks = anatomy.landmarks.size();
    for (const auto& [id, mesh] : meshes) report->triangles += mesh.triangleCount();
  }
  return glb.bytes();
}
}  // namespace pe::gen
