// Story Markdown to the reader's document model, through md4c (the parser the content check already
// used). md4c reports no positions: a text callback's pointer lies inside the source, which gives its
// line and column; a block without text (a rule) is found by scanning the source after the last text.
#include "core/story_document.hpp"

#include "core/text_fit.hpp"
#include "core/utf8.hpp"

#include <md4c.h>

#include <algorithm>
#include <tuple>
#include <utility>

namespace kepu {

namespace {

bool WideCodePoint(char32_t cp) {
    return cp >= 0x2E80;
}

// Chinese text runs lines together; Latin words need a space where the source broke the line.
bool WideAtEnd(const std::string& text) {
    std::size_t pos = text.size();
    while (pos > 0 && (static_cast<unsigned char>(text[pos - 1]) & 0xC0) == 0x80)
        --pos;
    if (pos == 0) return false;
    --pos;
    return WideCodePoint(NextCodePoint(text, pos));
}

bool WideAtStart(std::string_view text) {
    std::size_t pos = 0;
    return !text.empty() && WideCodePoint(NextCodePoint(text, pos));
}

struct Parser {
    Parser(std::string_view text, int first, std::vector<StoryProblem>& out)
        : source(text), firstLine(first), problems(out) {}
    std::string_view source;
    int firstLine = 1;
    std::vector<StoryProblem>& problems;
    StoryDocument document;

    StoryBlock current;
    bool open = false;          // a text block is being filled
    bool pendingBreak = false;  // a soft line break waiting to see the next character
    int bold = 0, emphasis = 0; // span depths
    int imageDepth = 0;
    bool imageInBlock = false;
    std::string imageSrc, imageAlt;
    int imageLine = 0, imageColumn = 0;
    int quoteDepth = 0;
    struct List {
        bool ordered;
        int next;
    };
    std::vector<List> lists;
    std::size_t lastOffset = 0; // where the last text seen ends, for blocks without text
    int blockLine = 0;          // the line of the current block's first text
    int blockColumn = 0;
    // A block the kiosk cannot show: its problem is reported at its first text (or found by scanning).
    int unsupported = 0;
    bool unsupportedReported = false;
    std::string unsupportedZh, unsupportedEn;

    std::pair<int, int> Place(std::size_t offset) const {
        const std::size_t end = std::min(offset, source.size());
        int line = firstLine;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < end; ++i)
            if (source[i] == '\n') ++line, lineStart = i + 1;
        // Columns count characters, as an editor shows them.
        int column = 1;
        for (std::size_t i = lineStart; i < end;) {
            NextCodePoint(source, i);
            ++column;
        }
        return {line, column};
    }

    void Problem(std::size_t offset, std::string zh, std::string en) {
        const auto [line, column] = Place(offset);
        problems.push_back({line, column, std::move(zh), std::move(en)});
    }

    // The offset of text inside the source, or npos for text md4c made up (entities decoded etc.).
    std::size_t OffsetOf(const MD_CHAR* text) const {
        if (text >= source.data() && text <= source.data() + source.size())
            return static_cast<std::size_t>(text - source.data());
        return std::string::npos;
    }

    void Begin(StoryBlock::Kind kind) {
        Flush();
        current = {};
        current.kind = kind;
        open = true;
        blockLine = 0;
        imageInBlock = false;
    }

