// The kiosk's own user-facing text, keyed, in Chinese and English.
#include "core/ui_strings.hpp"

#include "core/text_file.hpp"

#include <toml++/toml.h>

namespace kepu {

std::vector<std::string> UiStrings::LoadFile(const std::filesystem::path& file) {
    const auto text = ReadTextFile(file);
    if (!text)
        return {file.string() + ": cannot read the interface text file; it ships with the kiosk in its "
                                "assets folder (i18n/ui.toml): reinstall it, or point the `assets` setting "
                                "(--assets DIR) at a folder that has it"};
    return LoadText(*text, file.string());
}

std::vector<std::string> UiStrings::LoadText(std::string_view text, const std::string& sourceName) {
    std::vector<std::string> errors;
    toml::table root;
    try {
        root = toml::parse(text, sourceName);
    } catch (const toml::parse_error& e) {
        errors.push_back(sourceName + ":" + std::to_string(e.source().begin.line) + ":" +
                         std::to_string(e.source().begin.column) + ": " + std::string(e.description()));
        return errors;
    }
    const auto where = [&](const toml::node& node) {
        return sourceName + ":" + std::to_string(node.source().begin.line) + ":" +
               std::to_string(node.source().begin.column) + ": ";
    };
    // A table holding "zh" is one string; any other table is a group whose name prefixes its keys.
    const auto walk = [&](auto&& self, const toml::table& table, const std::string& prefix) -> void {
        for (const auto& [k, node] : table) {
            const std::string key =
                prefix.empty() ? std::string(k.str()) : prefix + "." + std::string(k.str());
            const toml::table* sub = node.as_table();
            if (!sub) {
                errors.push_back(where(node) + "\"" + key +
                                 "\" must be a table with zh = \"…\" and en = \"…\"");
                continue;
            }
            if (!sub->contains("zh")) {
                self(self, *sub, key);
                continue;
            }
            Entry entry;
            if (auto zh = (*sub)["zh"].value<std::string>())
                entry.zh = *zh;
            else
                errors.push_back(where(*sub->get("zh")) + "\"" + key + ".zh\" must be a text in quotes");
            if (auto en = (*sub)["en"].value<std::string>()) entry.en = *en;
            if (!entry.zh.empty()) m_entries[key] = std::move(entry);
        }
    };
    walk(walk, root, "");
    return errors;
}

const std::string& UiStrings::Get(std::string_view key, Lang lang) const {
    const auto it = m_entries.find(key);
    if (it == m_entries.end()) {
        auto missing = m_missing.find(key);
        if (missing == m_missing.end()) missing = m_missing.emplace(std::string(key), std::string(key)).first;
        return missing->second;
    }
    if (lang == Lang::En && !it->second.en.empty()) return it->second.en;
    return it->second.zh;
}

std::string UiStrings::Format(std::string_view key, Lang lang,
                              const std::vector<std::pair<std::string, std::string>>& values) const {
    std::string text = Get(key, lang);
    for (const auto& [name, value] : values) {
        const std::string placeholder = "{" + name + "}";
        for (std::size_t pos = text.find(placeholder); pos != std::string::npos;
             pos = text.find(placeholder, pos + value.size()))
            text.replace(pos, placeholder.size(), value);
    }
    return text;
}

} // namespace kepu
