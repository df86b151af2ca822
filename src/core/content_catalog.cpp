// Reads packs, highlights and item titles from the content folder.
#include "core/content_catalog.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace kepu {
namespace fs = std::filesystem;

namespace {

struct PackReader {
    std::vector<std::string>& problems;
    std::string source;

    void Error(const toml::source_region& at, const std::string& message) {
        problems.push_back(source + ":" + std::to_string(at.begin.line) + ":" +
                           std::to_string(at.begin.column) + ": error: " + message);
    }

    std::optional<toml::table> Parse(const std::string& text) {
        try {
            return toml::parse(text, source);
        } catch (const toml::parse_error& e) {
            Error(e.source(), std::string(e.description()));
            return std::nullopt;
        }
    }

    std::string RequireString(const toml::table& table, const char* key, const toml::source_region& owner) {
        const toml::node* node = table.get(key);
        if (!node) {
            Error(owner, std::string("missing \"") + key + "\" (a text in quotes)");
            return {};
        }
        if (auto v = node->value<std::string>(); v && !v->empty()) return *v;
        Error(node->source(), std::string("\"") + key + "\" must be a non-empty text in quotes");
        return {};
    }

    // title = { zh = "…", en = "…" }: zh required, en optional.
    LocalText RequireText(const toml::table& table, const char* key, const toml::source_region& owner) {
        LocalText text;
        const toml::node* node = table.get(key);
        const toml::table* sub = node ? node->as_table() : nullptr;
        if (!sub) {
            Error(node ? node->source() : owner,
                  std::string("\"") + key + "\" must be a table: " + key + " = { zh = \"…\", en = \"…\" }");
            return text;
        }
        text.zh = RequireString(*sub, "zh", sub->source());
        if (auto en = (*sub)["en"].value<std::string>()) text.en = *en;
        return text;
    }
};

std::optional<std::string> ReadFile(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// Markdown items carry their fields in a TOML front matter between two "+++" lines.
std::string FrontMatter(const std::string& text) {
    if (text.rfind("+++", 0) != 0) return {};
    const auto end = text.find("\n+++", 3);
    if (end == std::string::npos) return {};
    // Keep the opening line as a blank one so line numbers match the file.
    return "\n" + text.substr(text.find('\n') + 1, end - text.find('\n'));
}

std::optional<ContentPack> LoadPack(const fs::path& folder, std::vector<std::string>& problems) {
    const std::size_t problemsBefore = problems.size();
    const fs::path manifest = folder / "pack.toml";
    PackReader reader{problems, manifest.string()};
    const auto text = ReadFile(manifest);
    if (!text) {
        problems.push_back(manifest.string() + ":1:1: error: cannot read the pack manifest");
        return std::nullopt;
    }
    auto table = reader.Parse(*text);
    if (!table) return std::nullopt;

    ContentPack pack;
    pack.folder = folder;
    pack.id = reader.RequireString(*table, "id", table->source());
    pack.version = reader.RequireString(*table, "version", table->source());
    pack.title = reader.RequireText(*table, "title", table->source());
    if (const toml::array* cards = (*table)["highlight"].as_array()) {
        for (const toml::node& node : *cards) {
            const toml::table* card = node.as_table();
            if (!card) continue;
            Highlight h;
            h.id = reader.RequireString(*card, "id", card->source());
            h.title = reader.RequireText(*card, "title", card->source());
            h.text = reader.RequireText(*card, "text", card->source());
            h.source = reader.RequireString(*card, "source", card->source());
            pack.highlights.push_back(std::move(h));
        }
    }

    for (const ModuleInfo& info : kModules) {
        const Module module = info.module;
        const fs::path dir = folder / info.folder;
        std::error_code ec;
        if (!fs::is_directory(dir, ec)) continue;
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir, ec))
            if (entry.is_regular_file() &&
                (entry.path().extension() == ".toml" || entry.path().extension() == ".md"))
                files.push_back(entry.path());
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files) {
            PackReader itemReader{problems, file.string()};
            const auto itemText = ReadFile(file);
            if (!itemText) {
                problems.push_back(file.string() + ":1:1: error: cannot read the file");
                continue;
            }
            const bool markdown = file.extension() == ".md";
            const std::string fields = markdown ? FrontMatter(*itemText) : *itemText;
            if (markdown && fields.empty()) {
                problems.push_back(file.string() +
                                   ":1:1: error: a Markdown item must start with a TOML front "
                                   "matter between two lines of +++");
                continue;
            }
            auto itemTable = itemReader.Parse(fields);
            if (!itemTable) continue;
            ContentItem item;
            item.module = module;
            item.file = file;
            item.id = itemReader.RequireString(*itemTable, "id", itemTable->source());
            item.title = itemReader.RequireText(*itemTable, "title", itemTable->source());
            if (itemTable->contains("summary"))
                item.summary = itemReader.RequireText(*itemTable, "summary", itemTable->source());
            pack.items.push_back(std::move(item));
        }
    }
    if (problems.size() != problemsBefore) return std::nullopt; // never half-loaded
    return pack;
}

} // namespace

