// A module's screen (quizzes, stories, seniors' classroom). Until the module issues fill them in,
// it lists what the loaded content holds for the module, as cards that scroll by dragging.
#include "app/screens/screens.hpp"

#include <imgui_internal.h> // ClearActiveID: a drag must not end as a tap

#include <algorithm>

namespace kepu {
void DrawModuleScreen(Ui& ui, Module module, const std::vector<const ContentItem*>& items, float& scrollY) {
    const std::string key(InfoOf(module).id);
    const ContentArea area = DrawScreenFrame(ui, ui.T("module." + key + ".title"), false);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    if (items.empty()) {
        DrawText(ui, ui.Heading(), ui.T("module.empty"), ImVec2(area.pos.x, area.pos.y + ui.Px(120)),
                 area.size.x, palette::kText, Align::Center);
        return;
    }
    float y = area.pos.y;
    y +=
        DrawText(ui, ui.Body(), ui.T("module." + key + ".intro"), area.pos, area.size.x, palette::kMutedText);
    y += ui.Px(24);

    // Cards, laid out first so the total height is known for scrolling.
    const ImVec2 listPos(area.pos.x, y);
    ImVec2 listSize(area.size.x, area.pos.y + area.size.y - y);
    const float pad = ui.Px(32);
    const float innerW = listSize.x - 3 * pad - ui.Px(28); // room for the chevron
    struct Card {
        WrappedLines title, summary;
        float height;
    };
    std::vector<Card> cards;
    float total = 0;
    for (const ContentItem* item : items) {
        Card card{WrapText(ui, ui.Heading(), item->title.In(ui.lang), innerW),
                  WrapText(ui, ui.Body(), item->summary.In(ui.lang), innerW), 0};
        card.height = 2 * pad + card.title.Height() +
                      (card.summary.lines.empty() ? 0 : ui.Px(10) + card.summary.Height());
        total += card.height + ui.Gap();
        cards.push_back(std::move(card));
    }

    const ScrollView view = DragScroll(ui, listPos, listSize, total, scrollY);
    const bool overflows = view.overflows;
    const bool dragging = view.dragging;
    listSize.y = view.height;

    const ImVec2 listEnd(listPos.x + listSize.x, listPos.y + listSize.y);
    ImGui::PushClipRect(listPos, listEnd, true);
    float cy = listPos.y - scrollY;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const Card& card = cards[i];
        const ContentItem& item = *items[i];
        if (cy + card.height >= listPos.y && cy <= listPos.y + listSize.y) {
            const ImVec2 cardPos(listPos.x, cy);
            const ImVec2 cardSize(listSize.x, card.height);
            ImGui::SetCursorScreenPos(cardPos);
            ImGui::PushID(item.id.c_str());
            if (ImGui::InvisibleButton("##card", cardSize) && !dragging)
                ui.actions.push_back({UiAction::Kind::OpenItem, {}, {}, {}, {}, 0, item.id});
            const bool held = ImGui::IsItemActive() && !dragging;
            ImGui::PopID();
            // Scripts tap the visible part of the card.
            const float top = std::max(cy, listPos.y), bottom = std::min(cy + card.height, listEnd.y);
            ui.registry.AddWidget(item.id, item.title.In(ui.lang),
                                  {listPos.x, top, listSize.x, bottom - top});
            const ImVec2 cardEnd(cardPos.x + cardSize.x, cardPos.y + cardSize.y);
            FillRoundedRect(draw, cardPos, cardEnd, ToImU32(palette::kSurface), ui.Px(20));
            // A card looks tappable (an outline, and a chevron), and shows when it is pressed.
            draw->AddRect(cardPos, cardEnd, ToImU32(held ? palette::kText : palette::kBorder), ui.Px(20), 0,
                          ui.Px(held ? 4 : 2));
            const float chevron = ui.Px(14);
            const ImVec2 c(cardEnd.x - pad - chevron, cy + card.height / 2);
            const ImVec2 arrow[3] = {ImVec2(c.x - chevron * 0.6f, c.y - chevron * 1.2f),
                                     ImVec2(c.x + chevron * 0.6f, c.y),
                                     ImVec2(c.x - chevron * 0.6f, c.y + chevron * 1.2f)};
            draw->AddPolyline(arrow, 3, ToImU32(palette::kMutedText), ImDrawFlags_None, ui.Px(4));
            float ty = cy + pad;
            ty += DrawText(ui, ui.Heading(), item.title.In(ui.lang), ImVec2(listPos.x + pad, ty), innerW,
                           palette::kText);
            if (!card.summary.lines.empty())
                DrawText(ui, ui.Body(), item.summary.In(ui.lang), ImVec2(listPos.x + pad, ty + ui.Px(10)),
                         innerW, palette::kMutedText);
        }
        cy += card.height + ui.Gap();
    }
    ImGui::PopClipRect();
    if (overflows && scrollY + listSize.y < total - 1) DrawMoreBelow(ui, listEnd.y, listPos.x, listSize.x);
}

} // namespace kepu
