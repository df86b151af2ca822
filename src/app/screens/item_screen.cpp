// One content item (a quiz set, a story, a tutorial). Until the module issues bring the real
// players, it shows the item's title and summary and says that the interactive part is coming.
#include "app/screens/screens.hpp"

namespace kepu {

void DrawItemScreen(Ui& ui, const ContentItem* item) {
    const ContentArea area =
        DrawScreenFrame(ui, item ? item->title.In(ui.lang) : ui.T("item.missing"), false);
    if (!item) return;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float pad = ui.Px(48);
    const float width = area.size.x - 2 * pad;
    float y = area.pos.y + pad;
    draw->AddRectFilled(area.pos, ImVec2(area.pos.x + area.size.x, area.pos.y + area.size.y),
                        ToImU32(palette::kSurface), ui.Px(24));
    if (!item->summary.zh.empty()) {
        y += DrawText(ui, ui.Heading(), item->summary.In(ui.lang), ImVec2(area.pos.x + pad, y), width,
                      palette::kText);
        y += ui.Px(32);
    }
    DrawText(ui, ui.Body(), ui.T("item.coming_soon"), ImVec2(area.pos.x + pad, y), width,
             palette::kMutedText);
}

} // namespace kepu
