// One content item that has no player yet (a tutorial, until the phone classroom of issue 10): its
// summary and a note that the interactive part is coming, scrolling by dragging. Quiz sets play in the
// quiz player and stories in the reader.
#include "app/screens/screens.hpp"

#include <imgui_internal.h> // ClearActiveID: a drag must not end as a tap

#include <algorithm>

namespace kepu {

namespace {

// One block of the item's text, drawn in its font and colour with a space above it.
struct Block {
    std::string text;
    ImFont* font;
    Rgb color;
    float indent = 0;
    float spaceAbove = 0;
    float height = 0;
};

} // namespace

void DrawItemScreen(Ui& ui, const ContentItem* item, float& scrollY) {
    const ContentArea area =
        DrawScreenFrame(ui, item ? item->title.In(ui.lang) : ui.T("item.missing"), false);
    if (!item) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    FillRoundedRect(draw, area.pos, ImVec2(area.pos.x + area.size.x, area.pos.y + area.size.y),
                    ToImU32(palette::kSurface), ui.Px(24));
    // Stories have their reader (story_screen.cpp); a tutorial shows its summary until its player comes.
    std::vector<Block> blocks;
    blocks.push_back({item->summary.In(ui.lang), ui.Heading(), palette::kText});
    blocks.push_back({ui.T("item.coming_soon"), ui.Body(), palette::kMutedText, 0, ui.Px(32)});

    // Laid out first, so the total height is known for scrolling.
    const float pad = ui.Px(48);
    const float width = area.size.x - 2 * pad;
    float total = 0;
    for (Block& block : blocks) {
        block.height = WrapText(ui, block.font, block.text, width - block.indent).Height();
        total += block.spaceAbove + block.height;
    }
    const ImVec2 viewPos(area.pos.x, area.pos.y + pad / 2);
    ImVec2 viewSize(area.size.x, area.size.y - pad);
    // Drag to scroll, as the module lists do; the position lives in the visitor's ItemProgress.
    const ScrollView view = DragScroll(ui, viewPos, viewSize, total, scrollY);
    const bool overflows = view.overflows;
    viewSize.y = view.height;

    // Only blocks that show are drawn (and so checked for glyphs and recorded for scripts).
    const ImVec2 viewEnd(viewPos.x + viewSize.x, viewPos.y + viewSize.y);
    ImGui::PushClipRect(viewPos, viewEnd, true);
    float y = viewPos.y - scrollY;
    for (const Block& block : blocks) {
        y += block.spaceAbove;
        if (y + block.height >= viewPos.y && y <= viewEnd.y)
            DrawText(ui, block.font, block.text, ImVec2(viewPos.x + pad + block.indent, y),
                     width - block.indent, block.color);
        y += block.height;
    }
    ImGui::PopClipRect();
    if (overflows && scrollY + viewSize.y < total - 1) DrawMoreBelow(ui, viewEnd.y, viewPos.x, viewSize.x);
}

} // namespace kepu
