// The results of a finished quiz: stars and the score with a kind word; for the self-test its total,
// level, the four parts and which to practise next, with the note that it is modelled on the survey;
// then every question again with its right answer and explanation. 再来一次 in the footer.
#include "app/screens/quiz_widgets.hpp"

#include <algorithm>

namespace kepu {
namespace {

// One block of the results, laid out before drawing so the whole scrolls.
struct Piece {
    enum class Kind { Text, Stars, PartBar, Mark, Space } kind = Kind::Text;
    std::string text;
    ImFont* font = nullptr;
    Rgb color = palette::kText;
    Align align = Align::Left;
    float indent = 0;
    float height = 0;
    int value = 0, max = 0; // stars earned; a part's points
    bool right = false;     // Mark
};

} // namespace

void DrawQuizResults(Ui& ui, const QuizScreenView& view, const ContentArea& area, float& scrollY) {
    const QuizEngine& engine = *view.engine;
    const QuizResult result = engine.Result();
    const float width = area.size.x, pad = ui.Px(40), inner = width - 2 * pad;
    const float markR = ui.Px(24), reviewIndent = 2 * markR + ui.Px(20);

    std::vector<Piece> summary, review;
    const auto text = [&](std::vector<Piece>& list, std::string s, ImFont* font, Rgb color,
                          Align align = Align::Left, float indent = 0) {
        list.push_back({Piece::Kind::Text, std::move(s), font, color, align, indent});
    };
    const auto space = [&](std::vector<Piece>& list, float h) {
        list.push_back({Piece::Kind::Space, {}, nullptr, {}, {}, 0, h});
    };

    summary.push_back({Piece::Kind::Stars, {}, nullptr, {}, {}, 0, ui.Px(110), result.stars, 3});
    if (result.selfTest) {
        const SelfTestOutcome& self = *result.selfTest;
        text(summary, ui.strings.Format("self_test.total", ui.lang, {{"n", std::to_string(self.total)}}),
             ui.Heading(), palette::kText, Align::Center);
        text(summary, ui.T("self_test.level." + std::string(SelfTestLevelName(self.level))), ui.Heading(),
             palette::kRight, Align::Center);
        space(summary, ui.Px(16));
        for (const SelfTestBlueprintPart& part : kSelfTestBlueprint) {
            const auto at = static_cast<std::size_t>(part.part);
            Piece bar{Piece::Kind::PartBar,
                      ui.T("self_test.part." + std::string(SelfTestPartName(part.part))), ui.Body()};
            bar.value = self.partScores[at];
            bar.max = part.points;
            summary.push_back(bar);
        }
        space(summary, ui.Px(8));
        if (self.practiseNext)
            text(summary,
                 ui.strings.Format(
                     "self_test.practise_next", ui.lang,
                     {{"part", ui.T("self_test.part." + std::string(SelfTestPartName(*self.practiseNext)))}}),
                 ui.Body(), palette::kText, Align::Center);
        else
            text(summary, ui.T("self_test.all_right"), ui.Body(), palette::kText, Align::Center);
        space(summary, ui.Px(8));
        text(summary, ui.T("self_test.note"), ui.Body(), palette::kMutedText);
    } else {
        text(summary,
             ui.strings.Format(
                 "quiz.right_count", ui.lang,
                 {{"n", std::to_string(result.rightCount)}, {"total", std::to_string(result.questionCount)}}),
             ui.Heading(), palette::kText, Align::Center);
        if (result.mode == QuizMode::Challenge)
            text(summary,
                 ui.strings.Format(
                     "quiz.points", ui.lang,
                     {{"n", std::to_string(result.score)}, {"max", std::to_string(result.maxScore)}}),
                 ui.Body(), palette::kText, Align::Center);
        text(summary, ui.T("quiz.encourage." + std::string(EncouragementName(result.band))), ui.Body(),
             palette::kText, Align::Center);
    }

    text(review, ui.T("quiz.review"), ui.Heading(), palette::kText);
    space(review, ui.Px(16));
    for (std::size_t i = 0; i < result.review.size(); ++i) {
        const QuestionReview& answer = result.review[i];
        const QuizQuestion* question = i < view.questions.size() ? view.questions[i] : nullptr;
        if (!question) continue;
        review.push_back({Piece::Kind::Mark, std::to_string(i + 1) + ". " + question->text.In(ui.lang),
                          ui.Body(), palette::kText, Align::Left, reviewIndent});
        review.back().right = answer.right;
        text(review,
             WithColon(ui, ui.T("quiz.right_answer")) +
                 JoinChoiceTexts(ui, *question, engine.Question(static_cast<int>(i)).correct),
             ui.Body(), palette::kRight, Align::Left, reviewIndent);
        if (!answer.right)
            text(review,
                 answer.timedOut ? ui.T("quiz.no_answer")
                                 : WithColon(ui, ui.T("quiz.your_choice")) +
                                       JoinChoiceTexts(ui, *question, answer.chosen),
                 ui.Body(), palette::kDanger, Align::Left, reviewIndent);
        text(review, question->explanation.In(ui.lang), ui.Body(), palette::kMutedText, Align::Left,
             reviewIndent);
        space(review, ui.Px(32));
    }

    const auto measure = [&](std::vector<Piece>& list, float w) {
        float h = 0;
        for (Piece& piece : list) {
            if (piece.kind == Piece::Kind::Text || piece.kind == Piece::Kind::Mark)
                piece.height = WrapText(ui, piece.font, piece.text, w - piece.indent).Height() + ui.Px(6);
            else if (piece.kind == Piece::Kind::PartBar)
                piece.height = std::max(ui.Px(40), ui.Body()->FontSize) + ui.metrics.lineSpacing + ui.Px(6);
            h += piece.height;
        }
        return h;
    };
    const float summaryH = measure(summary, inner) + 2 * pad;
    const float total = summaryH + ui.Gap() + ui.Px(16) + measure(review, width);

    const ScrollView scroll = DragScroll(ui, area.pos, area.size, total, scrollY);
    const ImVec2 clipMax(area.pos.x + width, area.pos.y + scroll.height);
    ImGui::PushClipRect(area.pos, clipMax, true);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float y = area.pos.y - scrollY;
    FillRoundedRect(draw, ImVec2(area.pos.x, y), ImVec2(area.pos.x + width, y + summaryH),
                    ToImU32(palette::kSurface), ui.Px(24));
    const auto drawList = [&](const std::vector<Piece>& list, float x, float w, float top) {
        float py = top;
        for (const Piece& piece : list) {
            const bool shown = py + piece.height >= area.pos.y && py <= clipMax.y;
            switch (piece.kind) {
            case Piece::Kind::Text:
                if (shown)
                    DrawText(ui, piece.font, piece.text, ImVec2(x + piece.indent, py), w - piece.indent,
                             piece.color, piece.align);
                break;
            case Piece::Kind::Mark:
                if (shown) {
                    DrawMark(draw, ImVec2(x + markR, py + piece.font->FontSize * 0.55f), markR, piece.right);
                    DrawText(ui, piece.font, piece.text, ImVec2(x + piece.indent, py), w - piece.indent,
                             piece.color);
                }
                break;
            case Piece::Kind::Stars: {
                const float r = ui.Px(42), step = ui.Px(110);
                for (int s = 0; s < piece.max; ++s)
                    DrawStar(draw, ImVec2(x + w / 2 + (s - 1) * step, py + piece.height / 2), r,
                             s < piece.value);
                const float top = std::max(py, area.pos.y), bottom = std::min(py + piece.height, clipMax.y);
                if (bottom > top)
                    ui.registry.AddWidget("stars", std::to_string(piece.value) + "/3",
                                          {x, top, w, bottom - top});
                break;
            }
            case Piece::Kind::PartBar: {
                const float labelW = w * 0.38f, scoreW = ui.Px(150);
                const std::string score = std::to_string(piece.value) + " / " + std::to_string(piece.max);
                DrawText(ui, piece.font, piece.text, ImVec2(x, py), labelW, palette::kText);
                const float barX = x + labelW + ui.Px(16), barW = w - labelW - scoreW - ui.Px(32);
                const float barH = ui.Px(26), barY = py + (piece.font->FontSize - barH) / 2;
                FillRoundedRect(draw, ImVec2(barX, barY), ImVec2(barX + barW, barY + barH),
                                ToImU32(palette::kBackground), barH / 2);
                if (piece.value > 0)
                    FillRoundedRect(draw, ImVec2(barX, barY),
                                    ImVec2(barX + barW * piece.value / std::max(1, piece.max), barY + barH),
                                    ToImU32(palette::kQuizTile), barH / 2);
                DrawText(ui, piece.font, score, ImVec2(x + w - scoreW, py), scoreW, palette::kText);
                break;
            }
            case Piece::Kind::Space: break;
            }
            py += piece.height;
        }
    };
    drawList(summary, area.pos.x + pad, inner, y + pad);
    y += summaryH + ui.Gap() + ui.Px(16);
    drawList(review, area.pos.x, width, y);
    ImGui::PopClipRect();
    if (scroll.overflows && scrollY + scroll.height < total - 1)
        DrawMoreBelow(ui, clipMax.y, area.pos.x, width);

    if (FooterAction(ui, "quiz-retry", ui.T("quiz.retry"))) ui.actions.push_back({UiAction::Kind::QuizRetry});
}

} // namespace kepu
