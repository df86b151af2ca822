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

int LineOf(const std::string& text, std::size_t offset) {
    return 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(offset), '\n'));
}

} // namespace

std::optional<ContentItem> LoadStory(const fs::path& file, const std::string& text, ItemContext& ctx) {
    const std::string name = file.string();
    if (text.rfind("+++", 0) != 0) {
        ctx.diagnostics.Error(
            name, 1, 1,
            "a story starts with its fields between two lines of +++ (see docs/content-format.md)");
        return std::nullopt;
    }
    const std::size_t fieldsStart = text.find('\n') == std::string::npos ? text.size() : text.find('\n') + 1;
    const std::size_t fieldsEnd = text.find("\n+++", fieldsStart - 1);
    if (fieldsEnd == std::string::npos) {
        ctx.diagnostics.Error(name, 1, 1, "the fields are not closed: add a line of +++ after them");
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

    // The body after the closing +++ line; an English body may follow "+++ en".
    std::size_t bodyStart = text.find('\n', fieldsEnd + 1);
    bodyStart = bodyStart == std::string::npos ? text.size() : bodyStart + 1;
    const std::size_t enMark = text.find("\n+++ en", bodyStart - 1);
    story.body.zh =
        text.substr(bodyStart, enMark == std::string::npos ? std::string::npos : enMark + 1 - bodyStart);
    if (enMark != std::string::npos) {
        const std::size_t enStart = text.find('\n', enMark + 1);
        story.body.en = enStart == std::string::npos ? std::string() : text.substr(enStart + 1);
    }
    const auto blank = [](const std::string& s) {
        return s.find_first_not_of(" \t\r\n") == std::string::npos;
    };
    if (blank(story.body.zh))
        ctx.diagnostics.Error(name, LineOf(text, bodyStart), 1, "the story has no text after its fields");
    else if (enMark == std::string::npos || blank(story.body.en))
        ctx.diagnostics.Warning(
            name, LineOf(text, bodyStart), 1,
            "no English text (a line \"+++ en\" and the English after it): the English interface "
            "shows the Chinese");

    for (const auto& [body, offset] :
         {std::pair{&story.body.zh, bodyStart},
          std::pair{&story.body.en, enMark == std::string::npos ? bodyStart : enMark + 1}}) {
        if (body->empty()) continue;
        MarkdownScan scan;
        if (!ScanMarkdown(*body, scan)) {
            ctx.diagnostics.Error(name, LineOf(text, offset), 1, "the Markdown could not be read");
            continue;
        }
        for (const std::string& src : scan.images) {
            const std::size_t at = text.find(src, offset);
            const int line = at == std::string::npos ? LineOf(text, offset) : LineOf(text, at);
            fs::path full;
            const std::string problem = ImageProblem(src, ctx, full);
            if (!problem.empty()) ctx.diagnostics.Error(name, line, 1, problem);
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
                                      "the kiosk's font cannot draw \"" + missing + "\" in the story text");
        }
    }
    return item;
}

} // namespace kepu
