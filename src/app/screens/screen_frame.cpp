// The shared frame of the visitor screens: title bar on top, 返回 and 首页 (not on home itself) at
// the bottom where a child or a wheelchair user can reach them. The top-left corner stays empty: it is the
// hidden admin gesture's square.
#include "app/screens/screens.hpp"

#include <imgui_internal.h> // ImGui::ClearActiveID: a drag is not a tap

#include <algorithm>
#include <cfloat>

namespace kepu {

ContentArea DrawScreenFrame(Ui& ui, const std::string& title, bool homeIsCurrent, float titleEndX) {
    const ThemeMetrics& m = ui.metrics;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float headerH = m.headerHeight * (ui.textSize == TextSize::Large ? 1.15f : 1.0f);
    const float footerH = m.footerHeight * (ui.textSize == TextSize::Large ? 1.15f : 1.0f);

    draw->AddRectFilled(ImVec2(0, 0), ImVec2(ui.screen.x, headerH), ToImU32(palette::kSurface));
    draw->AddLine(ImVec2(0, headerH), ImVec2(ui.screen.x, headerH), ToImU32(palette::kBorder, 0.5f),
                  ui.Px(2));
    ImFont* heading = ui.Heading();
    const float titleX = m.adminCorner + m.margin;
    const float titleW = (titleEndX > 0 ? titleEndX - ui.Gap() : ui.screen.x - m.margin) - titleX;
    // A title that would reach the switches beside it steps down to the body size.
    if (heading->CalcTextSizeA(heading->FontSize, FLT_MAX, 0, title.c_str()).x > titleW) heading = ui.Body();
    DrawText(ui, heading, title, ImVec2(titleX, (headerH - heading->FontSize) / 2), titleW, palette::kText);

    const float footerY = ui.screen.y - footerH;
    draw->AddRectFilled(ImVec2(0, footerY), ui.screen, ToImU32(palette::kSurface));
    draw->AddLine(ImVec2(0, footerY), ImVec2(ui.screen.x, footerY), ToImU32(palette::kBorder, 0.5f),
                  ui.Px(2));
    const ImVec2 navSize(ui.Px(ui.textSize == TextSize::Large ? 400 : 320), footerH - 2 * ui.Px(20));
    const float navY = footerY + ui.Px(20);
    if (Button(ui, "back", ui.T("nav.back"), ImVec2(m.margin, navY), navSize, {}, nullptr, ButtonIcon::Back))
        ui.actions.push_back({UiAction::Kind::Back});
    // On home itself 首页 would do nothing, so it is not there; 返回 there ends the visit.
    if (!homeIsCurrent &&
        Button(ui, "home", ui.T("nav.home"), ImVec2(ui.screen.x - m.margin - navSize.x, navY), navSize))
        ui.actions.push_back({UiAction::Kind::Home});

    const float top = headerH + m.margin / 2;
    return ContentArea{ImVec2(m.margin, top),
                       ImVec2(ui.screen.x - 2 * m.margin, footerY - m.margin / 2 - top)};
}

namespace {
ImVec2 SwitchSize(const Ui& ui) {
    const float headerH = ui.metrics.headerHeight * (ui.textSize == TextSize::Large ? 1.15f : 1.0f);
    return ImVec2(ui.Px(ui.textSize == TextSize::Large ? 330 : 270), headerH - ui.Px(28));
}
} // namespace

float TextSwitchesLeft(const Ui& ui) {
    return ui.screen.x - ui.metrics.margin - 2 * SwitchSize(ui).x - ui.Gap();
}

void DrawTextSwitches(Ui& ui) {
    const ThemeMetrics& m = ui.metrics;
    const ImVec2 switchSize = SwitchSize(ui);
    const float switchY = ui.Px(14);
    float x = ui.screen.x - m.margin - switchSize.x;
    const bool large = ui.textSize == TextSize::Large;
    if (Button(ui, "text-size", ui.T(large ? "home.normal_text" : "home.large_text"), ImVec2(x, switchY),
               switchSize, kLightButton))
        ui.actions.push_back(
            {UiAction::Kind::SetTextSize, {}, {}, large ? TextSize::Normal : TextSize::Large});
    x -= switchSize.x + ui.Gap();
    // The other language's name, written in that language, so each visitor can read it.
    const Lang other = ui.lang == Lang::Zh ? Lang::En : Lang::Zh;
    if (ui.chineseFont && Button(ui, "language", ui.strings.Get("home.language_name", other),
                                 ImVec2(x, switchY), switchSize, kLightButton))
        ui.actions.push_back({UiAction::Kind::SetLang, {}, other});
}

float MoreBelowHeight(const Ui& ui) {
    return ui.Body()->FontSize + ui.Px(16);
}

void DrawMoreBelow(Ui& ui, float y, float x, float width) {
    ImFont* font = ui.Body();
    const std::string& text = ui.T("module.more_below");
    const float textW = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x;
    const float arrow = font->FontSize * 0.5f, gap = ui.Px(12);
    const float left = x + std::max(0.0f, (width - arrow - gap - textW) / 2);
    const float top = y + ui.Px(8), middle = top + font->FontSize * 0.55f;
    ImGui::GetWindowDrawList()->AddTriangleFilled(
        ImVec2(left, middle - arrow * 0.4f), ImVec2(left + arrow, middle - arrow * 0.4f),
        ImVec2(left + arrow / 2, middle + arrow * 0.45f), ToImU32(palette::kMutedText));
    DrawText(ui, font, text, ImVec2(left + arrow + gap, top), textW + 1, palette::kMutedText);
}

ScrollView DragScroll(const Ui& ui, ImVec2 pos, ImVec2 size, float contentHeight, float& scrollY) {
    const ImGuiIO& io = ImGui::GetIO();
    const ImVec2 pressed = io.MouseClickedPos[0];
    const bool over =
        pressed.x >= pos.x && pressed.y >= pos.y && pressed.x < pos.x + size.x && pressed.y < pos.y + size.y;
    const bool dragging = over && ImGui::IsMouseDragging(ImGuiMouseButton_Left, ui.Px(12));
    if (dragging) {
        scrollY -= io.MouseDelta.y;
        ImGui::ClearActiveID();
    }
    ScrollView view{size.y, contentHeight > size.y, dragging};
    if (view.overflows) view.height -= MoreBelowHeight(ui);
    scrollY = std::clamp(scrollY, 0.0f, std::max(0.0f, contentHeight - view.height));
    return view;
}

} // namespace kepu
