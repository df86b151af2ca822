// The staff PIN pad: big digit keys, dots for what was typed, and a message line that says what
// happened (wrong PIN and how many tries are left, locked and for how long, or how to set a PIN).
#include "app/screens/screens.hpp"

namespace kepu {

void DrawAdminPinScreen(Ui& ui, const PinPadView& view) {
    const ContentArea area = DrawScreenFrame(ui, ui.T("admin.pin_title"), false);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float centerX = area.pos.x + area.size.x / 2;
    float y = area.pos.y;

    if (!view.pinIsSet) {
        DrawText(ui, ui.Body(), view.message, ImVec2(area.pos.x + ui.Px(200), y + ui.Px(80)),
                 area.size.x - ui.Px(400), palette::kText, Align::Center);
        return;
    }

    // Dots for the digits typed so far (never the digits themselves).
    const float dot = ui.Px(16);
    const float spacing = ui.Px(52);
    const std::size_t shown = std::max<std::size_t>(view.digitsEntered, 4);
    const float dotsW = spacing * static_cast<float>(shown - 1);
    for (std::size_t i = 0; i < shown; ++i) {
        const ImVec2 c(centerX - dotsW / 2 + spacing * i, y + ui.Px(30));
        if (i < view.digitsEntered)
            draw->AddCircleFilled(c, dot, ToImU32(palette::kText));
        else
            draw->AddCircle(c, dot, ToImU32(palette::kBorder), 0, ui.Px(3));
    }
    y += ui.Px(70);
    const std::string message = view.checking ? ui.T("admin.pin_checking") : view.message;
    DrawText(ui, ui.Body(), message.empty() ? ui.T("admin.pin_prompt") : message, ImVec2(area.pos.x, y),
             area.size.x, view.messageIsError ? palette::kDanger : palette::kMutedText, Align::Center);
    y += ui.Body()->FontSize + ui.Px(30);

    // 3 × 4 keypad.
    const char* keys[] = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "delete", "0", "ok"};
    const float gap = ui.Gap();
    const float keyH = std::min(ui.Px(150), (area.pos.y + area.size.y - y - 3 * gap) / 4);
    const ImVec2 keySize(ui.Px(260), std::max(keyH, ui.metrics.touchTarget));
    const float padX = centerX - (3 * keySize.x + 2 * gap) / 2;
    const bool enabled = !view.locked && !view.checking;
    for (int i = 0; i < 12; ++i) {
        const ImVec2 pos(padX + (i % 3) * (keySize.x + gap), y + (i / 3) * (keySize.y + gap));
        const std::string key = keys[i];
        const bool isDigit = key.size() == 1;
        const std::string label = isDigit ? key : ui.T("admin.pin_" + key);
        const std::string testId = "pin-" + key;
        ButtonColors colors = isDigit ? kLightButton : ButtonColors{};
        if (!enabled) colors = {palette::kBackground, palette::kMutedText, palette::kBorder};
        if (Button(ui, testId.c_str(), label, pos, keySize, colors, isDigit ? ui.Heading() : ui.Body()) &&
            enabled) {
            if (isDigit)
                ui.actions.push_back({UiAction::Kind::PinKey, {}, {}, {}, {}, key[0]});
            else if (key == "delete")
                ui.actions.push_back({UiAction::Kind::PinDelete});
            else
                ui.actions.push_back({UiAction::Kind::PinSubmit});
        }
    }
}

} // namespace kepu
