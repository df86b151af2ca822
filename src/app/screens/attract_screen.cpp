// The attract screen shown while nobody is using the kiosk: readable from two metres, one
// highlight card at a time (the app rotates them), and one clear invitation to touch.
#include "app/screens/screens.hpp"

#include <cfloat>

namespace kepu {

void DrawAttractScreen(Ui& ui, const std::vector<const Highlight*>& highlights, int highlightIndex,
                       const std::string& kioskTitle, const ContentItem* storyOfTheDay) {
    const ThemeMetrics& m = ui.metrics;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(0, 0), ui.screen, ToImU32(palette::kHeroBackground));

    const ImVec2 pillSize(ui.Px(820), ui.Px(170));
    const ImVec2 pill((ui.screen.x - pillSize.x) / 2, ui.screen.y - pillSize.y - ui.Px(60));

    // 今日故事: a card above the invitation that opens the story of the day (and starts the visit).
    // Submitted before the whole-screen button, so a tap on it is the card's.
    if (storyOfTheDay) {
        const ImVec2 size(ui.Px(1400), ui.Px(120));
        const ImVec2 pos((ui.screen.x - size.x) / 2, pill.y - ui.Px(36) - size.y);
        ImGui::SetCursorScreenPos(pos);
        if (ImGui::InvisibleButton("##story-of-the-day", size))
            ui.actions.push_back({UiAction::Kind::OpenStory, {}, {}, {}, {}, 0, storyOfTheDay->id});
        const bool pressed = ImGui::IsItemActive();
        const ImVec2 end(pos.x + size.x, pos.y + size.y);
        FillRoundedRect(draw, pos, end, ToImU32(pressed ? palette::kPressed : palette::kStoryTile),
                        ui.Px(24));
        ImFont* heading = ui.fonts.Heading(TextSize::Normal);
        ImFont* body = ui.fonts.Body(TextSize::Normal);
        const float pad = ui.Px(40);
        const std::string label =
            ui.strings.Get("story.today", Lang::Zh) + " · " + ui.strings.Get("story.today", Lang::En);
        const float labelW = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, label.c_str()).x + ui.Px(4);
        DrawText(ui, body, label, ImVec2(pos.x + pad, pos.y + (size.y - body->FontSize) / 2 - ui.Px(4)),
                 labelW, palette::kHeroMuted);
        const float titleX = pos.x + pad + labelW + ui.Px(32);
        const std::string arrow = ui.strings.Get("story.read", Lang::Zh) + " ›";
        const float arrowW = body->CalcTextSizeA(body->FontSize, FLT_MAX, 0, arrow.c_str()).x + ui.Px(4);
        DrawText(ui, heading, storyOfTheDay->title.zh,
                 ImVec2(titleX, pos.y + (size.y - heading->FontSize) / 2 - ui.Px(6)),
                 end.x - pad - arrowW - ui.Px(24) - titleX, palette::kOnDark);
        DrawText(ui, body, arrow,
                 ImVec2(end.x - pad - arrowW, pos.y + (size.y - body->FontSize) / 2 - ui.Px(4)), arrowW,
                 palette::kOnDark);
        ui.registry.AddWidget("story-of-the-day", storyOfTheDay->title.zh, {pos.x, pos.y, size.x, size.y});
    }

    // The whole screen is the start button; the admin corner is filtered out before ImGui sees it.
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    if (ImGui::InvisibleButton("##start", ui.screen)) ui.actions.push_back({UiAction::Kind::StartVisit});
    const std::string startZh = ui.strings.Get("attract.touch_to_start", Lang::Zh);
    const std::string startEn = ui.strings.Get("attract.touch_to_start", Lang::En);
    ui.registry.AddWidget("start", startZh, {0, 0, ui.screen.x, ui.screen.y});

    const float width = ui.screen.x - 2 * m.margin;
    float y = ui.Px(56);
    y += DrawText(ui, ui.fonts.hero, kioskTitle, ImVec2(m.margin, y), width, palette::kHeroText,
                  Align::Center);
    y += ui.Px(4);
    y += DrawText(ui, ui.fonts.Body(TextSize::Normal),
                  ui.strings.Get("attract.subtitle", Lang::Zh) + "  ·  " +
                      ui.strings.Get("attract.title", Lang::En),
                  ImVec2(m.margin, y), width, palette::kHeroMuted, Align::Center);

    // The highlight card, as tall as its text.
    if (!highlights.empty()) {
        const Highlight& card = *highlights[static_cast<std::size_t>(highlightIndex) % highlights.size()];
        const float cardW = ui.Px(1400);
        const float pad = ui.Px(56);
        const float innerW = cardW - 2 * pad;
        ImFont* heading = ui.fonts.Heading(TextSize::Normal);
        ImFont* body = ui.fonts.Body(TextSize::Normal);
        const float textH =
            WrapText(ui, heading, card.title.zh, innerW).Height() + ui.Px(16) +
            WrapText(ui, body, card.text.zh, innerW).Height() +
            (card.title.en.empty() ? 0 : ui.Px(12) + WrapText(ui, body, card.title.en, innerW).Height());
        const float cardH = textH + 2 * ui.Px(44);
        const ImVec2 cardPos((ui.screen.x - cardW) / 2, y + ui.Px(44));
        FillRoundedRect(draw, cardPos, ImVec2(cardPos.x + cardW, cardPos.y + cardH),
                        ToImU32(palette::kSurface), ui.Px(28));
        float cy = cardPos.y + ui.Px(44);
        cy += DrawText(ui, heading, card.title.zh, ImVec2(cardPos.x + pad, cy), innerW, palette::kText);
        cy += ui.Px(16);
        cy += DrawText(ui, body, card.text.zh, ImVec2(cardPos.x + pad, cy), innerW, palette::kText);
        if (!card.title.en.empty())
            DrawText(ui, body, card.title.en, ImVec2(cardPos.x + pad, cy + ui.Px(12)), innerW,
                     palette::kMutedText);
        // Progress dots: which card of how many, without any motion.
        const float dot = ui.Px(9);
        const float spacing = ui.Px(34);
        const float dotsW = spacing * static_cast<float>(highlights.size() - 1);
        for (std::size_t i = 0; i < highlights.size(); ++i) {
            const ImVec2 c((ui.screen.x - dotsW) / 2 + spacing * i, cardPos.y + cardH + ui.Px(36));
            if (i == static_cast<std::size_t>(highlightIndex) % highlights.size())
                draw->AddCircleFilled(c, dot, ToImU32(palette::kHeroText));
            else
                draw->AddCircle(c, dot, ToImU32(palette::kHeroMuted), 0, ui.Px(2));
        }
    }

    // The invitation: a big, calm pill in both languages.
    FillRoundedRect(draw, pill, ImVec2(pill.x + pillSize.x, pill.y + pillSize.y), ToImU32(palette::kSurface),
                    pillSize.y / 2);
    float py = pill.y + ui.Px(12);
    py += DrawText(ui, ui.fonts.Heading(TextSize::Large), startZh, ImVec2(pill.x, py), pillSize.x,
                   palette::kText, Align::Center);
    DrawText(ui, ui.fonts.Body(TextSize::Normal), startEn, ImVec2(pill.x, py - ui.Px(6)), pillSize.x,
             palette::kMutedText, Align::Center);
}

} // namespace kepu
