// Scientists' stories: Markdown with a TOML front matter; md4c checks the Markdown and finds the
// images it refers to.
#include "core/content_items.hpp"

#include "core/utf8.hpp"

#include <md4c.h>

#include <algorithm>
#include <tuple>

namespace kepu {
namespace fs = std::filesystem;

namespace {

// Body lengths in columns (a Chinese character 2): about 600 to 1,500 Chinese characters, one to three
// minutes of reading for a visitor standing at the screen; the English at most about as long to read.
constexpr int kStoryMinColumnsZh = 1200;
constexpr int kStoryMaxColumnsZh = 3000;
constexpr int kStoryMaxColumnsEn = 9000;

void ReadPeople(FieldReader& reader, Story& story) {
    const toml::array* people = reader.Array("people", true);
    if (!people) return;
    if (people->empty())
        reader.Error(*people, "\"people\" 至少要写一个人", "\"people\" names at least one person");
    for (const toml::node& node : *people) {
        const toml::table* table = node.as_table();
        if (!table) {
            reader.Error(
                node,
                "\"people\" 里每个人写成 { name = { zh = \"…\", en = \"…\" }, born = 年份, died = 年份 }",
                "each of \"people\" is { name = { zh = \"…\", en = \"…\" }, born = year, died = year }");
            continue;
        }
        FieldReader person(*table, reader.File(), reader.Problems(), reader.Assets());
        StoryPerson p;
        p.name = person.Text("name", true, TextBox::Name);
        p.born = static_cast<int>(person.Integer("born", true, 1000, 2100).value_or(0));
        p.died = static_cast<int>(person.Integer("died", false, 1000, 2100).value_or(0));
        if (p.died != 0 && p.born != 0 && p.died < p.born)
            person.Error(*table->get("died"), "去世年份早于出生年份",
                         "the year of death is before the year of birth");
        person.WarnUnknownKeys();
        story.people.push_back(std::move(p));
    }
}

void ReadSpirit(FieldReader& reader, Story& story) {
    const toml::array* spirit = reader.Array("spirit", true);
    if (!spirit) return;
    std::string names;
    for (Spirit s : kSpirits)
        names += (names.empty() ? "" : ", ") + std::string(SpiritName(s));
    if (spirit->empty())
        reader.Error(*spirit, "\"spirit\" 至少写一项：" + names,
                     "\"spirit\" names at least one of: " + names);
    for (const toml::node& node : *spirit) {
        const auto value = node.value_exact<std::string>();
        const Spirit* found = nullptr;
        for (const Spirit& s : kSpirits)
            if (value && *value == SpiritName(s)) found = &s;
        if (!found) {
            reader.Error(node, "\"spirit\" 只能是：" + names, "\"spirit\" is one of: " + names);
        } else if (std::find(story.spirit.begin(), story.spirit.end(), *found) != story.spirit.end()) {
            reader.Error(node, "\"spirit\" 里 \"" + *value + "\" 写了两次",
                         "\"spirit\" lists \"" + *value + "\" twice");
        } else {
            story.spirit.push_back(*found);
        }
    }
}

// The common reader took "related" as item ids; a story's are quiz questions, "SET-ID/QUESTION-ID".
void ReadRelatedQuestions(FieldReader& reader, ContentItem& item, Story& story) {
    for (const ItemReference& ref : item.related) {
        const std::size_t slash = ref.id.find('/');
        if (slash == std::string::npos || slash == 0 || slash + 1 == ref.id.size() ||
            ref.id.find('/', slash + 1) != std::string::npos) {
            reader.Problems().Error(reader.File(), ref.place.line, ref.place.column,
                                    "\"related\" 中的 \"" + ref.id + "\" 要写成 题组编号/题目编号",
                                    "\"related\" names \"" + ref.id + "\": write SET-ID/QUESTION-ID");
            continue;
        }
        story.related.push_back({ref.id.substr(0, slash), ref.id.substr(slash + 1), ref.place});
    }
    if (item.related.size() < 2 || item.related.size() > 3) {
        const SourcePlace at = reader.PlaceOf("related");
        reader.Problems().Error(
            reader.File(), at.line, at.column,
            "\"related\" 要列出 2 到 3 道相关的题（题组编号/题目编号），故事读完后用来答题",
            "\"related\" lists 2 to 3 questions (SET-ID/QUESTION-ID), asked after the story");
    }
    item.related.clear();
}

void ReadStoryFields(FieldReader& reader, ContentItem& item, Story& story) {
    ReadPeople(reader, story);
    ReadSpirit(reader, story);
    story.think = reader.Text("think", true, TextBox::Explanation);
    ReadRelatedQuestions(reader, item, story);
}

// [[images]]: one table per picture, with where it comes from. Returns the tables, for messages.
std::vector<const toml::table*> ReadImageEntries(FieldReader& reader, Story& story) {
    std::vector<const toml::table*> tables;
    const toml::array* images = reader.Array("images", false);
    if (!images) return tables;
    for (const toml::node& node : *images) {
        const toml::table* table = node.as_table();
        if (!table) {
            reader.Error(node, "每张图片写成一个 [[images]] 表", "each picture is an [[images]] table");
            continue;
        }
        FieldReader entry(*table, reader.File(), reader.Problems(), reader.Assets());
        StoryImage image;
        image.file = entry.String("file", true);
        const std::string provenance = entry.String("provenance", true);
        image.origin = entry.String("origin", provenance == "public-domain");
        image.credit = entry.String("credit", provenance == "cc-by");
        if (provenance == "drawn-for-kepu")
            image.provenance = StoryImage::Provenance::DrawnForKepu;
        else if (provenance == "public-domain")
            image.provenance = StoryImage::Provenance::PublicDomain;
        else if (provenance == "cc-by")
            image.provenance = StoryImage::Provenance::CcBy;
        else if (table->get("provenance"))
            entry.Error(
                *table->get("provenance"),
                "\"provenance\" 只能是 drawn-for-kepu（为本展台绘制）、public-domain（公有领域，写 "
                "origin）或 "
                "cc-by（写 credit）",
                "\"provenance\" is drawn-for-kepu, public-domain (with origin) or cc-by (with credit)");
        entry.WarnUnknownKeys();
        tables.push_back(table);
        story.images.push_back(std::move(image));
    }
    return tables;
}

// "+++ en", "+++ EN", "+++en " …
bool IsEnglishSeparator(std::string line) {
    line.erase(0, 3);
    line.erase(0, line.find_first_not_of(" \t"));
    line.erase(line.find_last_not_of(" \t\r") + 1);
    return line.size() == 2 && (line[0] == 'e' || line[0] == 'E') && (line[1] == 'n' || line[1] == 'N');
}

int LineOf(const std::string& text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

} // namespace

std::optional<ContentItem> LoadStory(const fs::path& file, const std::string& text, ItemContext& ctx) {
    const std::string name = file.string();
    if (text.rfind("+++", 0) != 0) {
        ctx.diagnostics.Error(
            name, 1, 1, "故事要以两行 +++ 之间的字段开头（见 docs/content-format.md）",
            "a story starts with its fields between two lines of +++ (see docs/content-format.md)");
        return std::nullopt;
    }
    const std::size_t fieldsStart = text.find('\n') == std::string::npos ? text.size() : text.find('\n') + 1;
    const std::size_t fieldsEnd = text.find("\n+++", fieldsStart - 1);
    if (fieldsEnd == std::string::npos) {
        ctx.diagnostics.Error(name, 1, 1, "字段没有结束：请在字段后面加一行 +++",
                              "the fields are not closed: add a line of +++ after them");
        return std::nullopt;
    }
    // A blank first line keeps TOML's line numbers equal to the file's.
    auto table =
        ParseToml("\n" + text.substr(fieldsStart, fieldsEnd + 1 - fieldsStart), name, ctx.diagnostics);
    if (!table) return std::nullopt;

    ContentItem item;
    item.module = Module::Stories;
    item.file = file;
    FieldReader reader(*table, name, ctx.diagnostics, ctx.assets);
    ReadCommonFields(reader, item, ctx, true);
    Story& story = item.content.emplace<Story>();
    story.scientist = reader.Text("scientist", false, TextBox::Name);
    ReadStoryFields(reader, item, story);
    const std::vector<const toml::table*> imageTables = ReadImageEntries(reader, story);
    reader.WarnUnknownKeys();

    // The body after the closing +++ line; an English body may follow a line "+++ en" (any case).
    // Any other line starting with +++ is an error, so a mistyped separator never ends up shown
    // inside the Chinese text.
    std::size_t bodyStart = text.find('\n', fieldsEnd + 1);
    bodyStart = bodyStart == std::string::npos ? text.size() : bodyStart + 1;
    std::size_t enMark = std::string::npos; // where the separator line starts
    bool badSeparator = false;
    for (std::size_t pos = bodyStart; pos < text.size();) {
        const std::size_t lineEnd = std::min(text.find('\n', pos), text.size());
        const std::string line = text.substr(pos, lineEnd - pos);
        if (line.rfind("+++", 0) == 0) {
            if (IsEnglishSeparator(line) && enMark == std::string::npos) {
                enMark = pos;
            } else {
                badSeparator = true;
                const std::string shown = line.substr(0, line.find_last_not_of(" \t\r") + 1);
                ctx.diagnostics.Error(name, LineOf(text, pos), 1,
                                      "无法识别的分隔行 \"" + shown + "\"：英文正文前只写一行 \"+++ en\"",
                                      "unknown separator line \"" + shown +
                                          "\": the English text follows one line \"+++ en\"");
            }
        }
        pos = lineEnd + 1;
    }
    story.body.zh =
        text.substr(bodyStart, enMark == std::string::npos ? std::string::npos : enMark - bodyStart);
    if (enMark != std::string::npos) {
        const std::size_t enStart = text.find('\n', enMark);
        story.body.en = enStart == std::string::npos ? std::string() : text.substr(enStart + 1);
    }
    const auto blank = [](const std::string& s) {
        return s.find_first_not_of(" \t\r\n") == std::string::npos;
    };
    if (blank(story.body.zh))
        ctx.diagnostics.Error(name, LineOf(text, bodyStart), 1, "字段后面没有故事正文",
                              "the story has no text after its fields");
    else if (!badSeparator && (enMark == std::string::npos || blank(story.body.en)))
        ctx.diagnostics.Warning(name, LineOf(text, bodyStart), 1,
                                "没有英文正文（一行 \"+++ en\"，后面写英文）：英文界面会显示中文",
                                "no English text (a line \"+++ en\" and the English after it): the English "
                                "interface shows the Chinese");

    // The bodies parsed once into the reader's document; what it cannot show is an error at its place.
    std::vector<bool> used(story.images.size(), false);
    for (const auto& [body, offset, document] :
         {std::tuple{&story.body.zh, bodyStart, &story.zh},
          std::tuple{&story.body.en, enMark == std::string::npos ? bodyStart : text.find('\n', enMark) + 1,
                     &story.en}}) {
        if (body->empty()) continue;
        std::vector<StoryProblem> problems;
        *document = ParseStoryDocument(*body, LineOf(text, offset), problems);
        for (const StoryProblem& problem : problems)
            ctx.diagnostics.Error(name, problem.line, problem.column, problem.zh, problem.en);
        for (StoryBlock& block : document->blocks) {
            if (block.kind != StoryBlock::Kind::Image) continue;
            fs::path full;
            if (const auto problem = ImageProblem(block.image, ctx, full)) {
                ctx.diagnostics.Error(name, block.line, 1, problem->zh, problem->en);
                continue;
            }
            block.imagePath = full.string();
            bool listed = false;
            for (std::size_t i = 0; i < story.images.size(); ++i)
                if (story.images[i].file == block.image) listed = true, used[i] = true;
            if (!listed)
                ctx.diagnostics.Error(
                    name, block.line, 1,
                    "图片 \"" + block.image +
                        "\" 没有写出处：在字段里加一个 [[images]]，写明 file 和 provenance",
                    "the picture \"" + block.image +
                        "\" has no provenance: add an [[images]] table with its file and provenance");
        }
        if (ctx.assets) {
            std::string visible, missing;
            for (const StoryBlock& block : document->blocks)
                visible += PlainText(block) + block.caption;
            for (std::size_t pos = 0; pos < visible.size();) {
                const std::size_t start = pos;
                const char32_t cp = NextCodePoint(visible, pos);
                if (cp >= 0x20 && !ctx.assets->CanDraw(cp) &&
                    missing.find(visible.substr(start, pos - start)) == std::string::npos)
                    missing += visible.substr(start, pos - start);
            }
            if (!missing.empty())
                ctx.diagnostics.Error(name, LineOf(text, offset), 1,
                                      "故事正文中的 \"" + missing + "\" 无法用展台的字体显示",
                                      "the kiosk's font cannot draw \"" + missing + "\" in the story text");
        }
    }
    for (std::size_t i = 0; i < story.images.size(); ++i)
        if (!used[i])
            reader.Warning(*imageTables[i],
                           "[[images]] 里的 \"" + story.images[i].file + "\" 在正文里没有用到",
                           "the [[images]] entry \"" + story.images[i].file + "\" is not used in the text");

    // Length: a story a visitor reads standing, in one to three minutes.
    const int zhChars = story.zh.columns / 2;
    if (!story.body.zh.empty() && story.zh.columns > kStoryMaxColumnsZh)
        ctx.diagnostics.Error(name, LineOf(text, bodyStart), 1,
                              "中文正文太长：约 " + std::to_string(zhChars) + " 字，最多 " +
                                  std::to_string(kStoryMaxColumnsZh / 2) + " 字（站着读一到三分钟）",
                              "the Chinese text is too long: about " + std::to_string(zhChars) +
                                  " characters, at most " + std::to_string(kStoryMaxColumnsZh / 2) +
                                  " (one to three minutes of reading, standing)");
    else if (!story.body.zh.empty() && !story.zh.blocks.empty() && story.zh.columns < kStoryMinColumnsZh)
        ctx.diagnostics.Warning(name, LineOf(text, bodyStart), 1,
                                "中文正文较短：约 " + std::to_string(zhChars) + " 字，故事宜在 " +
                                    std::to_string(kStoryMinColumnsZh / 2) + " 字以上",
                                "the Chinese text is short: about " + std::to_string(zhChars) +
                                    " characters; a story should have at least " +
                                    std::to_string(kStoryMinColumnsZh / 2));
    if (story.en.columns > kStoryMaxColumnsEn)
        ctx.diagnostics.Error(name, LineOf(text, enMark == std::string::npos ? bodyStart : enMark), 1,
                              "英文正文太长：" + std::to_string(story.en.columns) + " 列，最多 " +
                                  std::to_string(kStoryMaxColumnsEn) + " 列",
                              "the English text is too long: " + std::to_string(story.en.columns) +
                                  " columns, at most " + std::to_string(kStoryMaxColumnsEn));
    return item;
}

} // namespace kepu
