// Scientists' stories: Markdown with a TOML front matter; md4c checks the Markdown and finds the
// images it refers to.
#include "core/content_items.hpp"

#include "core/utf8.hpp"

#include <md4c.h>

#include <algorithm>

namespace kepu {
namespace fs = std::filesystem;

namespace {

struct MarkdownScan {
    std::vector<std::string> images;
    std::string text; // what a reader sees, for the font check
};

int EnterSpan(MD_SPANTYPE type, void* detail, void* user) {
    if (type == MD_SPAN_IMG) {
        const auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        static_cast<MarkdownScan*>(user)->images.emplace_back(img->src.text, img->src.size);
    }
    return 0;
}

int Text(MD_TEXTTYPE, const MD_CHAR* text, MD_SIZE size, void* user) {
    static_cast<MarkdownScan*>(user)->text.append(text, size);
    return 0;
}

int NoBlock(MD_BLOCKTYPE, void*, void*) {
    return 0;
}
int NoSpan(MD_SPANTYPE, void*, void*) {
    return 0;
}

// Returns false when md4c cannot parse it (it accepts nearly anything; this is for the worst cases).
bool ScanMarkdown(const std::string& markdown, MarkdownScan& scan) {
    MD_PARSER parser{};
    parser.flags = MD_FLAG_NOHTML;
    parser.enter_block = NoBlock;
    parser.leave_block = NoBlock;
    parser.enter_span = EnterSpan;
    parser.leave_span = NoSpan;
    parser.text = Text;
    return md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &scan) == 0;
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

    for (const auto& [body, offset] :
         {std::pair{&story.body.zh, bodyStart},
          std::pair{&story.body.en, enMark == std::string::npos ? bodyStart : enMark}}) {
        if (body->empty()) continue;
        MarkdownScan scan;
        if (!ScanMarkdown(*body, scan)) {
            ctx.diagnostics.Error(name, LineOf(text, offset), 1, "无法读取 Markdown 正文",
                                  "the Markdown could not be read");
            continue;
        }
        for (const std::string& src : scan.images) {
            const std::size_t at = text.find(src, offset);
            const int line = at == std::string::npos ? LineOf(text, offset) : LineOf(text, at);
            fs::path full;
            if (const auto problem = ImageProblem(src, ctx, full))
                ctx.diagnostics.Error(name, line, 1, problem->zh, problem->en);
        }
        if (ctx.assets) {
            std::string missing;
            for (std::size_t pos = 0; pos < scan.text.size();) {
                const std::size_t start = pos;
                const char32_t cp = NextCodePoint(scan.text, pos);
                if (cp >= 0x20 && !ctx.assets->CanDraw(cp) &&
                    missing.find(scan.text.substr(start, pos - start)) == std::string::npos)
                    missing += scan.text.substr(start, pos - start);
            }
            if (!missing.empty())
                ctx.diagnostics.Error(name, LineOf(text, offset), 1,
                                      "故事正文中的 \"" + missing + "\" 无法用展台的字体显示",
                                      "the kiosk's font cannot draw \"" + missing + "\" in the story text");
        }
    }
    return item;
}

} // namespace kepu