    void Flush() {
        if (!open) return;
        open = false;
        pendingBreak = false;
        // Trim spaces at the ends of the block's text.
        while (!current.runs.empty()) {
            std::string& t = current.runs.front().text;
            t.erase(0, t.find_first_not_of(' '));
            if (!t.empty()) break;
            current.runs.erase(current.runs.begin());
        }
        while (!current.runs.empty()) {
            std::string& t = current.runs.back().text;
            t.erase(t.find_last_not_of(' ') + 1);
            if (!t.empty()) break;
            current.runs.pop_back();
        }
        current.line = blockLine > 0 ? blockLine : Place(lastOffset).first;
        if (imageInBlock) {
            if (!current.runs.empty()) {
                problems.push_back(
                    {imageLine, imageColumn, "图片要单独成段（前后各空一行），不能夹在文字中间",
                     "a picture goes in a paragraph of its own (a blank line before and after), "
                     "not inside text"});
                return;
            }
            StoryBlock image;
            image.kind = StoryBlock::Kind::Image;
            image.image = imageSrc;
            image.caption = imageAlt;
            image.line = imageLine;
            if (image.caption.find_first_not_of(' ') == std::string::npos) {
                problems.push_back(
                    {imageLine, imageColumn,
                     "图片缺少说明文字：写成 ![说明](images/名字.png)，说明会显示在图片下方",
                     "a picture needs a caption: write ![caption](images/name.png); the caption "
                     "shows under it"});
                return;
            }
            document.blocks.push_back(std::move(image));
            return;
        }
        if (current.runs.empty()) return;
        for (const StoryRun& run : current.runs)
            document.columns += DisplayWidth(run.text);
        document.blocks.push_back(std::move(current));
    }

    void AddText(std::string_view piece, std::size_t offset) {
        if (!open) Begin(quoteDepth > 0 ? StoryBlock::Kind::Quote : StoryBlock::Kind::Paragraph);
        if (blockLine == 0 && offset != std::string::npos) std::tie(blockLine, blockColumn) = Place(offset);
        std::string text;
        if (pendingBreak) {
            const std::string before = current.runs.empty() ? std::string() : current.runs.back().text;
            if (!before.empty() && !WideAtEnd(before) && !WideAtStart(piece)) text += ' ';
        }
        pendingBreak = false;
        text.append(piece);
        const bool b = bold > 0, e = emphasis > 0;
        if (!current.runs.empty() && current.runs.back().bold == b && current.runs.back().emphasis == e)
            current.runs.back().text += text;
        else
            current.runs.push_back({text, b, e});
    }

