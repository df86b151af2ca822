// A quiz question and its feedback. Asking: the question, then its choices as big buttons (two
// columns when every choice is short, else one per row), a countdown in a timed challenge. Feedback:
// right or wrong told by colour, a mark and words, the right choice marked, the explanation. The main
// step (确定, 下一题, 看结果) sits in the footer, always in the same place.
#include "app/image_widget.hpp"
#include "app/screens/quiz_widgets.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {
namespace {

struct ChoiceCell {
    int slot;     // place in the layout (choices not shown take none)
    int position; // displayed position, 0-based
    int index;    // the choice's index in the question
    std::string text;
    WrappedLines lines;
};

struct Layout {
    bool twoColumns = false;
    float cellW = 0;
    std::vector<ChoiceCell> cells;
    std::vector<float> rowHeights;
    float Height(float gap) const {
        float h = 0;
        for (float row : rowHeights)
            h += row + gap;
        return h;
    }
};

bool IsIn(const std::vector<int>& values, int value) {
    return std::find(values.begin(), values.end(), value) != values.end();
}

// Choices wrap beside the badge; in feedback a line under the text says which is right or chosen.
// positions: the displayed positions to lay out, in order.
Layout LayOutChoices(const Ui& ui, const QuizQuestion& question, const std::vector<int>& order,
                     const std::vector<int>& positions, float width, bool feedback) {
    Layout layout;
    const float gap = ui.Gap(), pad = ui.Px(24), badge = ui.Px(64);
    const auto textWidth = [&](float cellW) { return cellW - 2 * pad - badge - ui.Px(20); };
    const float halfW = (width - gap) / 2;
    // Three short choices take two rows too (the third alone under the first): one per row pushes the
    // last choice of a long question below the fold in large text, where a senior may never see it.
    bool allShort = positions.size() >= 2;
    for (int position : positions) {
        const int index = order[static_cast<std::size_t>(position)];
        const std::string text = question.choices[static_cast<std::size_t>(index)].In(ui.lang);
        if (WrapText(ui, ui.Body(), text, textWidth(halfW)).lines.size() > 2) allShort = false;
    }
    layout.twoColumns = allShort;
    layout.cellW = allShort ? halfW : width;
    const float tagH = feedback ? ui.Body()->FontSize + ui.metrics.lineSpacing : 0;
    for (std::size_t p = 0; p < positions.size(); ++p) {
        const int index = order[static_cast<std::size_t>(positions[p])];
        ChoiceCell cell{static_cast<int>(p),
                        positions[p],
                        index,
                        question.choices[static_cast<std::size_t>(index)].In(ui.lang),
                        {}};
        cell.lines = WrapText(ui, ui.Body(), cell.text, textWidth(layout.cellW));
        const float h = std::max(ui.Target() * 1.15f, 2 * pad + cell.lines.Height() + tagH);
        if (!layout.twoColumns || p % 2 == 0)
            layout.rowHeights.push_back(h);
        else
            layout.rowHeights.back() = std::max(layout.rowHeights.back(), h);
        layout.cells.push_back(std::move(cell));
    }
    return layout;
}

void DrawBadge(Ui& ui, ImDrawList* draw, ImVec2 c, float r, const QuizQuestion& question, int position,
               int index, bool filled) {
    if (question.type == QuestionType::TrueFalse) {
        // 对 / 错 read at a glance as a tick and a cross, in the button's own colour.
        const ImU32 color = ToImU32(filled ? palette::kOnDark : palette::kQuizTile);
        if (filled)
            draw->AddCircleFilled(c, r, ToImU32(palette::kQuizTile), 24);
        else
            draw->AddCircle(c, r, color, 24, ui.Px(3));
        DrawTickOrCross(draw, c, r, index == 0, color, std::max(2.0f, r * 0.16f));
        return;
    }
    if (filled)
        draw->AddCircleFilled(c, r, ToImU32(palette::kQuizTile), 24);
    else
        draw->AddCircle(c, r, ToImU32(palette::kQuizTile), 24, ui.Px(3));
    const std::string letter(1, static_cast<char>('A' + position));
    ImFont* font = ui.Body();
    if (ui.atlas) ui.atlas->NeedWidths(font, letter);
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, letter.c_str());
    AddFontText(ui.atlas, draw, font, ImVec2(c.x - size.x / 2, c.y - size.y / 2),
                ToImU32(filled ? palette::kOnDark : palette::kQuizTile), letter.c_str());
}

