// A story's Markdown reduced to plain blocks of text (paragraphs, headings, list items) for screens
// that draw it with the kiosk's own text widgets: markers (#, **, _) removed, images left out.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kepu {

struct TextBlock {
    enum class Kind { Paragraph, Heading, ListItem };
    Kind kind = Kind::Paragraph;
    std::string text; // plain UTF-8; a list item's text without its bullet
};

// The blocks in reading order; empty ones (an image alone, a rule) are dropped. A line break inside a
// paragraph joins Chinese lines directly and English ones with a space.
std::vector<TextBlock> MarkdownBlocks(std::string_view markdown);

} // namespace kepu
