// The generator's input: named anatomical measurements, each with its units and source, read
// from a plain text table (assets/lumbopelvic.measurements.txt):
//
//   source  bp3d   BodyParts3D reference, landmarks.md (one adult male)
//   L3.body.width   45.1   mm   bp3d
//   asis.left       116.8,1.3,0.0   mm   bp3d
//
// A value is one number or a comma-separated point. Units are mm or deg.
#pragma once
#include <map>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

namespace pe::gen {
struct Measurement {
  std::vector<double> values;
  std::string unit, source;
  int line = 0;
};

class MeasurementTable {
 public:
  // Throws FileError naming the file and line for a malformed row, an unknown unit, a source
  // that is not declared or a name given twice.
  static MeasurementTable load(const std::string& path);
  static MeasurementTable parse(const std::string& text, const std::string& path);

  // Each throws FileError naming the table and the measurement when it is missing, of the
  // wrong shape or in other units.
  double mm(const std::string& name) const;
  double deg(const std::string& name) const;
  double number(const std::string& name) const;    // unit "ratio"
  glm::vec3 point(const std::string& name) const;  // mm
  glm::vec2 size(const std::string& name) const;   // two numbers in mm, e.g. width,depth

  const std::map<std::string, Measurement>& all() const { return rows_; }
  const std::map<std::string, std::string>& sources() const { return sources_; }
  // Names never read by the generator: a table row nobody uses is a mistake.
  std::vector<std::string> unused() const;

 private:
  const Measurement& get(const std::string& name, const char* unit, size_t count) const;
  std::string path_;
  std::map<std::string, Measurement> rows_;
  std::map<std::string, std::string> sources_;
  mutable std::map<std::string, bool> used_;
};
}  // namespace pe::gen
