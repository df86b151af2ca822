// The quizzes module: practice for the visitor's group, the challenge and the self-test as three big
// cards, then the quiz sets a visitor may pick (我想自己选). Everything scrolls together, so large
// text on a small screen still reaches every set.
#include "app/screens/quiz_widgets.hpp"

#include <algorithm>
#include <cfloat>

namespace kepu {
namespace {

struct ModeCard {
    QuizMode mode;
    const char* testId;
    std::string title, about;
};

// The mode's line under its title: what the visitor is in for.
std::string AboutMode(const Ui& ui, QuizMode mode, Audience audience) {
    switch (mode) {
    case QuizMode::Practice:
        if (audience == Audience::Unspecified || audience == Audience::Other)
            return ui.T("quiz.practice_any");
        return ui.strings.Format("quiz.practice_for", ui.lang,
                                 {{"group", ui.T("audience." + std::string(AudienceName(audience)))}});
    case QuizMode::Challenge:
        return ui.T(ui.textSize == TextSize::Large ? "quiz.challenge_untimed" : "quiz.challenge_timed");
    case QuizMode::SelfTest: return ui.T("quiz.self_test_about");
    }
    return {};
}

} // namespace

void DrawQuizMenuScreen(Ui& ui, const QuizMenuView& view, const std::vector<const ContentItem*>& sets,
                        float& scrollY) {
    const ContentArea area = DrawScreenFrame(ui, ui.T("module.quizzes.title"), false);
    if (!view.canPractise) {
        DrawText(ui, ui.Heading(), ui.T("module.empty"), ImVec2(area.pos.x, area.pos.y + ui.Px(120)),
                 area.size.x, palette::kText, Align::Center);
        return;
    }
    std::vector<ModeCard> cards;
    for (QuizMode mode : {QuizMode::Practice, QuizMode::Challenge, QuizMode::SelfTest}) {
        if (mode == QuizMode::SelfTest && !view.canSelfTest) continue;
        const std::string name(QuizModeName(mode));
        cards.push_back({mode,
                         mode == QuizMode::Practice    ? "mode-practice"
                         : mode == QuizMode::Challenge ? "mode-challenge"
                                                       : "mode-self-test",
                         ui.T("quiz." + name), AboutMode(ui, mode, view.audience)});
    }

    // Laid out first: intro, the mode cards in a row, the sets' heading, the sets.
    const float width = area.size.x, gap = ui.Gap(), pad = ui.Px(32);
    const float cardW = (width - gap * (cards.size() - 1)) / cards.size();
    float cardH = ui.Target() * 2;
    for (const ModeCard& card : cards)
        cardH = std::max(
            cardH, 2 * pad + WrapText(ui, ui.Heading(), card.title, cardW - 2 * pad).Height() + ui.Px(12) +
                       WrapText(ui, ui.Body(), card.about, cardW - 2 * pad, Wrap::Balanced).Height());
    const float introH = WrapText(ui, ui.Body(), ui.T("module.quizzes.intro"), width).Height() + ui.Px(16);
    // Topic chips, in rows: a topic is named in the interface text or not offered.
    struct Chip {
        std::string topic, label;
        ImVec2 at; // from the chips' top-left
        float width;
    };
    std::vector<Chip> chips;
    const float chipH = ui.Target();
    float chipX = 0, chipY = 0;
    for (const std::string& topic : view.topics) {
        const std::string key = "quiz.topic." + topic;
        if (!ui.strings.Has(key)) continue;
        const std::string& label = ui.T(key);
        if (ui.atlas) ui.atlas->NeedWidths(ui.Body(), label);
        const float w =
            std::max(ui.Px(160),
                     ui.Body()->CalcTextSizeA(ui.Body()->FontSize, FLT_MAX, 0, label.c_str()).x + ui.Px(64));
        if (chipX > 0 && chipX + w > width) chipX = 0, chipY += chipH + gap;
        chips.push_back({topic, label, ImVec2(chipX, chipY), w});
        chipX += w + gap;
    }
    const float topicsH = chips.empty()
                              ? 0
                              : ui.Px(40) + WrapText(ui, ui.Body(), ui.T("quiz.pick_topic"), width).Height() +
                                    ui.Px(16) + chipY + chipH;
    const float setsLabelH =
        sets.empty() ? 0
                     : ui.Px(40) + WrapText(ui, ui.Body(), ui.T("quiz.pick_set"), width).Height() + ui.Px(16);
    const float total = introH + cardH + topicsH + setsLabelH + CardListHeight(ui, sets, width);

    const ScrollView scroll = DragScroll(ui, area.pos, area.size, total, scrollY);
    const ImVec2 clipMin = area.pos, clipMax(area.pos.x + width, area.pos.y + scroll.height);
    ImGui::PushClipRect(clipMin, clipMax, true);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float y = area.pos.y - scrollY;
    DrawText(ui, ui.Body(), ui.T("module.quizzes.intro"), ImVec2(area.pos.x, y), width, palette::kMutedText);
    y += introH;
    for (std::size_t i = 0; i < cards.size(); ++i) {
        const ModeCard& card = cards[i];
        const ImVec2 pos(area.pos.x + i * (cardW + gap), y);
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(card.testId);
        if (ImGui::InvisibleButton("##mode", ImVec2(cardW, cardH)) && !scroll.dragging)
            ui.actions.push_back({UiAction::Kind::StartQuiz, {}, {}, {}, {}, 0, {}, card.mode});
        const bool held = ImGui::IsItemActive() && !scroll.dragging;
        ImGui::PopID();
        const float top = std::max(pos.y, clipMin.y), bottom = std::min(pos.y + cardH, clipMax.y);
        if (bottom > top) ui.registry.AddWidget(card.testId, card.title, {pos.x, top, cardW, bottom - top});
        const Rgb fill = card.mode == QuizMode::SelfTest    ? palette::kSeniorTile
                         : card.mode == QuizMode::Challenge ? palette::kStoryTile
                                                            : palette::kQuizTile;
        FillRoundedRect(draw, pos, ImVec2(pos.x + cardW, pos.y + cardH),
                        ToImU32(held ? palette::kPressed : fill), ui.Px(24));
        float ty = pos.y + pad;
        ty += DrawText(ui, ui.Heading(), card.title, ImVec2(pos.x + pad, ty), cardW - 2 * pad,
                       palette::kOnDark);
        DrawText(ui, ui.Body(), card.about, ImVec2(pos.x + pad, ty + ui.Px(12)), cardW - 2 * pad,
                 palette::kOnDark, Align::Left, Wrap::Balanced);
    }
    y += cardH;
    if (!chips.empty()) {
        y += ui.Px(40);
        y += DrawText(ui, ui.Body(), ui.T("quiz.pick_topic"), ImVec2(area.pos.x, y), width,
                      palette::kMutedText);
        y += ui.Px(16);
        for (const Chip& chip : chips) {
            const ImVec2 pos(area.pos.x + chip.at.x, y + chip.at.y);
            const std::string id = "topic-" + chip.topic;
            ImGui::SetCursorScreenPos(pos);
            ImGui::PushID(id.c_str());
            if (ImGui::InvisibleButton("##topic", ImVec2(chip.width, chipH)) && !scroll.dragging)
                ui.actions.push_back(
                    {UiAction::Kind::StartQuiz, {}, {}, {}, {}, 0, {}, QuizMode::Practice, 0, chip.topic});
            const bool held = ImGui::IsItemActive() && !scroll.dragging;
            ImGui::PopID();
            const ImVec2 end(pos.x + chip.width, pos.y + chipH);
            FillRoundedRect(draw, pos, end, ToImU32(held ? palette::kPressed : palette::kSurface), chipH / 2);
            draw->AddRect(pos, end, ToImU32(palette::kBorder), chipH / 2, 0, ui.Px(2));
            const float textW =
                ui.Body()->CalcTextSizeA(ui.Body()->FontSize, FLT_MAX, 0, chip.label.c_str()).x;
            DrawText(ui, ui.Body(), chip.label,
                     ImVec2(pos.x + (chip.width - textW) / 2, pos.y + (chipH - ui.Body()->FontSize) / 2),
                     textW + 2, held ? palette::kOnDark : palette::kText);
            const float top = std::max(pos.y, clipMin.y), bottom = std::min(end.y, clipMax.y);
            if (bottom > top) ui.registry.AddWidget(id, chip.label, {pos.x, top, chip.width, bottom - top});
        }
        y += chipY + chipH;
    }
    if (!sets.empty()) {
        y += ui.Px(40);
        y +=
            DrawText(ui, ui.Body(), ui.T("quiz.pick_set"), ImVec2(area.pos.x, y), width, palette::kMutedText);
        y += ui.Px(16);
        DrawCardList(
            ui, sets, ImVec2(area.pos.x, y), width, scroll, clipMin, clipMax, [](const ContentItem& set) {
                return UiAction{UiAction::Kind::StartQuiz, {}, {}, {}, {}, 0, set.id, QuizMode::Practice};
            });
    }
    ImGui::PopClipRect();
    if (scroll.overflows && scrollY + scroll.height < total - 1)
        DrawMoreBelow(ui, clipMax.y, area.pos.x, width);
}

} // namespace kepu
