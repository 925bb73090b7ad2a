#include "gen/MeasurementTable.h"

#include <cmath>
#include <cstdlib>
#include <sstream>

#include "core/AtomicFile.h"
#include "core/Error.h"

namespace pe::gen {
namespace {
bool parseNumbers(const std::string& text, std::vector<double>& out) {
  std::stringstream ss(text);
  std::string item;
  while (std::getline(ss, item, ',')) {
    char* end = nullptr;
    const double v = std::strtod(item.c_str(), &end);
    if (item.empty() || end != item.c_str() + item.size() || !std::isfinite(v)) return false;
    out.push_back(v);
  }
  return !out.empty();
}
}  // namespace

MeasurementTable MeasurementTable::load(const std::string& path) {
  return parse(readWholeFile(path, 1 << 20), path);
}

MeasurementTable MeasurementTable::parse(const std::string& text, const std::string& path) {
  MeasurementTable table;
  table.path_ = path;
  std::stringstream lines(text);
  std::string line;
  int number = 0;
  std::vector<std::pair<int, std::string>> citations;
  while (std::getline(lines, line)) {
    ++number;
    const auto hash = line.find('#');
    if (hash != std::string::npos) line.erase(hash);
    std::stringstream fields(line);
    std::string name;
    if (!(fields >> name)) continue;
    auto fail = [&](const std::string& why) {
      throw FileError(path, "line " + std::to_string(number) + ": " + why);
    };
    if (name == "source") {
      std::string key, rest;
      fields >> key;
      std::getline(fields, rest);
      if (key.empty() || rest.find_first_not_of(" \t") == std::string::npos)
        fail("a source needs a key and a citation");
      if (!table.sources_.emplace(key, rest.substr(rest.find_first_not_of(" \t"))).second)
        fail("source '" + key + "' is declared twice");
      continue;
    }
    Measurement m;
    std::string value, extra;
    m.line = number;
    if (!(fields >> value >> m.unit >> m.source) || (fields >> extra))
      fail("expected 'name value unit source' for '" + name + "'");
    if (!parseNumbers(value, m.values)) fail("'" + value + "' is not a number or a point");
    if (m.unit != "mm" && m.unit != "deg" && m.unit != "ratio")
      fail("unknown unit '" + m.unit + "' (mm, deg or ratio)");
    citations.emplace_back(number, m.source);
    if (!table.rows_.emplace(name, m).second) fail("'" + name + "' is given twice");
  }
  for (const auto& [at, key] : citations)
    if (!table.sources_.count(key))
      throw FileError(path,
                      "line " + std::to_string(at) + ": source '" + key + "' is not declared");
  return table;
}

const Measurement& MeasurementTable::get(const std::string& name, const char* unit,
                                         size_t count) const {
  auto it = rows_.find(name);
  if (it == rows_.end()) throw FileError(path_, "the measurement '" + name + "' is missing");
  const Measurement& m = it->second;
  if (m.unit != unit || m.values.size() != count)
    throw FileError(path_, "line " + std::to_string(m.line) + ": '" + name + "' should be " +
                               (count == 3   ? "a point"
                                : count == 2 ? "two numbers"
                                             : "one number") +
                               " in " + unit);
  used_[name] = true;
  return m;
}

double MeasurementTable::mm(const std::string& name) const {
  return get(name, "mm", 1).values[0];
}
double MeasurementTable::deg(const std::string& name) const {
  return get(name, "deg", 1).values[0];
}
double MeasurementTable::number(const std::string& name) const {
  return get(name, "ratio", 1).values[0];
}
glm::vec3 MeasurementTable::point(const std::string& name) const {
  const auto& v = get(name, "mm", 3).values;
  return glm::vec3(static_cast<float>(v[0]), static_cast<float>(v[1]), static_cast<float>(v[2]));
}

glm::vec2 MeasurementTable::size(const std::string& name) const {
  const auto& v = get(name, "mm", 2).values;
  return glm::vec2(static_cast<float>(v[0]), static_cast<float>(v[1]));
}

std::vector<std::string> MeasurementTable::unused() const {
  std::vector<std::string> names;
  for (const auto& [name, m] : rows_)
    if (!used_.count(name)) names.push_back(name);
  return names;
}
}  // namespace pe::gen
