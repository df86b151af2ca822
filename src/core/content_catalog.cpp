// Loads and validates the content folder: pack manifests, highlight cards, items, and the checks
// across them (unique ids, related items). An item with an error is left out alone; a manifest error
// skips its pack.
#include "core/content_catalog.hpp"

#include "core/content_items.hpp"
#include "core/text_file.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace kepu {
namespace fs = std::filesystem;

namespace {

std::string DateText(const toml::date& d) {
    char text[48];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
    return text;
}

void ReadManifest(const toml::table& table, ContentPack& pack, ItemContext& ctx, const std::string& file) {
    FieldReader reader(table, file, ctx.diagnostics, ctx.assets);
    pack.id = reader.Id("id");
    pack.idPlace = reader.PlaceOf("id");
    pack.version = reader.String("version", true);
    pack.title = reader.Text("title", true, TextBox::PackTitle);
    if (const toml::array* languages = reader.Array("languages", true)) {
        for (const toml::node& node : *languages) {
            const auto lang = node.value_exact<std::string>();
            if (!lang || (*lang != "zh" && *lang != "en"))
                reader.Error(node, "languages are \"zh\" and \"en\"");
            else
                pack.languages.push_back(*lang);
        }
        if (std::find(pack.languages.begin(), pack.languages.end(), "zh") == pack.languages.end())
            reader.Error(*table.get("languages"),
                         "every pack is in Chinese: \"languages\" must include \"zh\"");
    }
    const auto from = reader.Date("active_from");
    const auto until = reader.Date("active_until");
    if (from) pack.activeFrom = DateText(*from);
    if (until) pack.activeUntil = DateText(*until);
    if (from && until && *until < *from)
        reader.Error(*table.get("active_until"), "\"active_until\" is before \"active_from\"");

    if (const toml::array* cards = reader.Array("highlight", false)) {
        for (const toml::node& node : *cards) {
            const toml::table* card = node.as_table();
            if (!card) {
                reader.Error(node, "each highlight must be a [[highlight]] table");
                continue;
            }
            FieldReader cr(*card, file, ctx.diagnostics, ctx.assets);
            Highlight h;
            h.id = cr.Id("id");
            h.idPlace = cr.PlaceOf("id");
            h.title = cr.Text("title", true, TextBox::HighlightTitle);
            h.text = cr.Text("text", true, TextBox::HighlightText);
            h.source = cr.String("source", true);
            cr.WarnUnknownKeys();
            pack.highlights.push_back(std::move(h));
        }
    }
    reader.WarnUnknownKeys();
}

struct ItemType {
    Module module;
    const char* extension;
    std::optional<ContentItem> (*load)(const fs::path&, const std::string&, ItemContext&);
};
constexpr ItemType kItemTypes[] = {
    {Module::Quizzes, ".toml", LoadQuizSet},
    {Module::Stories, ".md", LoadStory},
    {Module::Seniors, ".toml", LoadTutorial},
};

// One item file, with its own diagnostics: an error in it leaves out this item only.
void LoadItem(const ItemType& type, const fs::path& file, ContentPack& pack, const ContentAssets* assets,
              Diagnostics& itemProblems) {
    Diagnostics problems;
    ItemContext ctx{pack.folder, problems, assets};
    std::optional<ContentItem> item;
    if (const auto text = ReadTextFile(file))
        item = type.load(file, *text, ctx);
    else
        problems.Error(file.string(), 0, 0, "cannot read the file");
    if (item && problems.ErrorCount() == 0)
        pack.items.push_back(std::move(*item));
    else
        pack.skippedItems.push_back(file.string());
    itemProblems.Append(problems);
}

// The manifest's problems go to manifestProblems (they skip the pack), the items' to itemProblems.
ContentPack LoadPack(const fs::path& folder, const ContentAssets* assets, Diagnostics& manifestProblems,
                     Diagnostics& itemProblems) {
    ContentPack pack;
    pack.folder = folder;
    ItemContext ctx{folder, manifestProblems, assets};
    const fs::path manifest = folder / "pack.toml";
    const auto text = ReadTextFile(manifest);
    if (!text) {
        manifestProblems.Error(manifest.string(), 0, 0, "cannot read the pack manifest");
        return pack;
    }
    if (auto table = ParseToml(*text, manifest.string(), manifestProblems))
        ReadManifest(*table, pack, ctx, manifest.string());

    std::error_code ec;
    for (const ItemType& type : kItemTypes) {
        const fs::path dir = folder / InfoOf(type.module).folder;
        if (!fs::is_directory(dir, ec)) continue;
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            if (!entry.is_regular_file()) continue;
            if (entry.path().extension() == type.extension)
                files.push_back(entry.path());
            else if (entry.path().filename().string()[0] != '.')
                itemProblems.Warning(entry.path().string(), 0, 0,
                                     std::string("not a ") + type.extension + " file, so not loaded");
        }
        std::sort(files.begin(), files.end());
        for (const fs::path& file : files)
            LoadItem(type, file, pack, assets, itemProblems);
    }
    return pack;
}

