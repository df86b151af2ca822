// Loads and validates the content folder: pack manifests, highlight cards, items, and the checks
// across them (unique ids, related items). An item with an error is left out alone; a manifest error
// skips its pack.
#include "core/content_catalog.hpp"

#include "core/content_items.hpp"
#include "core/text_file.hpp"

#include <algorithm>
#include <map>
#include <optional>
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
                reader.Error(node, "\"languages\" 只能是 \"zh\" 和 \"en\"",
                             "languages are \"zh\" and \"en\"");
            else
                pack.languages.push_back(*lang);
        }
        if (std::find(pack.languages.begin(), pack.languages.end(), "zh") == pack.languages.end())
            reader.Error(*table.get("languages"), "每个内容包都有中文：\"languages\" 必须包含 \"zh\"",
                         "every pack is in Chinese: \"languages\" must include \"zh\"");
    }
    const auto from = reader.Date("active_from");
    const auto until = reader.Date("active_until");
    if (from) pack.activeFrom = DateText(*from);
    if (until) pack.activeUntil = DateText(*until);
    if (from && until && *until < *from)
        reader.Error(*table.get("active_until"), "\"active_until\" 早于 \"active_from\"",
                     "\"active_until\" is before \"active_from\"");

    if (const toml::array* cards = reader.Array("highlight", false)) {
        for (const toml::node& node : *cards) {
            const toml::table* card = node.as_table();
            if (!card) {
                reader.Error(node, "每张推荐卡片必须是一个 [[highlight]] 表",
                             "each highlight must be a [[highlight]] table");
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

// A folder's entries, sorted, without throwing: an error ends the listing and is left in ec.
std::vector<fs::path> ListFolder(const fs::path& dir, std::error_code& ec) {
    std::vector<fs::path> entries;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
        entries.push_back(it->path());
    std::sort(entries.begin(), entries.end());
    return entries;
}

// One item file, with its own diagnostics: an error in it leaves out this item only.
void LoadItem(const ItemType& type, const fs::path& file, ContentPack& pack, const ContentAssets* assets,
              Diagnostics& itemProblems) {
    Diagnostics problems;
    ItemContext ctx{pack.folder, problems, assets};
    std::optional<ContentItem> item;
    try {
        if (const auto text = ReadTextFile(file))
            item = type.load(file, *text, ctx);
        else
            problems.Error(file.string(), 0, 0, "无法读取这个文件", "cannot read the file");
    } catch (const std::exception& e) { // a loader's bug must not end the reload, nor the kiosk
        problems.Error(file.string(), 0, 0, std::string("无法载入：") + e.what(),
                       std::string("could not be loaded: ") + e.what());
        item.reset();
    }
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
    std::error_code ec;
    const auto text = fs::is_regular_file(manifest, ec) ? ReadTextFile(manifest) : std::nullopt;
    if (!text) {
        manifestProblems.Error(
            manifest.string(), 0, 0, "无法读取内容包清单" + (ec ? "（" + ec.message() + "）" : std::string()),
            "cannot read the pack manifest" + (ec ? " (" + ec.message() + ")" : std::string()));
        return pack;
    }
    if (auto table = ParseToml(*text, manifest.string(), manifestProblems))
        ReadManifest(*table, pack, ctx, manifest.string());

    for (const ItemType& type : kItemTypes) {
        const fs::path dir = folder / InfoOf(type.module).folder;
        const fs::file_status dirStatus = fs::status(dir, ec);
        if (dirStatus.type() == fs::file_type::not_found) continue;
        if (ec || !fs::is_directory(dirStatus)) {
            itemProblems.Warning(dir.string(), 0, 0,
                                 ec ? "无法打开（" + ec.message() + "），其中的内容都没有载入"
                                    : std::string("不是文件夹，其中的内容都没有载入"),
                                 ec ? "cannot be opened (" + ec.message() + "), so nothing in it is loaded"
                                    : std::string("is not a folder, so nothing in it is loaded"));
            continue;
        }
        std::vector<fs::path> files;
        const std::vector<fs::path> entries = ListFolder(dir, ec);
        if (ec) { // part of the module is missing: an error, so a reload keeps the previous version
            itemProblems.Error(dir.string(), 0, 0, "无法完整读取（" + ec.message() + "）",
                               "cannot be read completely (" + ec.message() + ")");
            pack.skippedItems.push_back(dir.string());
        }
        for (const fs::path& entry : entries) {
            const std::string name = entry.filename().string();
            if (name.empty() || name[0] == '.') continue;
            const fs::file_status status = fs::status(entry, ec);
            if (ec && status.type() != fs::file_type::not_found)
                itemProblems.Warning(entry.string(), 0, 0, "无法打开（" + ec.message() + "），没有载入",
                                     "cannot be opened (" + ec.message() + "), so not loaded");
            else if (status.type() == fs::file_type::not_found)
                itemProblems.Warning(entry.string(), 0, 0, "是指向不存在之处的链接，没有载入",
                                     "is a link to nothing, so not loaded");
            else if (!fs::is_regular_file(status))
                itemProblems.Warning(entry.string(), 0, 0, "不是文件（是文件夹？），没有载入",
                                     "is not a file (a folder?), so not loaded");
            else if (entry.extension() == type.extension)
                files.push_back(entry);
            else
                itemProblems.Warning(entry.string(), 0, 0,
                                     std::string("不是 ") + type.extension + " 文件，没有载入",
                                     std::string("not a ") + type.extension + " file, so not loaded");
        }
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
                       "编号 \"" + id + "\" 已在 " + it->second + " 使用；所有内容包中的编号都不能重复",
                       "id \"" + id + "\" is already used at " + it->second +
                           "; every id must be unique across all packs");
    return fresh;
}

// A question's text as the duplicate check compares it: its Chinese, without the spaces around it
// (ASCII and the ideographic space authors paste from Chinese documents).
std::string TrimmedText(std::string_view text) {
    constexpr std::string_view kSpaces[] = {" ", "\t", "\r", "\n", "\u3000"}; // U+3000: ideographic
    for (bool trimmed = true; trimmed;) {
        trimmed = false;
        for (std::string_view space : kSpaces) {
            if (text.starts_with(space)) {
                text.remove_prefix(space.size());
                trimmed = true;
            }
            if (text.ends_with(space)) {
                text.remove_suffix(space.size());
                trimmed = true;
            }
        }
    }
    return std::string(text);
}

// No two questions anywhere in the loaded content may read the same: a visitor would meet one
// twice, and the statistics could not tell them apart. Reports each repeat and returns nullopt;
// otherwise the item's texts, for the caller to add to `owner` once the item is kept.
std::optional<std::map<std::string, std::string>>
CheckQuestionTexts(const std::map<std::string, std::string>& owner, const ContentItem& item,
                   Diagnostics& problems) {
    std::map<std::string, std::string> mine;
    const QuizSet* set = item.AsQuizSet();
    if (!set) return mine;
    bool fresh = true;
    for (const QuizQuestion& q : set->questions) {
        const std::string text = TrimmedText(q.text.zh);
        if (text.empty()) continue;
        auto first = owner.find(text);
        if (first == owner.end()) first = mine.find(text);
        if (first != owner.end() && first != mine.end()) {
            problems.Error(item.file.string(), q.textPlace.line, q.textPlace.column,
                           "题目 \"" + text + "\" 已在 " + first->second +
                               " 出现；所有内容包中的题目文字都不能重复",
                           "the question \"" + text + "\" already appears at " + first->second +
                               "; no two questions may read the same in any pack");
            fresh = false;
            continue;
        }
        mine.emplace(text, item.file.string() + ":" + std::to_string(q.textPlace.line));
    }
    if (!fresh) return std::nullopt;
    return mine;
}

// Related items must exist among the loaded items; an item that points nowhere is left out, which
// may leave out another that points at it, so this repeats until nothing changes.
void DropItemsWithMissingRelated(ContentCatalog& catalog) {
    for (bool changed = true; changed;) {
        changed = false;
        std::set<std::string> ids, questions;
        for (const auto& pack : catalog.packs)
            for (const auto& item : pack.items) {
                ids.insert(item.id);
                if (const QuizSet* set = item.AsQuizSet())
                    for (const QuizQuestion& question : set->questions)
                        questions.insert(item.id + "/" + question.id);
            }
        for (auto& pack : catalog.packs) {
            for (auto item = pack.items.begin(); item != pack.items.end();) {
                bool missing = false;
                for (const auto& related : item->related)
                    if (!ids.count(related.id)) {
                        catalog.diagnostics.Error(
                            item->file.string(), related.place.line, related.place.column,
                            "\"related\" 中的 \"" + related.id + "\" 不是任何已载入内容包中的条目",
                            "\"related\" names \"" + related.id +
                                "\", which is not an item of any loaded pack");
                        missing = true;
                    }
                // A story's 相关问答 names quiz questions.
                if (const Story* story = item->AsStory())
                    for (const QuestionRef& ref : story->related)
                        if (!questions.count(ref.set + "/" + ref.question)) {
                            const std::string key = ref.set + "/" + ref.question;
                            catalog.diagnostics.Error(
                                item->file.string(), ref.place.line, ref.place.column,
                                "\"related\" 中的 \"" + key + "\" 不是任何已载入题组中的题目",
                                "\"related\" names \"" + key +
                                    "\", which is not a question of any loaded quiz set");
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

// A lesson's "next" only suggests: a missing one is a warning, and the completion screen offers none.
void WarnMissingNextLessons(ContentCatalog& catalog) {
    std::set<std::string> lessons;
    for (const auto& pack : catalog.packs)
        for (const auto& item : pack.items)
            if (item.AsTutorial()) lessons.insert(item.id);
    for (const auto& pack : catalog.packs)
        for (const auto& item : pack.items)
            if (const Tutorial* lesson = item.AsTutorial();
                lesson && !lesson->next.empty() && !lessons.count(lesson->next))
                catalog.diagnostics.Warning(
                    item.file.string(), lesson->nextPlace.line, lesson->nextPlace.column,
                    "\"next\" 中的 \"" + lesson->next + "\" 不是任何已载入的手机课：完成页不推荐下一课",
                    "\"next\" names \"" + lesson->next +
                        "\", which is not a loaded lesson: the completion screen offers none");
}

} // namespace

std::string_view SpiritName(Spirit spirit) {
    switch (spirit) {
    case Spirit::Patriotism: return "patriotism";
    case Spirit::Innovation: return "innovation";
    case Spirit::TruthSeeking: return "truth-seeking";
    case Spirit::Dedication: return "dedication";
    case Spirit::Collaboration: return "collaboration";
    case Spirit::Mentoring: return "mentoring";
    }
    return "patriotism";
}

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

namespace {

// The pack folders of a content folder (or the folder itself, when it is a pack), sorted.
std::vector<fs::path> FindPacks(const fs::path& contentDir, Diagnostics& diagnostics) {
    std::error_code ec;
    if (fs::exists(contentDir / "pack.toml", ec)) return {contentDir};
    std::vector<fs::path> folders;
    const std::vector<fs::path> entries = ListFolder(contentDir, ec);
    if (ec)
        diagnostics.Error(contentDir.string(), 0, 0, "无法完整读取（" + ec.message() + "）",
                          "cannot be read completely (" + ec.message() + ")");
    for (const fs::path& entry : entries) {
        const std::string name = entry.filename().string();
        // Dot-folders hold other versions of packs (the link names the one in use).
        if (name.empty() || name[0] == '.') continue;
        const fs::file_status status = fs::status(entry, ec);
        if (ec && status.type() != fs::file_type::not_found)
            diagnostics.Warning(entry.string(), 0, 0, "无法打开（" + ec.message() + "），没有载入",
                                "cannot be opened (" + ec.message() + "), so not loaded");
        if (!fs::is_directory(status)) continue;
        if (fs::exists(entry / "pack.toml", ec))
            folders.push_back(entry);
        else
            diagnostics.Warning(entry.string(), 0, 0, "这里没有 pack.toml，所以这个文件夹不是内容包",
                                "no pack.toml here, so this folder is not a pack");
    }
    return folders;
}

void LoadPacks(const fs::path& contentDir, const ContentAssets* assets, ContentCatalog& catalog) {
    std::error_code ec;
    if (!fs::is_directory(contentDir, ec)) {
        catalog.diagnostics.Error(
            contentDir.string(), 0, 0,
            ec && ec != std::errc::no_such_file_or_directory
                ? "无法打开内容文件夹（" + ec.message() + "）"
                : std::string("内容文件夹不存在；请用 --content 目录 指定，或在设置文件中写 content = \"…\""),
            ec && ec != std::errc::no_such_file_or_directory
                ? "cannot open the content folder (" + ec.message() + ")"
                : std::string("the content folder does not exist; pass --content DIR or set content = \"…\" "
                              "in the settings file"));
    } else {
        const std::vector<fs::path> folders = FindPacks(contentDir, catalog.diagnostics);
        if (folders.empty())
            catalog.diagnostics.Error(
                contentDir.string(), 0, 0,
                "这里没有内容包（内容包是含有 pack.toml 的文件夹）；请复制自带的 content/ 文件夹，或让 "
                "--content 指向一个内容文件夹",
                "no content packs here (a pack is a folder with a pack.toml); copy the bundled "
                "content/ folder or point --content at one");

        std::map<std::string, std::string> owner;         // id -> the file that has it
        std::map<std::string, std::string> questionTexts; // trimmed Chinese text -> file:line
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
                    // Texts first: an item left out for a repeated question must not keep its id.
                    const auto texts = CheckQuestionTexts(questionTexts, *item, itemProblems);
                    if (texts && ClaimId(owner, item->id, item->file.string(), item->idPlace, itemProblems)) {
                        questionTexts.insert(texts->begin(), texts->end());
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
}

} // namespace

ContentCatalog LoadContentCatalog(const fs::path& contentDir, const ContentAssets* assets,
                                  std::string today) {
    ContentCatalog catalog;
    catalog.today = std::move(today);
    // Nothing may escape to the reload worker and from there to the frame thread (bug 6).
    try {
        LoadPacks(contentDir, assets, catalog);
    } catch (const std::exception& e) {
        catalog.diagnostics.Error(contentDir.string(), 0, 0, std::string("无法载入内容：") + e.what(),
                                  std::string("the content could not be loaded: ") + e.what());
    }
    DropItemsWithMissingRelated(catalog);
    WarnMissingNextLessons(catalog);
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

bool ContentCatalog::IsActiveOn(const ContentPack& pack, std::string_view localDate) {
    if (localDate.empty()) return true;
    // "YYYY-MM-DD" texts compare as the dates do.
    return (pack.activeFrom.empty() || pack.activeFrom <= localDate) &&
           (pack.activeUntil.empty() || localDate <= pack.activeUntil);
}

std::vector<std::string> ContentCatalog::ActiveFor(std::string_view localDate) const {
    std::vector<std::string> ids;
    for (const auto& pack : packs)
        if (IsActiveOn(pack, localDate)) ids.push_back(pack.id);
    return ids;
}

namespace {

// Lessons in course order: each chain of "next" from its start (a lesson no other names), so a
// senior meets the basics first; what no chain reaches keeps its place at the end.
std::vector<const ContentItem*> CourseOrder(const std::vector<const ContentItem*>& lessons) {
    std::set<std::string> named, placed;
    for (const ContentItem* item : lessons)
        if (const Tutorial* lesson = item->AsTutorial(); lesson && !lesson->next.empty())
            named.insert(lesson->next);
    const auto find = [&](const std::string& id) -> const ContentItem* {
        for (const ContentItem* item : lessons)
            if (item->id == id) return item;
        return nullptr;
    };
    std::vector<const ContentItem*> ordered;
    for (const ContentItem* start : lessons) {
        if (named.count(start->id)) continue;
        for (const ContentItem* item = start; item && placed.insert(item->id).second;
             item = item->AsTutorial() ? find(item->AsTutorial()->next) : nullptr)
            ordered.push_back(item);
    }
    for (const ContentItem* item : lessons)
        if (placed.insert(item->id).second) ordered.push_back(item);
    return ordered;
}

} // namespace

std::vector<const ContentItem*> ContentCatalog::ItemsOf(Module module) const {
    std::vector<const ContentItem*> items;
    for (const auto& pack : packs)
        if (IsActive(pack))
            for (const auto& item : pack.items)
                if (item.module == module) items.push_back(&item);
    return module == Module::Seniors ? CourseOrder(items) : items;
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

} // namespace kepu
