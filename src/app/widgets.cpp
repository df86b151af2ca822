// Touch widgets every screen uses.
#include "app/widgets.hpp"

#include "core/line_break.hpp"
#include "core/utf8.hpp"

#include <imgui_internal.h>

#include <algorithm>
#include <cmath>

namespace kepu {

namespace {
// Characters of text that font has no glyph for; drawn, they would show as '?'.
void CheckGlyphs(Ui& ui, ImFont* font, const std::string& text) {
    std::string missing;
    for (std::size_t pos = 0; pos < text.size();) {
        const std::size_t start = pos;
        const char32_t cp = NextCodePoint(text, pos);
        if (cp < 0x20 || cp == ' ') continue;
        if (cp > 0xFFFF || !font->FindGlyphNoFallback(static_cast<ImWchar>(cp)))
            missing += text.substr(start, pos - start);
    }
    if (!missing.empty()) ui.registry.AddMissingGlyphs(text, missing);
}
} // namespace

bool Button(Ui& ui, const char* testId, const std::string& label, ImVec2 pos, ImVec2 size,
            ButtonColors colors, ImFont* font, ButtonIcon icon) {
    if (!font) font = ui.Body();
    ImGui::SetCursorScreenPos(pos);
    ImGui::PushID(testId);
    const bool clicked = ImGui::InvisibleButton("##button", size);
    const bool held = ImGui::IsItemActive() && ImGui::IsMouseDown(ImGuiMouseButton_Left);
    ImGui::PopID();

    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    const float rounding = ui.Px(18);
    FillRoundedRect(draw, pos, max, ToImU32(held ? palette::kPressed : colors.fill), rounding);
    if (colors.outline.r != colors.fill.r || colors.outline.g != colors.fill.g ||
        colors.outline.b != colors.fill.b)
        draw->AddRect(pos, max, ToImU32(held ? palette::kPressed : colors.outline), rounding, 0, ui.Px(3));

    const float padding = ui.Px(16);
    const float iconW = icon == ButtonIcon::None ? 0 : font->FontSize * 0.75f;
    const WrappedLines wrapped = WrapText(ui, font, label, size.x - 2 * padding - iconW);
    const ImU32 textColor = ToImU32(held ? palette::kOnDark : colors.text);
    float y = pos.y + (size.y - wrapped.Height()) / 2;
    float textLeft = FLT_MAX, textRight = 0;
    const float textTop = y;
    bool ticked = false; // what a visitor sees, so scripts check the tick itself
    for (std::size_t i = 0; i < wrapped.lines.size(); ++i) {
        const std::string& line = wrapped.lines[i];
        const float w = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.c_str()).x;
        const float x = pos.x + (size.x - w + iconW) / 2;
        if (i == 0 && icon != ButtonIcon::None) {
            const float s = font->FontSize * 0.22f;
            const ImVec2 c(x - iconW / 2 - s * 0.3f, y + font->FontSize * 0.52f);
            const float t = std::max(2.0f, font->FontSize * 0.07f);
            if (icon == ButtonIcon::Back) {
                const ImVec2 arrow[3] = {ImVec2(c.x + s * 0.6f, c.y - s * 1.2f), ImVec2(c.x - s * 0.6f, c.y),
                                         ImVec2(c.x + s * 0.6f, c.y + s * 1.2f)};
                draw->AddPolyline(arrow, 3, textColor, ImDrawFlags_None, t);
            } else {
                const ImVec2 tick[3] = {ImVec2(c.x - s * 1.0f, c.y), ImVec2(c.x - s * 0.2f, c.y + s * 0.8f),
                                        ImVec2(c.x + s * 1.1f, c.y - s * 0.9f)};
                draw->AddPolyline(tick, 3, textColor, ImDrawFlags_None, t);
                ticked = true;
            }
        }
        AddFontText(ui.atlas, draw, font, ImVec2(x, y), textColor, line.c_str());
        textLeft = std::min(textLeft, x - (i == 0 ? iconW : 0));
        textRight = std::max(textRight, x + w);
        y += wrapped.lineHeight;
    }
    ui.registry.AddWidget(testId, label, {pos.x, pos.y, size.x, size.y}, ticked);
    if (ui.chineseFont) CheckGlyphs(ui, font, label);
    if (!label.empty())
        ui.registry.AddText(label, {textLeft, textTop, textRight - textLeft, wrapped.Height()});
    return clicked;
}

