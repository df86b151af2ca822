// Drawings and pieces the quiz screens share.
#include "app/screens/quiz_widgets.hpp"

#include <cmath>

namespace kepu {
namespace {
constexpr float kPi = 3.14159265f;
}

void DrawTickOrCross(ImDrawList* draw, ImVec2 c, float r, bool tick, ImU32 color, float thickness) {
    if (tick) {
        const ImVec2 points[3] = {ImVec2(c.x - r * 0.45f, c.y + r * 0.02f),
                                  ImVec2(c.x - r * 0.12f, c.y + r * 0.35f),
                                  ImVec2(c.x + r * 0.48f, c.y - r * 0.32f)};
        draw->AddPolyline(points, 3, color, ImDrawFlags_None, thickness);
    } else {
        const float s = r * 0.36f;
        draw->AddLine(ImVec2(c.x - s, c.y - s), ImVec2(c.x + s, c.y + s), color, thickness);
        draw->AddLine(ImVec2(c.x + s, c.y - s), ImVec2(c.x - s, c.y + s), color, thickness);
    }
}

void DrawMark(ImDrawList* draw, ImVec2 c, float r, bool right) {
    draw->AddCircleFilled(c, r, ToImU32(right ? palette::kRight : palette::kDanger), 24);
    DrawTickOrCross(draw, c, r, right, ToImU32(palette::kOnDark), std::max(2.0f, r * 0.18f));
}

void DrawStar(ImDrawList* draw, ImVec2 c, float r, bool filled) {
    ImVec2 points[10];
    for (int i = 0; i < 10; ++i) {
        const float angle = -kPi / 2 + i * kPi / 5;
        const float radius = i % 2 == 0 ? r : r * 0.45f;
        points[i] = ImVec2(c.x + std::cos(angle) * radius, c.y + std::sin(angle) * radius);
    }
    if (filled) {
        // A star is not convex: fill it as the centre's fan of ten triangles.
        for (int i = 0; i < 10; ++i)
            draw->AddTriangleFilled(c, points[i], points[(i + 1) % 10], ToImU32(palette::kAccent));
    }
    draw->AddPolyline(points, 10, ToImU32(filled ? palette::kAccent : palette::kBorder), ImDrawFlags_Closed,
                      std::max(2.0f, r * 0.08f));
}

bool FooterAction(Ui& ui, const char* testId, const std::string& label, bool enabled) {
    const ThemeMetrics& m = ui.metrics;
    const float footerH = m.footerHeight * (ui.textSize == TextSize::Large ? 1.15f : 1.0f);
    const ImVec2 size(ui.Px(ui.textSize == TextSize::Large ? 600 : 520), footerH - 2 * ui.Px(20));
    const ImVec2 pos((ui.screen.x - size.x) / 2, ui.screen.y - footerH + ui.Px(20));
    const ButtonColors colors = enabled
                                    ? ButtonColors{palette::kQuizTile, palette::kOnDark, palette::kQuizTile}
                                    : ButtonColors{palette::kSurface, palette::kMutedText, palette::kBorder};
    const bool tapped = Button(ui, testId, label, pos, size, colors, ui.Heading());
    return tapped && enabled;
}

std::string WithColon(const Ui& ui, const std::string& label) {
    return label + (ui.lang == Lang::Zh ? "：" : ": ");
}

std::string JoinChoiceTexts(const Ui& ui, const QuizQuestion& question, const std::vector<int>& choices) {
    std::string text;
    for (int index : choices) {
        if (index < 0 || index >= static_cast<int>(question.choices.size())) continue;
        if (!text.empty()) text += ui.lang == Lang::Zh ? "、" : ", ";
        text += question.choices[static_cast<std::size_t>(index)].In(ui.lang);
    }
    return text;
}

} // namespace kepu
