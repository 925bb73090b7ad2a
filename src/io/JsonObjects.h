// Reading JSON objects with messages a person can act on: every bad value names the file and
// the key ("lesson.json: 'steps[3].view.camera.azimuth' must be from -360 to 360, got 400"),
// and keys nobody asked for are reported as warnings. Used by the view and lesson formats.
#pragma once
#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <nlohmann/json.hpp>

#include "core/Error.h"
#include "scene/ViewSpec.h"

namespace pe {
using json = nlohmann::json;

// Parses JSON text; a syntax error is a FileError naming `source` and the byte.
inline json parseJson(const std::string& text, const std::string& source) {
  try {
    return json::parse(text);
  } catch (const json::exception& e) {
    std::string why = e.what();
    if (why.find("] ") != std::string::npos) why = why.substr(why.find("] ") + 2);
    throw FileError(source, "invalid JSON: " + why);
  }
}

// Reads the members of one JSON object, checking each value and noting keys nobody read.
// `prefix` is the object's path in the file ("show.", "steps[2].task."); `whole` names the
// object itself in messages when it has no path ("the view").
class ObjectReader {
 public:
  ObjectReader(const json& object, std::string prefix, const std::string& source,
               std::string whole = "the view")
      : object_(object), prefix_(std::move(prefix)), source_(source), whole_(std::move(whole)) {
    if (!object.is_object()) fail("", "must be an object");
  }

  [[noreturn]] void fail(const std::string& key, const std::string& why) const {
    std::string name = prefix_ + key;
    if (!name.empty() && name.back() == '.') name.pop_back();
    throw FileError(source_, (name.empty() ? whole_ : "'" + name + "'") + " " + why);
  }

  // A required key is missing. Asked last, after every other key, so that the message can also
  // name the keys nobody asked for: a misspelt "titel" or "stpes".
  [[noreturn]] void failMissing(const std::string& key, const std::string& why) const {
    std::string unknown;
    for (auto it = object_.begin(); it != object_.end(); ++it)
      if (std::find(known_.begin(), known_.end(), it.key()) == known_.end())
        unknown += (unknown.empty() ? "'" : ", '") + prefix_ + it.key() + "'";
    fail(key, why + (unknown.empty() ? "" : " (the object has " + unknown + ")"));
  }

  const json* find(const std::string& key) {
    known_.push_back(key);
    auto it = object_.find(key);
    return it == object_.end() ? nullptr : &*it;
  }

  std::optional<float> number(const std::string& key, float lo, float hi) {
    const json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_number()) fail(key, "must be a number");
    const double d = v->get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
      fail(key, "must be from " + format(lo) + " to " + format(hi) + ", got " + v->dump());
    return static_cast<float>(d);
  }

  std::optional<int> integer(const std::string& key, int lo, int hi) {
    const auto v = number(key, static_cast<float>(lo), static_cast<float>(hi));
    if (!v) return std::nullopt;
    if (*v != std::floor(*v)) fail(key, "must be a whole number");
    return static_cast<int>(*v);
  }

  std::optional<bool> boolean(const std::string& key) {
    const json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_boolean()) fail(key, "must be true or false");
    return v->get<bool>();
  }

  std::optional<std::string> text(const std::string& key) {
    const json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_string()) fail(key, "must be text");
    return v->get<std::string>();
  }

  std::optional<std::vector<std::string>> texts(const std::string& key,
                                                const char* what = "a list of ids") {
    const json* v = find(key);
    if (!v) return std::nullopt;
    std::vector<std::string> out;
    if (!v->is_array()) fail(key, std::string("must be ") + what);
    for (const json& item : *v) {
      if (!item.is_string()) fail(key, std::string("must be ") + what);
      out.push_back(item.get<std::string>());
    }
    return out;
  }

  std::optional<glm::vec3> vec3(const std::string& key, float limit) {
    const json* v = find(key);
    if (!v) return std::nullopt;
    if (!v->is_array() || v->size() != 3) fail(key, "must be three numbers [x, y, z]");
    glm::vec3 out;
    for (int i = 0; i < 3; ++i) {
      if (!(*v)[i].is_number()) fail(key, "must be three numbers [x, y, z]");
      const double d = (*v)[i].get<double>();
      if (!std::isfinite(d) || std::abs(d) > limit) fail(key, "is out of range: " + v->dump());
      out[i] = static_cast<float>(d);
    }
    return out;
  }

  // Keys that were never asked for: "show.colour" and the like.
  void warnUnknown(std::vector<std::string>& warnings) const {
    for (auto it = object_.begin(); it != object_.end(); ++it)
      if (std::find(known_.begin(), known_.end(), it.key()) == known_.end())
        warnings.push_back(source_ + ": unknown key '" + prefix_ + it.key() + "' ignored");
  }

  const std::string& prefix() const { return prefix_; }

 private:
  static std::string format(float v) {
    std::ostringstream s;
    s << v;
    return s.str();
  }
  const json& object_;
  std::string prefix_;
  const std::string& source_;
  std::string whole_;
  std::vector<std::string> known_;
};

// The view specification's JSON object (io/ViewFile.cpp). `prefix` places it in a larger file
// ("steps[2].view."); a view inside a lesson needs no version key (the lesson has one).
ViewSpec parseViewObject(const json& root, const std::string& source,
                         std::vector<std::string>& warnings, const std::string& prefix = "",
                         bool versioned = true);
json viewObject(const ViewSpec& view, bool versioned = true);
}  // namespace pe
