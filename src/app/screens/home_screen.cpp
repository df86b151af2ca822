// Home: three big tiles (quizzes, scientists' stories, seniors' smartphone classroom), the
// language and text-size switches, and the optional one-tap "我是…" audience choice.
#include "app/screens/screens.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

namespace kepu {
namespace {

constexpr float kPi = 3.14159265f;

void DrawQuizIcon(const Ui& ui, ImDrawList* draw, ImVec2 c, float r, ImFont* font) {
    draw->AddCircle(c, r, ToImU32(palette::kOnDark), 0, r * 0.12f);
    const char* mark = "?";
    if (ui.atlas) ui.atlas->NeedWidths(font, mark);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, mark);
    AddFontText(ui.atlas, draw, font, ImVec2(c.x - size.x / 2, c.y - size.y / 2), ToImU32(palette::kOnDark),
                mark);
}

void DrawStarIcon(ImDrawList* draw, ImVec2 c, float r) {
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float angle = -kPi / 2 + i * kPi / 5;
        const float radius = i % 2 == 0 ? r : r * 0.45f;
        points[i] = ImVec2(c.x + std::cos(angle) * radius, c.y + std::sin(angle) * radius);
    }
    draw->AddPolyline(points, 10, ToImU32(palette::kOnDark), ImDrawFlags_Closed, r * 0.1f);
}

void DrawPhoneIcon(ImDrawList* draw, ImVec2 c, float r) {
    const ImVec2 half(r * 0.55f, r);
    const float t = r * 0.1f;
    draw->AddRect(ImVec2(c.x - half.x, c.y - half.y), ImVec2(c.x + half.x, c.y + half.y),
                  ToImU32(palette::kOnDark), r * 0.18f, 0, t);
    draw->AddLine(ImVec2(c.x - half.x, c.y + half.y * 0.62f), ImVec2(c.x + half.x, c.y + half.y * 0.62f),
                  ToImU32(palette::kOnDark), t * 0.7f);
    draw->AddCircleFilled(ImVec2(c.x, c.y + half.y * 0.81f), t * 0.9f, ToImU32(palette::kOnDark));
}

struct Tile {
    const char* testId;
    const char* titleKey;
    const char* subtitleKey;
    ScreenId target;
    Rgb color;
};

} // namespace

