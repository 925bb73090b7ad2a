#include "core/AtomicFile.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/Error.h"

namespace pe {
namespace {
std::string systemError() {
  return std::strerror(errno);
}
// A writer killed mid-write leaves PATH.tmp.PID behind; once that process is gone, the file
// is of no use to anyone.
void removeStaleTemporaries(const std::string& path) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const std::string prefix = target.filename().string() + ".tmp.";
  std::error_code ec;
  const fs::path folder = target.has_parent_path() ? target.parent_path() : fs::path(".");
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind(prefix, 0) != 0) continue;
    const std::string pid = name.substr(prefix.size());
    if (pid.empty() || pid.find_first_not_of("0123456789") != std::string::npos || pid.size() > 9)
      continue;
    if (::kill(static_cast<pid_t>(std::stol(pid)), 0) != 0 && errno == ESRCH) {
      std::error_code removeEc;
      fs::remove(it->path(), removeEc);
    }
  }
}
}  // namespace

void writeFileAtomically(const std::string& path, const std::string& contents) {
  const std::string tmp = path + ".tmp." + std::to_string(::getpid());
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) throw FileError(path, "cannot create temporary file: " + systemError());
  size_t written = 0;
  while (written < contents.size()) {
    ssize_t n = ::write(fd, contents.data() + written, contents.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      std::string why = systemError();
      ::close(fd);
      ::unlink(tmp.c_str());
      throw FileError(path, "cannot write: " + why);
    }
    written += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    std::string why = systemError();
    ::unlink(tmp.c_str());
    throw FileError(path, "cannot flush to disk: " + why);
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    std::string why = systemError();
    ::unlink(tmp.c_str());
    throw FileError(path, "cannot replace file: " + why);
  }
  removeStaleTemporaries(path);
}

std::string readWholeFile(const std::string& path, size_t maxBytes) {
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw FileError(path, "file not found");
  if (std::filesystem::is_directory(path, ec)) throw FileError(path, "is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) throw FileError(path, "cannot open: " + systemError());
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) throw FileError(path, "cannot determine the file size");
  if (static_cast<unsigned long long>(size) > maxBytes)
    throw FileError(path, "file is too large (" + std::to_string(size) + " bytes; the limit is " +
                              std::to_string(maxBytes) + ")");
  in.seekg(0, std::ios::beg);
  std::string data(static_cast<size_t>(size), '\0');
  if (size > 0 && !in.read(data.data(), size)) throw FileError(path, "cannot read the file");
  return data;
}

void makeDirectories(const std::string& path) {
  std::error_code ec;
  std::filesystem::create_directories(path, ec);
  if (ec) throw FileError(path, "cannot create directory: " + ec.message());
}
}  // namespace pe