    void Unsupported(const char* zh, const char* en) {
        if (unsupported++ == 0) {
            unsupportedReported = false;
            unsupportedZh = zh;
            unsupportedEn = en;
        }
    }
};

std::size_t FindRuleLine(std::string_view source, std::size_t from) {
    // A thematic break: three or more of one of - * _ alone on a line (spaces allowed).
    std::size_t pos = from;
    while (pos < source.size()) {
        std::size_t end = source.find('\n', pos);
        if (end == std::string_view::npos) end = source.size();
        const std::string_view line = source.substr(pos, end - pos);
        char mark = 0;
        int count = 0;
        bool rule = true;
        for (char c : line) {
            if (c == ' ' || c == '\t' || c == '\r') continue;
            if (c != '-' && c != '*' && c != '_') {
                rule = false;
                break;
            }
            if (mark == 0) mark = c;
            if (c != mark) {
                rule = false;
                break;
            }
            ++count;
        }
        if (rule && count >= 3) return pos;
        pos = end + 1;
    }
    return from;
}

int EnterBlock(MD_BLOCKTYPE type, void* detail, void* user) {
    auto& p = *static_cast<Parser*>(user);
    if (p.unsupported > 0) {
        ++p.unsupported;
        return 0;
    }
    switch (type) {
    case MD_BLOCK_DOC: break;
    case MD_BLOCK_H: {
        const unsigned level = static_cast<MD_BLOCK_H_DETAIL*>(detail)->level;
        if (level == 1) {
            p.Flush();
            p.Unsupported(
                "不要用一级标题 #：故事的标题写在字段 title 里；正文的小标题用 ## 或 ###",
                "no level-1 heading #: the story's title is the title field; subheadings use ## or ###");
            break;
        }
        if (level > 3) {
            p.Flush();
            p.Unsupported("小标题只能用 ## 或 ###", "subheadings use ## or ### only");
            break;
        }
        p.Begin(StoryBlock::Kind::Heading);
        p.current.level = static_cast<int>(level);
        break;
    }
    case MD_BLOCK_P:
        // A list item's first paragraph is the item itself.
        if (p.open && p.current.kind == StoryBlock::Kind::ListItem && p.current.runs.empty() &&
            !p.imageInBlock)
            break;
        p.Begin(p.quoteDepth > 0 ? StoryBlock::Kind::Quote : StoryBlock::Kind::Paragraph);
        break;
    case MD_BLOCK_QUOTE:
        p.Flush();
        ++p.quoteDepth;
        break;
    case MD_BLOCK_UL:
        p.Flush();
        p.lists.push_back({false, 0});
        break;
    case MD_BLOCK_OL:
        p.Flush();
        p.lists.push_back({true, static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start)});
        break;
    case MD_BLOCK_LI: {
        p.Begin(StoryBlock::Kind::ListItem);
        if (!p.lists.empty()) {
            Parser::List& list = p.lists.back();
            p.current.level = static_cast<int>(p.lists.size()) - 1;
            p.current.ordered = list.ordered;
            p.current.number = list.ordered ? list.next++ : 0;
        }
        break;
    }
    case MD_BLOCK_HR: {
        p.Flush();
        const std::size_t at = FindRuleLine(p.source, p.lastOffset);
        p.Problem(at, "故事里不能用分隔线（---）：换一个小标题，或者空一行",
                  "no rules (---) in a story: use a subheading or a blank line");
        p.lastOffset = std::min(p.source.size(), p.source.find('\n', at) == std::string_view::npos
                                                     ? p.source.size()
                                                     : p.source.find('\n', at) + 1);
        break;
    }
    case MD_BLOCK_CODE:
        p.Flush();
        p.Unsupported("故事里不能放代码块", "no code blocks in a story");
        break;
    case MD_BLOCK_HTML:
        p.Flush();
        p.Unsupported("故事里不能写 HTML", "no HTML in a story");
        break;
    case MD_BLOCK_TABLE:
        p.Flush();
        p.Unsupported("故事里不能放表格：改写成列表", "no tables in a story: write a list instead");
        break;
    default: break;
    }
    return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* user) {
    auto& p = *static_cast<Parser*>(user);
    if (p.unsupported > 0) {
        if (--p.unsupported == 0 && !p.unsupportedReported) {
            // A block that had no text: reported at the last place known.
            p.Problem(p.lastOffset, p.unsupportedZh, p.unsupportedEn);
        }
        return 0;
    }
    switch (type) {
    case MD_BLOCK_QUOTE:
        p.Flush();
        --p.quoteDepth;
        break;
    case MD_BLOCK_UL:
    case MD_BLOCK_OL:
        p.Flush();
        if (!p.lists.empty()) p.lists.pop_back();
        break;
    case MD_BLOCK_DOC: p.Flush(); break;
    case MD_BLOCK_LI:
    case MD_BLOCK_H:
    case MD_BLOCK_P: p.Flush(); break;
    default: break;
    }
    return 0;
}

int EnterSpan(MD_SPANTYPE type, void* detail, void* user) {
    auto& p = *static_cast<Parser*>(user);
    if (p.unsupported > 0) {
        if (type == MD_SPAN_CODE) ++p.unsupported; // its leaving counts down
        return 0;
    }
    switch (type) {
    case MD_SPAN_STRONG: ++p.bold; break;
    case MD_SPAN_EM: ++p.emphasis; break;
    case MD_SPAN_IMG: {
        const auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        ++p.imageDepth;
        if (!p.open) p.Begin(StoryBlock::Kind::Paragraph);
        const std::size_t at = p.OffsetOf(img->src.text);
        // The picture's place: its "![" before the source path.
        std::size_t start = at == std::string::npos ? p.lastOffset : p.source.rfind("![", at);
        if (start == std::string::npos) start = at;
        std::tie(p.imageLine, p.imageColumn) = p.Place(start);
        if (p.imageInBlock) {
            p.problems.push_back(
                {p.imageLine, p.imageColumn, "一段里只能放一张图片", "one picture per paragraph"});
        }
        p.imageInBlock = true;
        p.imageSrc.assign(img->src.text, img->src.size);
        p.imageAlt.clear();
        break;
    }
    case MD_SPAN_A: {
        const auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        const std::size_t at = p.OffsetOf(a->href.text);
        const std::size_t start = at == std::string::npos ? p.lastOffset : p.source.rfind('[', at);
        p.Problem(start == std::string::npos ? at : start, "展台上的链接点不开：只写文字，不要写成链接",
                  "a kiosk cannot follow links: write the text only");
        break;
    }
    case MD_SPAN_CODE: p.Unsupported("故事里不能用代码格式（`…`）", "no code (`…`) in a story"); break;
    default: break;
    }
    return 0;
}

