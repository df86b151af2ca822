// Styled paragraphs: one line breaking over all runs, then pieces per run and line.
#include "app/rich_text.hpp"

#include "core/line_break.hpp"

#include <algorithm>
#include <cfloat>

namespace kepu {

RichLayout LayOutRich(const Ui& ui, const std::vector<RichSpan>& spans, float width) {
    RichLayout layout;
    if (spans.empty() || !spans.front().font) return layout;
    layout.lineHeight = spans.front().font->FontSize + ui.metrics.lineSpacing;
    std::string text;
    std::vector<std::size_t> starts; // each span's first byte in text
    for (const RichSpan& span : spans) {
        starts.push_back(text.size());
        text += span.text;
        if (ui.atlas) ui.atlas->NeedWidths(span.font, span.text);
    }
    const auto spanAt = [&](std::size_t offset) {
        return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                        starts.begin()) -
               1;
    };
    const auto advance = [&](std::size_t offset, char32_t cp) {
        const ImFont* font = spans[spanAt(offset)].font;
        return cp <= 0xFFFF ? font->GetCharAdvance(static_cast<ImWchar>(cp)) : font->FallbackAdvanceX;
    };
    for (const LineSpan& line : BreakLines(text, width, advance)) {
        RichLine out;
        out.width = line.width;
        float x = 0;
        for (std::size_t at = line.begin; at < line.end;) {
            const std::size_t s = spanAt(at);
            const std::size_t spanEnd = s + 1 < starts.size() ? starts[s + 1] : text.size();
            const std::size_t end = std::min(spanEnd, line.end);
            RichLine::Piece piece{s, at - starts[s], end - starts[s], x};
            const ImFont* font = spans[s].font;
            const std::string& spanText = spans[s].text;
            x += font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, spanText.data() + piece.begin,
                                     spanText.data() + piece.end)
                     .x;
            out.pieces.push_back(piece);
            at = end;
        }
        layout.lines.push_back(std::move(out));
    }
    return layout;
}

void DrawRich(Ui& ui, const RichLayout& layout, const std::vector<RichSpan>& spans, ImVec2 pos) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
    std::string all;
    for (const RichSpan& span : spans)
        all += span.text;
    float y = pos.y, right = pos.x;
    for (const RichLine& line : layout.lines) {
        const bool shown = y + layout.lineHeight > clipMin.y && y < clipMax.y;
        if (shown) {
            for (const RichLine::Piece& piece : line.pieces) {
                const RichSpan& span = spans[piece.span];
                const std::string text = span.text.substr(piece.begin, piece.end - piece.begin);
                // The bold face has the same ascent as the regular one: the baselines line up.
                AddFontText(ui.atlas, draw, span.font, ImVec2(pos.x + piece.x, y), ToImU32(span.color),
                            text.c_str());
            }
        }
        right = std::max(right, pos.x + line.width);
        y += layout.lineHeight;
    }
    // Recorded as one text, where it is fully in view (as DrawText does for a scrolling list).
    if (pos.y >= clipMin.y && y <= clipMax.y)
        ui.registry.AddText(all, {pos.x, pos.y, right - pos.x, layout.Height()});
    else
        ui.registry.AddText(all);
}

} // namespace kepu
