// A paragraph in several styles (a story's regular, bold and emphasised runs): broken into lines as one
// text by the Chinese/English rules, each piece drawn in its own face and colour.
#pragma once
#include "app/widgets.hpp"

#include <string>
#include <vector>

namespace kepu {

struct RichSpan { // one style
    std::string text;
    ImFont* font = nullptr;
    Rgb color;
};

struct RichLine {
    struct Piece {
        std::size_t span = 0;  // index into the spans
        std::size_t begin = 0; // byte range in that span's text
        std::size_t end = 0;
        float x = 0; // from the line's left
    };
    std::vector<Piece> pieces;
    float width = 0;
};

struct RichLayout {
    std::vector<RichLine> lines;
    float lineHeight = 0; // the body's: a bold run never changes the spacing
    float Height() const { return lines.empty() ? 0 : lineHeight * static_cast<float>(lines.size()); }
};

// The line height is the first span's font's (all spans share the body size).
RichLayout LayOutRich(const Ui& ui, const std::vector<RichSpan>& spans, float width);
// Draws it with its top-left at pos; what shows is recorded for scripts as one text.
void DrawRich(Ui& ui, const RichLayout& layout, const std::vector<RichSpan>& spans, ImVec2 pos);

} // namespace kepu