void DrawHomeScreen(Ui& ui, Audience audience) {
    const ContentArea area = DrawScreenFrame(ui, ui.T("home.title"), true);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // Switches in the title bar, right-aligned.
    DrawTextSwitches(ui);

    // "我是…" chips first: their rows decide how much height the tiles get.
    ImFont* font = ui.Body();
    const float chipH = ui.Target();
    struct Chip {
        Audience choice;
        std::string key;
        ImVec2 pos;
        float width;
    };
    std::vector<Chip> chips;
    float cx = 0, cy = 0;
    for (Audience choice : kChoosableAudiences) {
        const std::string key = "audience." + std::string(AudienceName(choice));
        const std::string& label = ui.T(key);
        if (ui.atlas) ui.atlas->NeedWidths(font, label);
        const float textW = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, label.c_str()).x;
        const float chipW = std::max(ui.Px(180), textW + ui.Px(48) + font->FontSize * 0.75f);
        if (cx > 0 && cx + chipW > area.size.x) {
            cx = 0;
            cy += chipH + ui.Gap();
        }
        chips.push_back({choice, key, ImVec2(cx, cy), chipW});
        cx += chipW + ui.Gap();
    }
    const WrappedLines whoLabel = WrapText(ui, font, ui.T("home.who_am_i"), area.size.x);
    const float chipBlockH = whoLabel.Height() + ui.Px(12) + cy + chipH;
    const float tileGap = ui.Px(20);

    // The three tiles.
    const Tile tiles[] = {
        {"tile-quizzes", "module.quizzes.title", "module.quizzes.subtitle", ScreenId::Quizzes,
         palette::kQuizTile},
        {"tile-stories", "module.stories.title", "module.stories.subtitle", ScreenId::Stories,
         palette::kStoryTile},
        {"tile-seniors", "module.seniors.title", "module.seniors.subtitle", ScreenId::Seniors,
         palette::kSeniorTile},
    };
    const float gap = ui.Px(36);
    const float tileW = (area.size.x - 2 * gap) / 3;
    const float tileH = area.size.y - chipBlockH - tileGap;
    const float pad = ui.Px(28);
    const float textW = tileW - 2 * pad;
    // Every tile lays out the same way, so the text lines up across the tiles: icons in one row,
    // titles standing on one line (a one-line title sits next to its subtitle, not above a gap),
    // subtitles in one row. Balanced lines leave no word alone on a last line.
    float titleH[3] = {}, titleRowH = 0, subtitleRowH = 0;
    for (int i = 0; i < 3; ++i) {
        const Tile& tile = tiles[i];
        titleH[i] = WrapText(ui, ui.Heading(), ui.T(tile.titleKey), textW, Wrap::Balanced).Height();
        titleRowH = std::max(titleRowH, titleH[i]);
        subtitleRowH = std::max(
            subtitleRowH, WrapText(ui, ui.Body(), ui.T(tile.subtitleKey), textW, Wrap::Balanced).Height());
    }
    const float titleGap = ui.Px(10);
    const float textH = titleRowH + titleGap + subtitleRowH;
    // The icon is what a child or a visitor who cannot read goes by, so it keeps its size when
    // large text takes more room: the space around it gives way first, and the icon shrinks only
    // when even that is not enough.
    const float room = tileH - textH;
    float space = pad;
    float iconR = std::min(ui.Px(76), (room - 3 * space) / 2);
    const float minIconR = ui.Px(58), minSpace = ui.Px(16);
    if (iconR < minIconR) {
        space = std::max(minSpace, (room - 2 * minIconR) / 3);
        iconR = std::min(minIconR, (room - 3 * space) / 2);
    }
    const bool showIcon = iconR >= ui.Px(28);
    const float blockH = textH + (showIcon ? 2 * iconR + space : 0);
    for (int i = 0; i < 3; ++i) {
        const Tile& tile = tiles[i];
        const ImVec2 pos(area.pos.x + i * (tileW + gap), area.pos.y);
        if (Button(ui, tile.testId, "", pos, ImVec2(tileW, tileH),
                   {tile.color, palette::kOnDark, tile.color}))
            ui.actions.push_back({UiAction::Kind::Open, tile.target});
        // Relabel the registry entry with the visible title so scripts can tap "科学知识问答".
        ui.registry.AddWidget(tile.testId, ui.T(tile.titleKey), {pos.x, pos.y, tileW, tileH});
        const std::string id(tile.testId);
        float ty = pos.y + (tileH - blockH) / 2;
        if (showIcon) {
            const ImVec2 iconCenter(pos.x + tileW / 2, ty + iconR);
            if (i == 0) DrawQuizIcon(ui, draw, iconCenter, iconR, ui.fonts.hero);
            if (i == 1) DrawStarIcon(draw, iconCenter, iconR);
            if (i == 2) DrawPhoneIcon(draw, iconCenter, iconR);
            ui.registry.AddPart(id + ".icon",
                                {iconCenter.x - iconR, iconCenter.y - iconR, 2 * iconR, 2 * iconR});
            ty += 2 * iconR + space;
        }
        const float titleTop = ty + titleRowH - titleH[i];
        DrawText(ui, ui.Heading(), ui.T(tile.titleKey), ImVec2(pos.x + pad, titleTop), textW,
                 palette::kOnDark, Align::Center, Wrap::Balanced);
        ui.registry.AddPart(id + ".title", {pos.x + pad, titleTop, textW, titleH[i]});
        ty += titleRowH + titleGap;
        const float subtitleH = DrawText(ui, ui.Body(), ui.T(tile.subtitleKey), ImVec2(pos.x + pad, ty),
                                         textW, palette::kOnDark, Align::Center, Wrap::Balanced);
        ui.registry.AddPart(id + ".subtitle", {pos.x + pad, ty, textW, subtitleH});
    }

    // "我是…": optional, one tap, can be changed or left alone.
    const float chipsTop = area.pos.y + tileH + tileGap;
    DrawText(ui, font, ui.T("home.who_am_i"), ImVec2(area.pos.x, chipsTop), area.size.x, palette::kMutedText);
    const float chipsY = chipsTop + whoLabel.Height() + ui.Px(12);
    for (const Chip& chip : chips) {
        const std::string& label = ui.T(chip.key);
        const bool selected = audience == chip.choice;
        const ButtonColors colors =
            selected ? ButtonColors{palette::kNavButton, palette::kOnDark, palette::kAccent} : kLightButton;
        if (Button(ui, chip.key.c_str(), label, ImVec2(area.pos.x + chip.pos.x, chipsY + chip.pos.y),
                   ImVec2(chip.width, chipH), colors, nullptr,
                   selected ? ButtonIcon::Check : ButtonIcon::None))
            ui.actions.push_back(
                {UiAction::Kind::SetAudience, {}, {}, {}, selected ? Audience::Unspecified : chip.choice});
    }
}

} // namespace kepu
