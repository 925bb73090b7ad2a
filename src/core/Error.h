// Typed errors for user and data problems: each carries a message a person understands.
#pragma once
#include <stdexcept>
#include <string>

namespace pe {
// A file could not be read or is not valid: "FILE: what is wrong".
class FileError : public std::runtime_error {
 public:
  FileError(const std::string& path, const std::string& problem)
      : std::runtime_error(path + ": " + problem), path_(path), problem_(problem) {}
  const std::string& path() const { return path_; }
  const std::string& problem() const { return problem_; }

 private:
  std::string path_;
  std::string problem_;
};

// The command line is wrong; the message says which option and why.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// OpenGL could not be set up or a shader failed to build.
class GraphicsError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};
}  // namespace pe
