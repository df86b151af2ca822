// "还在吗？": shown over any screen after a quiet spell. Any touch continues the visit; when the
// countdown ends the app resets to the attract screen.
#include "app/screens/screens.hpp"

namespace kepu {

void DrawIdleOverlay(Ui& ui, int secondsLeft) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::SetNextWindowFocus();
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ImVec4(0.04f, 0.07f, 0.10f, 0.72f));
    ImGui::Begin("##idle-overlay", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 cardSize(ui.Px(1000), ui.Px(600));
    const ImVec2 card((ui.screen.x - cardSize.x) / 2, (ui.screen.y - cardSize.y) / 2);
    FillRoundedRect(draw, card, ImVec2(card.x + cardSize.x, card.y + cardSize.y), ToImU32(palette::kSurface),
                    ui.Px(28));
    const float pad = ui.Px(60);
    float y = card.y + pad;
    y += DrawText(ui, ui.fonts.Heading(TextSize::Large), ui.T("idle.still_there"), ImVec2(card.x, y),
                  cardSize.x, palette::kText, Align::Center);
    y += ui.Px(24);
    DrawText(ui, ui.Body(),
             ui.strings.Format("idle.countdown", ui.lang, {{"n", std::to_string(secondsLeft)}}),
             ImVec2(card.x + pad, y), cardSize.x - 2 * pad, palette::kMutedText, Align::Center);
    const ImVec2 buttonSize(ui.Px(560), ui.Px(150));
    // The press itself is handled by the app (any touch continues); this is the visible target.
    Button(ui, "continue", ui.T("idle.continue"),
           ImVec2(card.x + (cardSize.x - buttonSize.x) / 2, card.y + cardSize.y - pad - buttonSize.y),
           buttonSize, {palette::kSeniorTile, palette::kOnDark, palette::kSeniorTile},
           ui.fonts.Heading(TextSize::Large));
    ImGui::End();
    ImGui::PopStyleColor();
}

} // namespace kepu