// The banner over the feedback: a mark, and words that never mock. A right answer's mark grows in with
// one soft ring (under a second, no flashing).
float DrawVerdict(Ui& ui, const QuestionReview& review, ImVec2 pos, float width, float cheer) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float h = std::max(ui.Target(), ui.Heading()->FontSize + ui.Px(40));
    FillRoundedRect(draw, pos, ImVec2(pos.x + width, pos.y + h),
                    ToImU32(review.right ? palette::kRightTint : palette::kWrongTint), ui.Px(20));
    const float r = h * 0.32f;
    const ImVec2 c(pos.x + ui.Px(28) + r, pos.y + h / 2);
    float scale = 1;
    if (review.right && cheer < 1) {
        const float back = 1.0f + 2.2f * std::pow(cheer - 1, 3.0f) + 1.2f * std::pow(cheer - 1, 2.0f);
        scale = 0.4f + 0.6f * back;
        const float ring = r * (1.1f + 0.9f * cheer);
        draw->AddCircle(c, ring, ToImU32(palette::kRight, 1 - cheer), 32, ui.Px(5));
    }
    DrawMark(draw, c, r * scale, review.right);
    const std::string words = ui.T(review.right      ? "quiz.right"
                                   : review.timedOut ? "quiz.timeout"
                                                     : "quiz.wrong");
    const float textX = c.x + r + ui.Px(24);
    DrawText(ui, ui.Heading(), words, ImVec2(textX, pos.y + (h - ui.Heading()->FontSize) / 2),
             pos.x + width - textX - ui.Px(20), review.right ? palette::kRight : palette::kText);
    ui.registry.AddWidget("verdict", words, {pos.x, pos.y, width, h});
    return h;
}

