// What the content folder holds: packs (a folder with pack.toml), their attract-screen highlight
// cards, and the items of each module (quizzes/, stories/, tutorials/). This first cut reads ids
// and titles; the content-pack issue grows it into the full validated format.
#pragma once
#include "core/kiosk_types.hpp"

#include <filesystem>
#include <string>
#include <vector>

namespace kepu {

struct LocalText {
    std::string zh;
    std::string en; // may be empty: shown in Chinese, flagged for the admin
    const std::string& In(Lang lang) const { return lang == Lang::En && !en.empty() ? en : zh; }
};

enum class Module { Quizzes, Stories, Seniors };

struct ContentItem {
    std::string id;
    Module module = Module::Quizzes;
    LocalText title;
    LocalText summary;
    std::filesystem::path file;
};

struct Highlight {
    std::string id;
    LocalText title;
    LocalText text;
    std::string source;
};

struct ContentPack {
    std::string id;
    std::string version;
    LocalText title;
    std::filesystem::path folder;
    std::vector<Highlight> highlights;
    std::vector<ContentItem> items;
};

struct ContentCatalog {
    std::vector<ContentPack> packs;
    std::vector<std::string> problems; // "path:line:col: error: message", one per problem
    std::vector<const ContentItem*> ItemsOf(Module module) const;
    std::vector<const Highlight*> Highlights() const;
    std::size_t ItemCount() const;
    const ContentItem* FindItem(std::string_view id) const;
    // Every visible text, for building the font's glyph set.
    std::vector<std::string> AllTexts() const;
};

// Never throws: a broken pack is skipped whole and its problems listed.
ContentCatalog LoadContentCatalog(const std::filesystem::path& contentDir);
// The three modules: their stable id (statistics, interface string keys), their folder in a pack,
// and the screen that shows them.
struct ModuleInfo {
    Module module;
    std::string_view id;
    std::string_view folder;
    ScreenId screen;
};
inline constexpr ModuleInfo kModules[] = {
    {Module::Quizzes, "quizzes", "quizzes", ScreenId::Quizzes},
    {Module::Stories, "stories", "stories", ScreenId::Stories},
    {Module::Seniors, "seniors", "tutorials", ScreenId::Seniors},
};
const ModuleInfo& InfoOf(Module module);
// The module a screen shows, if it shows one.
const ModuleInfo* ModuleOnScreen(ScreenId screen);

} // namespace kepu