// Ids are unique across all packs: statistics refer to them for years. Returns false (and reports
// it) when the id is already taken; otherwise takes it.
bool ClaimId(std::map<std::string, std::string>& owner, const std::string& id, const std::string& file,
             SourcePlace at, Diagnostics& problems) {
    if (id.empty()) return true;
    const auto [it, fresh] = owner.emplace(id, file + ":" + std::to_string(at.line));
    if (!fresh)
        problems.Error(file, at.line, at.column,
                       "id \"" + id + "\" is already used at " + it->second +
                           "; every id must be unique across all packs");
    return fresh;
}

// Related items must exist among the loaded items; an item that points nowhere is left out, which
// may leave out another that points at it, so this repeats until nothing changes.
void DropItemsWithMissingRelated(ContentCatalog& catalog) {
    for (bool changed = true; changed;) {
        changed = false;
        std::set<std::string> ids;
        for (const auto& pack : catalog.packs)
            for (const auto& item : pack.items)
                ids.insert(item.id);
        for (auto& pack : catalog.packs) {
            for (auto item = pack.items.begin(); item != pack.items.end();) {
                bool missing = false;
                for (const auto& related : item->related)
                    if (!ids.count(related.id)) {
                        catalog.diagnostics.Error(item->file.string(), related.place.line,
                                                  related.place.column,
                                                  "\"related\" names \"" + related.id +
                                                      "\", which is not an item of any loaded pack");
                        missing = true;
                    }
                if (missing) {
                    pack.skippedItems.push_back(item->file.string());
                    item = pack.items.erase(item);
                    changed = true;
                } else {
                    ++item;
                }
            }
        }
    }
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

ContentCatalog LoadContentCatalog(const fs::path& contentDir, const ContentAssets* assets,
                                  std::string today) {
    ContentCatalog catalog;
    catalog.today = std::move(today);
    std::error_code ec;
    if (!fs::is_directory(contentDir, ec)) {
        catalog.diagnostics.Error(
            contentDir.string(), 0, 0,
            "the content folder does not exist; pass --content DIR or set content = \"…\" "
            "in the settings file");
    } else {
        std::vector<fs::path> folders;
        // A pack folder itself (kepu-kiosk validate content/my-pack) is checked alone.
        if (fs::exists(contentDir / "pack.toml", ec))
            folders.push_back(contentDir);
        else
            for (const auto& entry : fs::directory_iterator(contentDir, ec)) {
                const std::string name = entry.path().filename().string();
                // Dot-folders hold other versions of packs (the link names the one in use).
                if (name.empty() || name[0] == '.' || !entry.is_directory()) continue;
                if (fs::exists(entry.path() / "pack.toml", ec))
                    folders.push_back(entry.path());
                else
                    catalog.diagnostics.Warning(entry.path().string(), 0, 0,
                                                "no pack.toml here, so this folder is not a pack");
            }
        std::sort(folders.begin(), folders.end());
        if (folders.empty())
            catalog.diagnostics.Error(
                contentDir.string(), 0, 0,
                "no content packs here (a pack is a folder with a pack.toml); copy the bundled "
                "content/ folder or point --content at one");

        std::map<std::string, std::string> owner; // id -> the file that has it
        for (const fs::path& folder : folders) {
            Diagnostics manifestProblems;
            Diagnostics itemProblems;
            ContentPack pack = LoadPack(folder, assets, manifestProblems, itemProblems);
            // The manifest's ids are taken only if the pack is used.
            std::map<std::string, std::string> claimed = owner;
            const std::string manifest = (folder / "pack.toml").string();
            ClaimId(claimed, pack.id, manifest, pack.idPlace, manifestProblems);
            for (const auto& h : pack.highlights)
                ClaimId(claimed, h.id, manifest, h.idPlace, manifestProblems);
            if (manifestProblems.ErrorCount() == 0) {
                owner = std::move(claimed);
                for (auto item = pack.items.begin(); item != pack.items.end();) {
                    if (ClaimId(owner, item->id, item->file.string(), item->idPlace, itemProblems)) {
                        ++item;
                    } else {
                        pack.skippedItems.push_back(item->file.string());
                        item = pack.items.erase(item);
                    }
                }
                catalog.packs.push_back(std::move(pack));
            } else {
                catalog.skippedPacks.push_back(folder.string());
            }
            catalog.diagnostics.Append(manifestProblems);
            catalog.diagnostics.Append(itemProblems);
        }
    }
    DropItemsWithMissingRelated(catalog);
    for (auto& pack : catalog.packs) {
        std::sort(pack.skippedItems.begin(), pack.skippedItems.end());
        catalog.skippedItems.insert(catalog.skippedItems.end(), pack.skippedItems.begin(),
                                    pack.skippedItems.end());
    }

    catalog.diagnostics.SortByPlace();
    for (const Diagnostic& d : catalog.diagnostics.Items())
        if (d.severity == Severity::Error) catalog.problems.push_back(d.Format());
    return catalog;
}

ContentCatalog KeepPreviousVersions(ContentCatalog fresh, const ContentCatalog& previous) {
    const auto idsOf = [](const ContentPack& pack) {
        std::vector<std::string> all{pack.id};
        for (const auto& h : pack.highlights)
            all.push_back(h.id);
        for (const auto& item : pack.items)
            all.push_back(item.id);
        return all;
    };
    // The folders whose new version has errors: skipped whole, or used without some items.
    std::vector<std::string> broken = fresh.skippedPacks;
    for (const auto& pack : fresh.packs)
        if (pack.HasErrors()) broken.push_back(pack.folder.string());
    for (const std::string& folder : broken) {
        for (const ContentPack& old : previous.packs) {
            if (old.folder.string() != folder) continue;
            // The ids of every other pack in use: the old version must not clash with them.
            std::set<std::string> ids;
            for (const auto& pack : fresh.packs)
                if (pack.folder.string() != folder)
                    for (const auto& id : idsOf(pack))
                        ids.insert(id);
            const auto oldIds = idsOf(old);
            if (std::any_of(oldIds.begin(), oldIds.end(),
                            [&](const std::string& id) { return ids.count(id) > 0; }))
                continue;
            std::erase_if(fresh.packs,
                          [&](const ContentPack& pack) { return pack.folder.string() == folder; });
            fresh.packs.push_back(old);
            fresh.keptPrevious.push_back(folder);
        }
    }
    return fresh;
}

std::string_view ContentItem::Type() const {
    if (AsQuizSet()) return "quiz-set";
    if (AsStory()) return "story";
    return "tutorial";
}

bool ContentCatalog::IsActive(const ContentPack& pack) const {
    if (today.empty()) return true;
    return (pack.activeFrom.empty() || pack.activeFrom <= today) &&
           (pack.activeUntil.empty() || today <= pack.activeUntil);
}

std::vector<const ContentItem*> ContentCatalog::ItemsOf(Module module) const {
    std::vector<const ContentItem*> items;
    for (const auto& pack : packs)
        if (IsActive(pack))
            for (const auto& item : pack.items)
                if (item.module == module) items.push_back(&item);
    return items;
}

std::vector<const Highlight*> ContentCatalog::Highlights() const {
    std::vector<const Highlight*> cards;
    for (const auto& pack : packs)
        if (IsActive(pack))
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
        if (IsActive(pack)) n += pack.items.size();
    return n;
}

std::vector<std::string> ContentCatalog::HeadingTexts() const {
    std::vector<std::string> texts;
    const auto add = [&](const LocalText& t) {
        texts.push_back(t.zh);
        texts.push_back(t.en);
    };
    for (const auto& pack : packs) {
        add(pack.title);
        for (const auto& h : pack.highlights)
            add(h.title);
        for (const auto& item : pack.items) {
            add(item.title);
            add(item.summary);
            if (const Story* story = item.AsStory()) add(story->scientist);
        }
    }
    return texts;
}

std::vector<std::string> ContentCatalog::AllTexts() const {
    std::vector<std::string> texts = HeadingTexts();
    const auto add = [&](const LocalText& t) {
        texts.push_back(t.zh);
        texts.push_back(t.en);
    };
    for (const auto& pack : packs) {
        for (const auto& h : pack.highlights) {
            add(h.text);
            texts.push_back(h.source);
        }
        for (const auto& item : pack.items) {
            texts.push_back(item.source);
            if (const Story* story = item.AsStory()) add(story->body);
            if (const QuizSet* set = item.AsQuizSet())
                for (const auto& q : set->questions) {
                    add(q.text);
                    add(q.explanation);
                    for (const auto& c : q.choices)
                        add(c);
                    texts.push_back(q.source);
                }
        }
    }
    return texts;
}

} // namespace kepu