int LeaveSpan(MD_SPANTYPE type, void*, void* user) {
    auto& p = *static_cast<Parser*>(user);
    if (type == MD_SPAN_CODE && p.unsupported > 0) {
        if (--p.unsupported == 0 && !p.unsupportedReported)
            p.Problem(p.lastOffset, p.unsupportedZh, p.unsupportedEn);
        return 0;
    }
    if (p.unsupported > 0) return 0;
    switch (type) {
    case MD_SPAN_STRONG: --p.bold; break;
    case MD_SPAN_EM: --p.emphasis; break;
    case MD_SPAN_IMG: --p.imageDepth; break;
    default: break;
    }
    return 0;
}

int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    auto& p = *static_cast<Parser*>(user);
    const std::size_t offset = p.OffsetOf(text);
    if (offset != std::string::npos) p.lastOffset = std::max(p.lastOffset, offset + size);
    if (p.unsupported > 0) {
        if (!p.unsupportedReported && offset != std::string::npos) {
            p.unsupportedReported = true;
            // Code spans and blocks: the place of their first character is the place to fix.
            p.Problem(offset, p.unsupportedZh, p.unsupportedEn);
        }
        return 0;
    }
    std::string_view piece(text, size);
    if (p.imageDepth > 0) {
        if (type != MD_TEXT_SOFTBR && type != MD_TEXT_BR) p.imageAlt.append(piece);
        return 0;
    }
    switch (type) {
    case MD_TEXT_SOFTBR: p.pendingBreak = true; return 0;
    case MD_TEXT_BR: p.AddText(" ", offset); return 0;
    case MD_TEXT_NULLCHAR: return 0;
    case MD_TEXT_ENTITY: {
        static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
            {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&nbsp;", " "}};
        for (const auto& [name, shown] : kEntities)
            if (piece == name) piece = shown;
        p.AddText(piece, offset);
        return 0;
    }
    default: break;
    }
    // HTML is not parsed (MD_FLAG_NOHTML), so a tag would show as text: say so instead.
    for (std::size_t i = 0; i + 1 < piece.size(); ++i) {
        const char next = piece[i + 1];
        if (piece[i] == '<' &&
            (next == '/' || (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z'))) {
            p.Problem(offset == std::string::npos ? p.lastOffset : offset + i, "故事里不能写 HTML 标签",
                      "no HTML tags in a story");
            break;
        }
    }
    p.AddText(piece, offset);
    return 0;
}

} // namespace

StoryDocument ParseStoryDocument(std::string_view markdown, int firstLine,
                                 std::vector<StoryProblem>& problems) {
    Parser parser(markdown, firstLine, problems);
    MD_PARSER md{};
    md.flags = MD_FLAG_NOHTML;
    md.enter_block = EnterBlock;
    md.leave_block = LeaveBlock;
    md.enter_span = EnterSpan;
    md.leave_span = LeaveSpan;
    md.text = Text;
    if (md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &md, &parser) != 0)
        problems.push_back({firstLine, 1, "无法读取 Markdown 正文", "the Markdown could not be read"});
    parser.Flush();
    return std::move(parser.document);
}

std::string PlainText(const StoryBlock& block) {
    std::string text;
    for (const StoryRun& run : block.runs)
        text += run.text;
    return text;
}

} // namespace kepu
