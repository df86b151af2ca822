// A fresh folder under the system's temporary directory, unique to this run and removed at the end,
// so two test runs on one machine never share, or delete, each other's files.
#pragma once
#include <stdlib.h> // mkdtemp

#include <filesystem>
#include <stdexcept>
#include <string>
#include <system_error>

namespace kepu::testing {

class TempDir {
  public:
    explicit TempDir(const std::string& prefix) {
        std::string pattern = (std::filesystem::temp_directory_path() / (prefix + "-XXXXXX")).string();
        if (!::mkdtemp(pattern.data()))
            throw std::runtime_error("cannot create a temporary folder like " + pattern);
        m_path = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::filesystem::path& Path() const { return m_path; }

  private:
    std::filesystem::path m_path;
};

} // namespace kepu::testing
