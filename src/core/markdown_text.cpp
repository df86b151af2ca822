// Markdown to plain text blocks through md4c (the parser the content loader already uses).
#include "core/markdown_text.hpp"

#include "core/utf8.hpp"

#include <md4c.h>

#include <utility>

namespace kepu {

namespace {

struct Collector {
    std::vector<TextBlock> blocks;
    TextBlock current;
    bool pendingBreak = false; // a soft line break waiting to see the next character
    int imageDepth = 0;        // inside an image: its alt text is not shown

    void Flush() {
        if (current.text.find_first_not_of(" \t") != std::string::npos) blocks.push_back(current);
        current = {};
        pendingBreak = false;
    }
};

// Chinese text runs lines together; Latin words need a space where the source broke the line.
bool WideBefore(const std::string& text) {
    std::size_t pos = text.size();
    while (pos > 0 && (static_cast<unsigned char>(text[pos - 1]) & 0xC0) == 0x80)
        --pos;
    if (pos == 0) return false;
    --pos;
    return NextCodePoint(text, pos) >= 0x2E80;
}

bool WideAfter(std::string_view text) {
    std::size_t pos = 0;
    return !text.empty() && NextCodePoint(text, pos) >= 0x2E80;
}

int EnterBlock(MD_BLOCKTYPE type, void*, void* user) {
    auto& c = *static_cast<Collector*>(user);
    switch (type) {
    case MD_BLOCK_P:
        // A loose list item holds paragraphs: the first one stays the item.
        if (c.current.kind == TextBlock::Kind::ListItem && c.current.text.empty()) break;
        c.Flush();
        break;
    case MD_BLOCK_H:
        c.Flush();
        c.current.kind = TextBlock::Kind::Heading;
        break;
    case MD_BLOCK_LI:
        c.Flush();
        c.current.kind = TextBlock::Kind::ListItem;
        break;
    default: c.Flush(); break;
    }
    return 0;
}

int LeaveBlock(MD_BLOCKTYPE type, void*, void* user) {
    auto& c = *static_cast<Collector*>(user);
    if (type != MD_BLOCK_DOC) c.Flush();
    return 0;
}

int EnterSpan(MD_SPANTYPE type, void*, void* user) {
    if (type == MD_SPAN_IMG) ++static_cast<Collector*>(user)->imageDepth;
    return 0;
}

int LeaveSpan(MD_SPANTYPE type, void*, void* user) {
    if (type == MD_SPAN_IMG) --static_cast<Collector*>(user)->imageDepth;
    return 0;
}

int Text(MD_TEXTTYPE type, const MD_CHAR* text, MD_SIZE size, void* user) {
    auto& c = *static_cast<Collector*>(user);
    if (c.imageDepth > 0) return 0;
    switch (type) {
    case MD_TEXT_SOFTBR: c.pendingBreak = true; return 0;
    case MD_TEXT_BR: c.current.text += ' '; return 0;
    case MD_TEXT_NULLCHAR: return 0;
    default: break;
    }
    std::string_view piece(text, size);
    if (type == MD_TEXT_ENTITY) {
        static constexpr std::pair<std::string_view, std::string_view> kEntities[] = {
            {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&nbsp;", " "}};
        for (const auto& [name, shown] : kEntities)
            if (piece == name) piece = shown;
    }
    if (c.pendingBreak && !WideBefore(c.current.text) && !WideAfter(piece)) c.current.text += ' ';
    c.pendingBreak = false;
    c.current.text.append(piece);
    return 0;
}

} // namespace

std::vector<TextBlock> MarkdownBlocks(std::string_view markdown) {
    Collector collector;
    MD_PARSER parser{};
    parser.flags = MD_FLAG_NOHTML;
    parser.enter_block = EnterBlock;
    parser.leave_block = LeaveBlock;
    parser.enter_span = EnterSpan;
    parser.leave_span = LeaveSpan;
    parser.text = Text;
    md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &collector);
    collector.Flush();
    return collector.blocks;
}

} // namespace kepu
