// The kiosk's own user-facing text (buttons, titles, messages), loaded from assets/i18n/ui.toml:
// Chinese first, English beside it. Code refers to strings by key only.
#pragma once
#include "core/kiosk_types.hpp"

#include <filesystem>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kepu {

class UiStrings {
  public:
    // Returns problems as "file:line:col: message"; valid entries load even when others are broken.
    std::vector<std::string> LoadFile(const std::filesystem::path& file);
    std::vector<std::string> LoadText(std::string_view text, const std::string& sourceName);

    // English falls back to Chinese; an unknown key shows as itself so it is noticed, never blank.
    const std::string& Get(std::string_view key, Lang lang) const;
    // Get() with "{name}" placeholders replaced.
    std::string Format(std::string_view key, Lang lang,
                       const std::vector<std::pair<std::string, std::string>>& values) const;
    bool Has(std::string_view key) const { return m_entries.find(key) != m_entries.end(); }
    std::size_t Size() const { return m_entries.size(); }

  private:
    struct Entry {
        std::string zh;
        std::string en;
    };
    std::map<std::string, Entry, std::less<>> m_entries;
    mutable std::map<std::string, std::string, std::less<>> m_missing;
};

} // namespace kepu
