// Contraction display: each measured muscle tinted on a heat scale by how short it is relative
// to standing: neutral grey at standing length, red as it shortens (fully red at 30% shorter),
// blue as it lengthens (fully blue at 10% longer), so a class sees which muscle shortens and by
// how much; the psoas minor, which does not cross the hip, stays grey.
#pragma once
#include <string>
#include <vector>

#include <glm/vec4.hpp>

#include "geometry/MuscleLines.h"
#include "scene/StructureView.h"

namespace pe {
constexpr float kFullShortening = 0.30f, kFullLengthening = 0.10f;

// rgb and strength (mixed over the muscle's colour) for a shortening fraction (negative: longer).
glm::vec4 contractionTint(float shortening);

// Sets the tint of the mesh nodes of every muscle the meter reads (readings in its line order).
void tintByContraction(const StructureIndex& index, const MuscleMeter& meter,
                       const std::vector<MuscleMeter::Reading>& readings,
                       std::vector<NodeAppearance>& nodes);

// The colour a muscle is drawn with in plots and lines (Okabe and Ito's palette), packed as
// ImGui packs colours: R in the low byte, then G, B and A.
unsigned muscleColour(const std::string& muscle);
}  // namespace pe