void DrawQuestion(Ui& ui, const QuizScreenView& view, const ContentArea& area, float& scrollY) {
    const QuizEngine& engine = *view.engine;
    const ItemProgress& progress = *view.progress;
    const int index = engine.CurrentIndex();
    const bool feedback = engine.Phase() == QuizPhase::Feedback;
    const QuizQuestion* question = view.questions[static_cast<std::size_t>(index)];
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = area.size.x;

    // The strip on top: where the visitor is, the score, the countdown.
    float y = area.pos.y;
    const std::string where = ui.strings.Format(
        "quiz.progress", ui.lang,
        {{"n", std::to_string(index + 1)}, {"total", std::to_string(engine.QuestionCount())}});
    DrawText(ui, ui.Body(), where, ImVec2(area.pos.x, y), width / 2, palette::kMutedText);
    if (engine.Mode() != QuizMode::Practice && engine.Mode() != QuizMode::SelfTest) {
        const std::string score =
            ui.strings.Format("quiz.score", ui.lang, {{"n", std::to_string(engine.Result().score)}});
        const float w = ui.Body()->CalcTextSizeA(ui.Body()->FontSize, FLT_MAX, 0, score.c_str()).x;
        DrawText(ui, ui.Body(), score, ImVec2(area.pos.x + width - w - 1, y), w + 2, palette::kText);
    }
    y += ui.Body()->FontSize + ui.metrics.lineSpacing;
    if (engine.Timed() && !feedback) {
        const int seconds = engine.SecondsLeft();
        const std::string left = ui.strings.Format("quiz.seconds", ui.lang, {{"n", std::to_string(seconds)}});
        const float textW = ui.Heading()->CalcTextSizeA(ui.Heading()->FontSize, FLT_MAX, 0, left.c_str()).x;
        const float barW = width - textW - ui.Px(24), barH = ui.Px(22);
        const float barY = y + (ui.Heading()->FontSize - barH) / 2;
        const float share =
            std::clamp(static_cast<float>(engine.RemainingMs()) / kChallengeLimitMs, 0.0f, 1.0f);
        const Rgb color = seconds <= 5 ? palette::kDanger : palette::kQuizTile;
        FillRoundedRect(draw, ImVec2(area.pos.x, barY), ImVec2(area.pos.x + barW, barY + barH),
                        ToImU32(palette::kSurface), barH / 2);
        draw->AddRect(ImVec2(area.pos.x, barY), ImVec2(area.pos.x + barW, barY + barH),
                      ToImU32(palette::kBorder), barH / 2, 0, ui.Px(2));
        if (share > 0)
            FillRoundedRect(draw, ImVec2(area.pos.x, barY), ImVec2(area.pos.x + barW * share, barY + barH),
                            ToImU32(color), barH / 2);
        DrawText(ui, ui.Heading(), left, ImVec2(area.pos.x + width - textW - 1, y), textW + 2, color);
        ui.registry.AddWidget("countdown", left, {area.pos.x, barY, barW, barH});
        y += ui.Heading()->FontSize + ui.Px(8);
    }
    y += ui.Px(16);

    const QuestionReview* review = feedback ? engine.Review(index) : nullptr;
    const std::vector<int>& order = engine.DisplayOrder(index);
    const bool multiple = question && question->type == QuestionType::Multiple;

    // Everything below the strip scrolls when it is taller than the screen (large text).
    const float verdictH =
        feedback ? std::max(ui.Target(), ui.Heading()->FontSize + ui.Px(40)) + ui.Gap() : 0;
    const std::string questionText = question ? question->text.In(ui.lang) : ui.T("quiz.gone");
    // A question's picture: above its text while the visitor answers, at most about a third of the
    // content area's height; in the feedback a smaller one beside the text, so the verdict and the
    // marked choices stay in view.
    const bool hasImage = question && !question->image.empty() && ui.images;
    ImVec2 imageMax = feedback ? ImVec2(std::floor(width * 0.25f), std::floor(area.size.y * 0.2f))
                               : ImVec2(width, std::floor(area.size.y * 0.35f));
    const ImVec2 imageSize =
        hasImage ? ImageFitSize(ui, *ui.images, question->image, imageMax, {}) : ImVec2();
    if (feedback) imageMax.x = imageSize.x; // beside the text: flush left, the text right after it
    const float besideW = hasImage && feedback ? imageSize.x + ui.Gap() : 0;
    const float imageH = hasImage && !feedback ? imageSize.y + ui.Px(16) : 0;
    const float questionH = std::max(WrapText(ui, ui.Heading(), questionText, width - besideW).Height(),
                                     besideW > 0 ? imageSize.y : 0) +
                            ui.Px(24);
    const float hintH = multiple && !feedback
                            ? WrapText(ui, ui.Body(), ui.T("quiz.multiple_hint"), width).Height() + ui.Px(16)
                            : 0;
    Layout layout;
    // Large text shows the feedback's marked choices only (the right one, and the visitor's if wrong),
    // so the explanation is on the screen without scrolling; the results list every choice's fate.
    std::vector<int> positions;
    for (std::size_t p = 0; p < order.size(); ++p) {
        const bool marked =
            review && (IsIn(engine.Current().correct, order[p]) || IsIn(review->chosen, order[p]));
        if (!review || ui.textSize == TextSize::Normal || marked) positions.push_back(static_cast<int>(p));
    }
    if (question) layout = LayOutChoices(ui, *question, order, positions, width, feedback);
    float explanationH = 0;
    if (feedback && question)
        explanationH = ui.Px(8) + WrapText(ui, ui.Heading(), ui.T("quiz.why"), width).Height() + ui.Px(8) +
                       WrapText(ui, ui.Body(), question->explanation.In(ui.lang), width).Height();
    const float total = verdictH + imageH + questionH + hintH + layout.Height(ui.Gap()) + explanationH;

    const ImVec2 viewPos(area.pos.x, y);
    const ScrollView scroll =
        DragScroll(ui, viewPos, ImVec2(width, area.pos.y + area.size.y - y), total, scrollY);
    const ImVec2 clipMax(area.pos.x + width, y + scroll.height);
    ImGui::PushClipRect(viewPos, clipMax, true);
    float cy = y - scrollY;
    if (review) {
        const float cheer =
            std::clamp(static_cast<float>(view.now - progress.shownAt) / kQuizCheerMs, 0.0f, 1.0f);
        cy += DrawVerdict(ui, *review, ImVec2(area.pos.x, cy), width, cheer) + ui.Gap();
    }
    if (hasImage)
        DrawImageFit(ui, *ui.images, question->image, ImVec2(area.pos.x, cy), imageMax, {}, "question-image");
    cy += imageH;
    DrawText(ui, ui.Heading(), questionText, ImVec2(area.pos.x + besideW, cy), width - besideW,
             palette::kText);
    cy += questionH;
    if (hintH > 0) {
        DrawText(ui, ui.Body(), ui.T("quiz.multiple_hint"), ImVec2(area.pos.x, cy), width,
                 palette::kMutedText);
        cy += hintH;
    }

    const float pad = ui.Px(24), badgeR = ui.Px(32);
    std::size_t row = 0;
    for (const ChoiceCell& cell : layout.cells) {
        const int column = layout.twoColumns ? cell.slot % 2 : 0;
        const ImVec2 pos(area.pos.x + column * (layout.cellW + ui.Gap()), cy);
        const float h = layout.rowHeights[row];
        const ImVec2 end(pos.x + layout.cellW, pos.y + h);
        const std::string testId = "choice-" + std::to_string(cell.position + 1);
        const bool picked = IsIn(progress.picked, cell.position);
        bool pressed = false;
        if (!feedback) {
            ImGui::SetCursorScreenPos(pos);
            ImGui::PushID(testId.c_str());
            if (ImGui::InvisibleButton("##choice", ImVec2(layout.cellW, h)) && !scroll.dragging)
                ui.actions.push_back({UiAction::Kind::QuizChoose, {}, {}, {}, {}, 0, {}, {}, cell.position});
            pressed = ImGui::IsItemActive() && !scroll.dragging;
            ImGui::PopID();
        }
        const bool isRight = question && IsIn(engine.Current().correct, cell.index);
        const bool chosen = review && IsIn(review->chosen, cell.index);
        Rgb fill = palette::kSurface, outline = palette::kBorder;
        float outlineW = ui.Px(2);
        if (pressed) fill = palette::kRightTint, outline = palette::kQuizTile, outlineW = ui.Px(5);
        if (picked && !feedback) outline = palette::kQuizTile, outlineW = ui.Px(6);
        if (feedback && isRight) fill = palette::kRightTint, outline = palette::kRight, outlineW = ui.Px(5);
        if (feedback && chosen && !isRight)
            fill = palette::kWrongTint, outline = palette::kDanger, outlineW = ui.Px(5);
        FillRoundedRect(draw, pos, end, ToImU32(fill), ui.Px(20));
        draw->AddRect(pos, end, ToImU32(outline), ui.Px(20), 0, outlineW);
        const ImVec2 badgeC(pos.x + pad + badgeR, pos.y + h / 2);
        if (feedback && (isRight || chosen))
            DrawMark(draw, badgeC, badgeR, isRight);
        else
            DrawBadge(ui, draw, badgeC, badgeR, *question, cell.position, cell.index, picked);
        const float textX = pos.x + pad + 2 * badgeR + ui.Px(20);
        const bool tagged = feedback && (isRight || chosen);
        const float tagH = tagged ? ui.Body()->FontSize + ui.metrics.lineSpacing : 0;
        const float textY = pos.y + (h - cell.lines.Height() - tagH) / 2;
        DrawText(ui, ui.Body(), cell.text, ImVec2(textX, textY), end.x - textX - pad, palette::kText);
        if (tagged) {
            const std::string tag = ui.T(isRight ? "quiz.right_answer" : "quiz.your_choice");
            DrawText(ui, ui.Body(), tag, ImVec2(textX, textY + cell.lines.Height()), end.x - textX - pad,
                     isRight ? palette::kRight : palette::kDanger);
        }
        const float top = std::max(pos.y, viewPos.y), bottom = std::min(end.y, clipMax.y);
        if (bottom > top)
            ui.registry.AddWidget(testId, cell.text, {pos.x, top, layout.cellW, bottom - top}, picked);
        if (!layout.twoColumns || column == 1 || &cell == &layout.cells.back()) {
            cy += h + ui.Gap();
            ++row;
        }
    }
    if (feedback && question) {
        cy += ui.Px(8);
        cy += DrawText(ui, ui.Heading(), ui.T("quiz.why"), ImVec2(area.pos.x, cy), width, palette::kText) +
              ui.Px(8);
        DrawText(ui, ui.Body(), question->explanation.In(ui.lang), ImVec2(area.pos.x, cy), width,
                 palette::kText);
    }
    ImGui::PopClipRect();
    if (scroll.overflows && scrollY + scroll.height < total - 1)
        DrawMoreBelow(ui, clipMax.y, area.pos.x, width);

    if (feedback) {
        const bool last = index + 1 >= engine.QuestionCount();
        if (FooterAction(ui, "quiz-next", ui.T(last ? "quiz.see_results" : "quiz.next")))
            ui.actions.push_back({UiAction::Kind::QuizNext});
    } else if (multiple) {
        if (FooterAction(ui, "quiz-submit", ui.T("quiz.submit"), !progress.picked.empty()))
            ui.actions.push_back({UiAction::Kind::QuizSubmit});
    }
}

} // namespace

void DrawQuizScreen(Ui& ui, const QuizScreenView& view, float& scrollY) {
    const bool finished = view.engine->Phase() == QuizPhase::Finished || view.engine->QuestionCount() == 0;
    const ContentArea area = DrawScreenFrame(ui, finished ? ui.T("quiz.results") : view.title, false);
    if (finished)
        DrawQuizResults(ui, view, area, scrollY);
    else if (view.engine->Phase() != QuizPhase::Abandoned)
        DrawQuestion(ui, view, area, scrollY);
}

} // namespace kepu
