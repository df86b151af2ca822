// The attract screen shown while nobody is using the kiosk: readable from two metres, one
// highlight card at a time (the app rotates them), and one clear invitation to touch.
#include "app/screens/screens.hpp"

namespace kepu {

void DrawAttractScreen(Ui& ui, const std::vector<const Highlight*>& highlights, int highlightIndex,
                       const std::string& kioskTitle) {
    const ThemeMetrics& m = ui.metrics;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(ImVec2(0, 0), ui.screen, ToImU32(palette::kHeroBackground));

    // The whole screen is the start button; the admin corner is filtered out before ImGui sees it.
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    if (ImGui::InvisibleButton("##start", ui.screen)) ui.actions.push_back({UiAction::Kind::StartVisit});
    const std::string startZh = ui.strings.Get("attract.touch_to_start", Lang::Zh);
    const std::string startEn = ui.strings.Get("attract.touch_to_start", Lang::En);
    ui.registry.AddWidget("start", startZh, {0, 0, ui.screen.x, ui.screen.y});

    const float width = ui.screen.x - 2 * m.margin;
    float y = ui.Px(80);
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
        const ImVec2 cardPos((ui.screen.x - cardW) / 2, y + ui.Px(60));
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
    const ImVec2 pillSize(ui.Px(820), ui.Px(170));
    const ImVec2 pill((ui.screen.x - pillSize.x) / 2, ui.screen.y - pillSize.y - ui.Px(60));
    FillRoundedRect(draw, pill, ImVec2(pill.x + pillSize.x, pill.y + pillSize.y), ToImU32(palette::kSurface),
                    pillSize.y / 2);
    float py = pill.y + ui.Px(12);
    py += DrawText(ui, ui.fonts.Heading(TextSize::Large), startZh, ImVec2(pill.x, py), pillSize.x,
                   palette::kText, Align::Center);
    DrawText(ui, ui.fonts.Body(TextSize::Normal), startEn, ImVec2(pill.x, py - ui.Px(6)), pillSize.x,
             palette::kMutedText, Align::Center);
}

} // namespace kepu