const ModuleInfo& InfoOf(Module module) {
    for (const ModuleInfo& info : kModules)
        if (info.module == module) return info;
    return kModules[0];
}

const ModuleInfo* ModuleOnScreen(ScreenId screen) {
    for (const ModuleInfo& info : kModules)
        if (info.screen == screen) return &info;
    return nullptr;
}

ContentCatalog LoadContentCatalog(const fs::path& contentDir) {
    ContentCatalog catalog;
    std::error_code ec;
    if (!fs::is_directory(contentDir, ec)) {
        catalog.problems.push_back(contentDir.string() +
                                   ": error: the content folder does not exist; pass --content DIR or set "
                                   "content = \"…\" in the settings file");
        return catalog;
    }
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(contentDir, ec))
        if (entry.is_directory() && fs::exists(entry.path() / "pack.toml")) folders.push_back(entry.path());
    std::sort(folders.begin(), folders.end());
    if (folders.empty()) {
        catalog.problems.push_back(
            contentDir.string() +
            ": error: no content packs here (a pack is a folder with a pack.toml); copy "
            "the bundled content/ folder or point --content at one");
    }

    std::set<std::string> seenIds;
    for (const fs::path& folder : folders) {
        std::vector<std::string> packProblems;
        auto pack = LoadPack(folder, packProblems);
        if (pack) {
            // Ids must be unique across all packs: statistics refer to them for years.
            std::vector<std::string> ids{pack->id};
            for (const auto& h : pack->highlights)
                ids.push_back(h.id);
            for (const auto& item : pack->items)
                ids.push_back(item.id);
            for (const auto& id : ids)
                if (!seenIds.insert(id).second)
                    packProblems.push_back((folder / "pack.toml").string() + ":1:1: error: id \"" + id +
                                           "\" is already used by another pack or item; ids must be unique");
            if (packProblems.empty()) catalog.packs.push_back(std::move(*pack));
        }
        catalog.problems.insert(catalog.problems.end(), packProblems.begin(), packProblems.end());
    }
    return catalog;
}

std::vector<const ContentItem*> ContentCatalog::ItemsOf(Module module) const {
    std::vector<const ContentItem*> items;
    for (const auto& pack : packs)
        for (const auto& item : pack.items)
            if (item.module == module) items.push_back(&item);
    return items;
}

std::vector<const Highlight*> ContentCatalog::Highlights() const {
    std::vector<const Highlight*> cards;
    for (const auto& pack : packs)
        for (const auto& h : pack.highlights)
            cards.push_back(&h);
    return cards;
}

const ContentItem* ContentCatalog::FindItem(std::string_view id) const {
    for (const auto& pack : packs)
        for (const auto& item : pack.items)
            if (item.id == id) return &item;
    return nullptr;
}

std::size_t ContentCatalog::ItemCount() const {
    std::size_t n = 0;
    for (const auto& pack : packs)
        n += pack.items.size();
    return n;
}

std::vector<std::string> ContentCatalog::AllTexts() const {
    std::vector<std::string> texts;
    const auto add = [&](const LocalText& t) {
        texts.push_back(t.zh);
        texts.push_back(t.en);
    };
    for (const auto& pack : packs) {
        add(pack.title);
        for (const auto& h : pack.highlights) {
            add(h.title);
            add(h.text);
            texts.push_back(h.source);
        }
        for (const auto& item : pack.items) {
            add(item.title);
            add(item.summary);
        }
    }
    return texts;
}

} // namespace kepu
