// A module's screen (stories, seniors' classroom) and the content cards every module lists: what the
// loaded content holds for the module, as cards that scroll by dragging.
#include "app/screens/screens.hpp"

#include <algorithm>

namespace kepu {
namespace {

struct CardLayout {
    float pad, innerW;
};
CardLayout CardLayoutFor(const Ui& ui, float width) {
    const float pad = ui.Px(32);
    return {pad, width - 3 * pad - ui.Px(28)}; // room for the chevron
}

float CardHeight(const Ui& ui, const ContentItem& item, const CardLayout& layout) {
    const WrappedLines summary = WrapText(ui, ui.Body(), item.summary.In(ui.lang), layout.innerW);
    return 2 * layout.pad + WrapText(ui, ui.Heading(), item.title.In(ui.lang), layout.innerW).Height() +
           (summary.lines.empty() ? 0 : ui.Px(10) + summary.Height());
}

} // namespace

float CardListHeight(const Ui& ui, const std::vector<const ContentItem*>& items, float width) {
    const CardLayout layout = CardLayoutFor(ui, width);
    float total = 0;
    for (const ContentItem* item : items)
        total += CardHeight(ui, *item, layout) + ui.Gap();
    return total;
}

void DrawCardList(Ui& ui, const std::vector<const ContentItem*>& items, ImVec2 topLeft, float width,
                  const ScrollView& view, ImVec2 clipMin, ImVec2 clipMax,
                  const std::function<UiAction(const ContentItem&)>& tapAction) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const CardLayout layout = CardLayoutFor(ui, width);
    const float pad = layout.pad;
    float cy = topLeft.y;
    for (const ContentItem* itemPtr : items) {
        const ContentItem& item = *itemPtr;
        const float height = CardHeight(ui, item, layout);
        if (cy + height >= clipMin.y && cy <= clipMax.y) {
            const ImVec2 cardPos(topLeft.x, cy);
            const ImVec2 cardSize(width, height);
            ImGui::SetCursorScreenPos(cardPos);
            ImGui::PushID(item.id.c_str());
            if (ImGui::InvisibleButton("##card", cardSize) && !view.dragging)
                ui.actions.push_back(tapAction(item));
            const bool held = ImGui::IsItemActive() && !view.dragging;
            ImGui::PopID();
            // Scripts tap the visible part of the card.
            const float top = std::max(cy, clipMin.y), bottom = std::min(cy + height, clipMax.y);
            ui.registry.AddWidget(item.id, item.title.In(ui.lang), {topLeft.x, top, width, bottom - top});
            const ImVec2 cardEnd(cardPos.x + cardSize.x, cardPos.y + cardSize.y);
            FillRoundedRect(draw, cardPos, cardEnd, ToImU32(palette::kSurface), ui.Px(20));
            // A card looks tappable (an outline, and a chevron), and shows when it is pressed.
            draw->AddRect(cardPos, cardEnd, ToImU32(held ? palette::kText : palette::kBorder), ui.Px(20), 0,
                          ui.Px(held ? 4 : 2));
            const float chevron = ui.Px(14);
            const ImVec2 c(cardEnd.x - pad - chevron, cy + height / 2);
            const ImVec2 arrow[3] = {ImVec2(c.x - chevron * 0.6f, c.y - chevron * 1.2f),
                                     ImVec2(c.x + chevron * 0.6f, c.y),
                                     ImVec2(c.x - chevron * 0.6f, c.y + chevron * 1.2f)};
            draw->AddPolyline(arrow, 3, ToImU32(palette::kMutedText), ImDrawFlags_None, ui.Px(4));
            float ty = cy + pad;
            ty += DrawText(ui, ui.Heading(), item.title.In(ui.lang), ImVec2(topLeft.x + pad, ty),
                           layout.innerW, palette::kText);
            if (!item.summary.In(ui.lang).empty())
                DrawText(ui, ui.Body(), item.summary.In(ui.lang), ImVec2(topLeft.x + pad, ty + ui.Px(10)),
                         layout.innerW, palette::kMutedText);
        }
        cy += height + ui.Gap();
    }
}

void DrawModuleScreen(Ui& ui, Module module, const std::vector<const ContentItem*>& items, float& scrollY) {
    const std::string key(InfoOf(module).id);
    const ContentArea area = DrawScreenFrame(ui, ui.T("module." + key + ".title"), false);
    if (items.empty()) {
        DrawText(ui, ui.Heading(), ui.T("module.empty"), ImVec2(area.pos.x, area.pos.y + ui.Px(120)),
                 area.size.x, palette::kText, Align::Center);
        return;
    }
    float y = area.pos.y;
    y +=
        DrawText(ui, ui.Body(), ui.T("module." + key + ".intro"), area.pos, area.size.x, palette::kMutedText);
    y += ui.Px(24);

    const ImVec2 listPos(area.pos.x, y);
    ImVec2 listSize(area.size.x, area.pos.y + area.size.y - y);
    const float total = CardListHeight(ui, items, listSize.x);
    const ScrollView view = DragScroll(ui, listPos, listSize, total, scrollY);
    listSize.y = view.height;
    const ImVec2 listEnd(listPos.x + listSize.x, listPos.y + listSize.y);
    ImGui::PushClipRect(listPos, listEnd, true);
    DrawCardList(ui, items, ImVec2(listPos.x, listPos.y - scrollY), listSize.x, view, listPos, listEnd,
                 [](const ContentItem& item) {
                     return UiAction{UiAction::Kind::OpenItem, {}, {}, {}, {}, 0, item.id};
                 });
    ImGui::PopClipRect();
    if (view.overflows && scrollY + listSize.y < total - 1)
        DrawMoreBelow(ui, listEnd.y, listPos.x, listSize.x);
}

} // namespace kepu