WrappedLines WrapText(const Ui& ui, ImFont* font, const std::string& text, float width, Wrap wrap) {
    if (ui.atlas) ui.atlas->NeedWidths(font, text);
    WrappedLines result;
    result.lineHeight = font->FontSize + ui.metrics.lineSpacing;
    const auto advance = [&](char32_t cp) {
        return cp <= 0xFFFF ? font->GetCharAdvance(static_cast<ImWchar>(cp)) : font->FallbackAdvanceX;
    };
    const auto spans =
        wrap == Wrap::Balanced ? BreakLinesBalanced(text, width, advance) : BreakLines(text, width, advance);
    for (const LineSpan& span : spans)
        result.lines.emplace_back(text.substr(span.begin, span.end - span.begin));
    return result;
}

float DrawText(Ui& ui, ImFont* font, const std::string& text, ImVec2 pos, float width, Rgb color, Align align,
               Wrap wrap) {
    const WrappedLines wrapped = WrapText(ui, font, text, width, wrap);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float y = pos.y;
    float left = FLT_MAX, right = 0;
    for (const std::string& line : wrapped.lines) {
        const float lineW = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, line.c_str()).x;
        float x = pos.x;
        if (align == Align::Center) x += (width - lineW) / 2;
        AddFontText(ui.atlas, draw, font, ImVec2(x, y), ToImU32(color), line.c_str());
        // Lines scrolled out of the list's clip rectangle are not drawn, so only shown lines need glyphs.
        if (ui.chineseFont && LineShown(draw, font, y)) CheckGlyphs(ui, font, line);
        left = std::min(left, x);
        right = std::max(right, x + lineW);
        y += wrapped.lineHeight;
    }
    // Text clipped to a scrolling list is only checked where it is visible.
    const ImVec2 clipMin = draw->GetClipRectMin(), clipMax = draw->GetClipRectMax();
    const bool clipped = pos.y < clipMin.y || y > clipMax.y;
    if (left < right && !clipped)
        ui.registry.AddText(text, {left, pos.y, right - left, wrapped.Height()});
    else
        ui.registry.AddText(text);
    return wrapped.Height();
}

void FillRoundedRect(ImDrawList* draw, ImVec2 min, ImVec2 max, ImU32 color, float rounding) {
    // Whole pixels, so the pieces meet exactly: SDL's software renderer cuts each piece's corners to
    // whole pixels on its own, and fractional edges left a blank row between the middle and the bottom.
    min = ImVec2(std::round(min.x), std::round(min.y));
    max = ImVec2(std::round(max.x), std::round(max.y));
    const float r = std::floor(std::min({rounding, (max.x - min.x) / 2, (max.y - min.y) / 2}));
    if (r < 1) {
        draw->AddRectFilled(min, max, color);
        return;
    }
    draw->AddRectFilled(ImVec2(min.x, min.y + r), ImVec2(max.x, max.y - r), color); // middle, full width
    draw->AddRectFilled(ImVec2(min.x + r, min.y), ImVec2(max.x - r, min.y + r), color);
    draw->AddRectFilled(ImVec2(min.x + r, max.y - r), ImVec2(max.x - r, max.y), color);
    // Quarter circles, in ImGui's twelfths of a turn (0 = right, 3 = down), as its own rounded
    // rectangles have them.
    const struct {
        ImVec2 center;
        int from, to;
    } corners[] = {{ImVec2(min.x + r, min.y + r), 6, 9},
                   {ImVec2(max.x - r, min.y + r), 9, 12},
                   {ImVec2(max.x - r, max.y - r), 0, 3},
                   {ImVec2(min.x + r, max.y - r), 3, 6}};
    for (const auto& corner : corners) {
        draw->PathLineTo(corner.center);
        draw->PathArcToFast(corner.center, r, corner.from, corner.to);
        draw->PathFillConvex(color);
    }
}

void BeginFullScreenWindow(const char* name, Rgb background) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, ToImVec4(background));
    ImGui::Begin(name, nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse);
}

void EndFullScreenWindow() {
    ImGui::End();
    ImGui::PopStyleColor();
}

} // namespace kepu
