// The seniors' classroom: a lesson on the simulated phone. Left, the step counter with 上一步 and
// 再看一遍 (above 返回); in the middle the phone, as tall as a real one held at arm's length (over 70 % of
// the screen); right, the instruction in large type, a gentle word after a wrong try, and the judging
// buttons. The finished lesson shows what was learned and offers the next one.
#include "app/phone_drawing.hpp"
#include "app/screens/screens.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {
namespace {

constexpr float kPhoneShare = 0.72f; // of the screen height: issue 10 asks for at least 70 %

PhoneState StateOf(const LessonEngine& engine) {
    PhoneState state;
    state.typed = engine.Typed();
    if (engine.Step().action == PhoneAction::Slide) {
        state.sliderId = engine.Step().target;
        state.sliderValue = engine.SliderValue();
    }
    return state;
}

// The learner's finger on the phone: gestures become PhoneTouch actions (never while a demo plays).
void HandlePhoneInput(Ui& ui, const PhoneFrame& frame, const TutorialStep& step, const PhoneLayout& layout,
                      PhoneGesture& gesture, Millis now) {
    const ImGuiIO& io = ImGui::GetIO();
    const float ux = frame.UnitX(io.MousePos.x), uy = frame.UnitY(io.MousePos.y);
    const bool inside = ux >= 0 && ux < kPhoneWidth && uy >= 0 && uy < kPhoneHeight;
    const auto emit = [&](const std::optional<PhoneInput>& input) {
        if (!input) return;
        UiAction action{UiAction::Kind::PhoneTouch};
        action.phone = *input;
        ui.actions.push_back(action);
    };
    if (io.MouseClicked[0] && inside) {
        const PhoneTarget* target = layout.TargetAt(ux, uy);
        // A finger that comes down on a slider drags it.
        std::optional<PhoneBox> slider;
        if (target && target->part >= 0 &&
            step.parts[static_cast<std::size_t>(target->part)].kind == PartKind::Slider)
            if (const PlacedPart* placed = layout.Placed(target->part)) slider = placed->box;
        gesture.Down(ux, uy, target ? target->id : std::string(), slider, now);
    } else if (gesture.IsDown() && io.MouseDown[0]) {
        emit(gesture.Move(ux, uy, now));
    }
    if (gesture.IsDown() && io.MouseReleased[0]) emit(gesture.Up(ux, uy, now));
}

// Where the demonstration's hand is at progress t, and whether it presses.
struct HandPose {
    float x, y;
    bool pressed;
    float ring;
};

float Ease(float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    return t * t * (3 - 2 * t);
}

HandPose DemoPose(const LessonEngine& engine, const PhoneLayout& layout, float t) {
    const TutorialStep& step = engine.Step();
    const float restX = kPhoneWidth * 0.8f, restY = kPhoneHeight * 0.9f;
    const PhoneTarget* target = step.target.empty() ? nullptr : layout.Target(step.target);
    float tx = target ? target->box.CenterX() : kPhoneWidth / 2,
          ty = target ? target->box.CenterY() : kPhoneHeight / 2;
    const auto approach = [&](float x, float y, float until) {
        const float e = Ease(t / until);
        return HandPose{restX + (x - restX) * e, restY + (y - restY) * e, false, 0};
    };
    switch (step.action) {
    case PhoneAction::Tap:
        if (t < 0.45f) return approach(tx, ty, 0.45f);
        return {tx, ty, t < 0.7f, 0};
    case PhoneAction::LongPress:
        if (t < 0.3f) return approach(tx, ty, 0.3f);
        return {tx, ty, t < 0.9f, std::clamp((t - 0.3f) / 0.55f, 0.0f, 1.0f)};
    case PhoneAction::Swipe: {
        const float dx = step.direction == SwipeDirection::Left    ? -1
                         : step.direction == SwipeDirection::Right ? 1
                                                                   : 0;
        const float dy = step.direction == SwipeDirection::Up     ? -1
                         : step.direction == SwipeDirection::Down ? 1
                                                                  : 0;
        const float len = dx != 0 ? 200 : 300;
        float sx = tx - dx * len / 2, sy = ty - dy * len / 2;
        if (!target) sx = kPhoneWidth / 2 - dx * len / 2, sy = kPhoneHeight / 2 - dy * len / 2;
        if (t < 0.3f) return approach(sx, sy, 0.3f);
        const float e = Ease((t - 0.35f) / 0.45f);
        return {sx + dx * len * e, sy + dy * len * e, t >= 0.3f && t < 0.85f, 0};
    }
    case PhoneAction::Slide: {
        const PlacedPart* placed = target ? layout.Placed(target->part) : nullptr;
        if (!placed) return {restX, restY, false, 0};
        const PhoneBox track = SliderTrack(placed->box);
        const PhonePart* slider = step.FindPart(step.target);
        const float from = track.x + track.w * static_cast<float>(slider ? slider->value : 0) / 100;
        const float to = track.x + track.w * static_cast<float>(step.value) / 100;
        if (t < 0.3f) return approach(from, track.CenterY(), 0.3f);
        const float e = Ease((t - 0.35f) / 0.5f);
        return {from + (to - from) * e, track.CenterY(), t < 0.9f, 0};
    }
    case PhoneAction::Type: {
        // The keys of the text, one after another.
        std::vector<const PhoneTarget*> keys;
        for (int key : step.KeyPresses())
            keys.push_back(layout.Target(KeyTargetId(key)));
        if (keys.empty() || !keys[0]) return {restX, restY, false, 0};
        const float lead = 0.15f, each = (1 - lead) / static_cast<float>(keys.size());
        if (t < lead) return approach(keys[0]->box.CenterX(), keys[0]->box.CenterY(), lead);
        const std::size_t i = std::min(keys.size() - 1, static_cast<std::size_t>((t - lead) / each));
        const float local = (t - lead - each * static_cast<float>(i)) / each;
        const PhoneTarget* key = keys[i] ? keys[i] : keys[0];
        const PhoneTarget* prev = i > 0 && keys[i - 1] ? keys[i - 1] : key;
        const float e = Ease(local / 0.5f);
        const float x = prev->box.CenterX() + (key->box.CenterX() - prev->box.CenterX()) * e;
        const float y = prev->box.CenterY() + (key->box.CenterY() - prev->box.CenterY()) * e;
        return {x, y, local > 0.55f && local < 0.85f, 0};
    }
    case PhoneAction::Judge: break;
    }
    return {restX, restY, false, 0};
}

void DrawCompletion(Ui& ui, const TutorialScreenView& view, const ContentArea& area) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const Tutorial* lesson = view.item ? view.item->AsTutorial() : nullptr;
    const float cardW = std::min(area.size.x, ui.Px(1300));
    const float x = area.pos.x + (area.size.x - cardW) / 2;
    float y = area.pos.y + ui.Px(10);
    FillRoundedRect(draw, ImVec2(x, y), ImVec2(x + cardW, area.pos.y + area.size.y),
                    ToImU32(palette::kSurface), ui.Px(24));
    const float r = ui.Px(44);
    const ImVec2 c(x + ui.Px(40) + r, y + ui.Px(36) + r);
    draw->AddCircleFilled(c, r, ToImU32(palette::kRight), 32);
    draw->AddLine(ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x - r * 0.1f, c.y + r * 0.35f),
                  ToImU32(palette::kOnDark), ui.Px(8));
    draw->AddLine(ImVec2(c.x - r * 0.1f, c.y + r * 0.35f), ImVec2(c.x + r * 0.5f, c.y - r * 0.35f),
                  ToImU32(palette::kOnDark), ui.Px(8));
    const float textX = c.x + r + ui.Px(32), textW = x + cardW - ui.Px(40) - textX;
    ImFont* large = ui.textSize == TextSize::Large ? ui.Body() : ui.Heading(); // as the panel's, for room
    y += ui.Px(36);
    y +=
        DrawText(ui, ui.Heading(), ui.T("lesson.done"), ImVec2(textX, y), textW, palette::kRight) + ui.Px(12);
    y += DrawText(ui, ui.Body(), ui.T("lesson.learned"), ImVec2(textX, y), textW, palette::kMutedText) +
         ui.Px(12);
    if (lesson)
        for (const LocalText& line : lesson->learned) {
            draw->AddCircleFilled(ImVec2(textX + ui.Px(10), y + ui.Body()->FontSize * 0.55f), ui.Px(8),
                                  ToImU32(palette::kSeniorTile));
            y += DrawText(ui, large, line.In(ui.lang), ImVec2(textX + ui.Px(36), y), textW - ui.Px(36),
                          palette::kText) +
                 ui.Px(8);
        }
    // The buttons: the next lesson first (the one most want), then again, then the list.
    const float bh = ui.Target(), gap = ui.Gap();
    float by = area.pos.y + area.size.y - bh - ui.Px(30);
    const float bw = (cardW - ui.Px(80) - 2 * gap) / 3;
    float bx = x + ui.Px(40);
    if (view.next) {
        const std::string label =
            ui.strings.Format("lesson.next", ui.lang, {{"title", view.next->title.In(ui.lang)}});
        if (Button(ui, "lesson-next", label, ImVec2(bx, by), ImVec2(bw, bh),
                   {palette::kSeniorTile, palette::kOnDark, palette::kSeniorTile}, ui.Body())) {
            UiAction action{UiAction::Kind::OpenLesson};
            action.item = view.next->id;
            ui.actions.push_back(action);
        }
    }
    bx += bw + gap;
    if (Button(ui, "lesson-again", ui.T("lesson.again"), ImVec2(bx, by), ImVec2(bw, bh), kLightButton,
               ui.Body()))
        ui.actions.push_back({UiAction::Kind::LessonRestart});
    bx += bw + gap;
    if (Button(ui, "lesson-list", ui.T("lesson.back"), ImVec2(bx, by), ImVec2(bw, bh), kLightButton,
               ui.Body()))
        ui.actions.push_back({UiAction::Kind::Back});
    (void)by;
}

// The panel beside the phone: what to do now, and how it went.
void DrawPanel(Ui& ui, const LessonEngine& engine, ImVec2 pos, float width, float bottom, Millis now) {
    const TutorialStep& step = engine.Step();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    float y = pos.y;
    // The instruction in large type in both modes: the heading type in normal text, the large body type
    // in large text (its heading type would leave no room for an explanation beside the phone).
    ImFont* large = ui.textSize == TextSize::Large ? ui.Body() : ui.Heading();
    if (!engine.Explaining()) { // once judged, the explanation takes the question's place
        if (engine.Praising(now) && engine.StepIndex() > 0)
            y += DrawText(ui, large, ui.T("lesson.right"), ImVec2(pos.x, y), width, palette::kRight) +
                 ui.Px(12);
        y += DrawText(ui, large, step.instruction.In(ui.lang), ImVec2(pos.x, y), width, palette::kText) +
             ui.Gap();
    }
    const float pad = ui.Px(24);
    if (step.action == PhoneAction::Judge) {
        const float bh = ui.Target() * 1.1f, gap = ui.Gap();
        if (!engine.Explaining()) {
            const float bw = (width - gap) / 2;
            if (Button(ui, "lesson-scam", ui.T(step.rumour ? "lesson.is_rumour" : "lesson.is_scam"),
                       ImVec2(pos.x, y), ImVec2(bw, bh),
                       {palette::kDanger, palette::kOnDark, palette::kDanger}, large)) {
                UiAction action{UiAction::Kind::LessonJudge};
                action.index = 1;
                ui.actions.push_back(action);
            }
            if (Button(ui, "lesson-not-scam", ui.T(step.rumour ? "lesson.not_rumour" : "lesson.not_scam"),
                       ImVec2(pos.x + bw + gap, y), ImVec2(bw, bh),
                       {palette::kRight, palette::kOnDark, palette::kRight}, large)) {
                UiAction action{UiAction::Kind::LessonJudge};
                action.index = 0;
                ui.actions.push_back(action);
            }
            return;
        }
        const bool right = engine.JudgedRight();
        // The explanation says what the message was and why; the line above it says how the learner did.
        const std::string& verdict = right ? ui.T("lesson.judged_right") : ui.T("lesson.judged_wrong");
        // 下一步 must stay on screen: on a small screen in large text the explanation steps down to the
        // normal body type when it would push the button below the panel.
        const float boxTop = y, inner = width - 2 * pad;
        ImFont* verdictFont = large;
        ImFont* explainFont = ui.Body();
        const auto boxHeight = [&] {
            return WrapText(ui, verdictFont, verdict, inner).Height() + ui.Px(12) +
                   WrapText(ui, explainFont, step.explain.In(ui.lang), inner).Height() + 2 * pad;
        };
        if (boxTop + boxHeight() + gap + bh > bottom) {
            verdictFont = ui.fonts.Heading(TextSize::Normal);
            explainFont = ui.fonts.Body(TextSize::Normal);
        }
        const float boxH = boxHeight();
        FillRoundedRect(draw, ImVec2(pos.x, boxTop), ImVec2(pos.x + width, boxTop + boxH),
                        ToImU32(right ? palette::kRightTint : palette::kStoryTint), ui.Px(18));
        y += pad;
        y += DrawText(ui, verdictFont, verdict, ImVec2(pos.x + pad, y), inner,
                      right ? palette::kRight : palette::kStoryTile) +
             ui.Px(12);
        DrawText(ui, explainFont, step.explain.In(ui.lang), ImVec2(pos.x + pad, y), inner, palette::kText);
        y = std::min(boxTop + boxH + gap, bottom - bh);
        const float bw = std::min(width, ui.Px(360));
        if (Button(ui, "lesson-continue", ui.T("lesson.continue"), ImVec2(pos.x + width - bw, y),
                   ImVec2(bw, bh), {palette::kSeniorTile, palette::kOnDark, palette::kSeniorTile}, large))
            ui.actions.push_back({UiAction::Kind::LessonContinue});
        return;
    }
    if (engine.ShowsRetry()) {
        const std::string& retry = step.retry.In(ui.lang);
        ImFont* font = ui.Body(); // the normal body type when a small screen leaves no room for the large
        if (y + WrapText(ui, font, retry, width - 2 * pad).Height() + 2 * pad > bottom)
            font = ui.fonts.Body(TextSize::Normal);
        const float h = WrapText(ui, font, retry, width - 2 * pad).Height();
        FillRoundedRect(draw, ImVec2(pos.x, y), ImVec2(pos.x + width, y + h + 2 * pad),
                        ToImU32(palette::kStoryTint), ui.Px(18));
        DrawText(ui, font, retry, ImVec2(pos.x + pad, y + pad), width - 2 * pad, palette::kStoryTile);
        y += h + 2 * pad + ui.Gap();
    }
    const std::string& line = engine.DemoPlaying(now) ? ui.T("lesson.demo_playing") : ui.T("lesson.hint");
    if (!engine.DemoPlaying(now) && !engine.HintShown(now)) return;
    ImFont* font = ui.Body();
    if (y + WrapText(ui, font, line, width).Height() > bottom) font = ui.fonts.Body(TextSize::Normal);
    if (y + WrapText(ui, font, line, width).Height() > bottom) return; // the phone shows them anyway
    DrawText(ui, font, line, ImVec2(pos.x, y), width,
             engine.DemoPlaying(now) ? palette::kMutedText : palette::kAccent);
}

} // namespace

void DrawTutorialScreen(Ui& ui, const TutorialScreenView& view, ItemProgress& progress) {
    const ContentArea area =
        DrawScreenFrame(ui, view.item ? view.item->title.In(ui.lang) : ui.T("item.missing"), false);
    const LessonEngine* engine = progress.lesson.get();
    if (!engine) return;
    if (engine->Finished()) {
        DrawCompletion(ui, view, area);
        return;
    }
    const ThemeMetrics& m = ui.metrics;
    const float headerH = m.headerHeight * (ui.textSize == TextSize::Large ? 1.15f : 1.0f);
    const float columnW = ui.Px(ui.textSize == TextSize::Large ? 400 : 320); // the footer's 返回 below it
    // The phone rises from the footer between 返回 and 首页, so it can be as tall as a phone in the hand.
    const float top = headerH + ui.Px(12);
    // A phone unit is a 1080p pixel, so the 96-unit touch areas are the theme's touch minimum: the body
    // is then 75 % of the screen's height.
    const float scale = std::max(ui.metrics.scale, PhoneScaleForHeight(kPhoneShare * ui.screen.y));
    const ImVec2 body = PhoneBodySize(scale);
    const float phoneX = area.pos.x + columnW + ui.Gap() * 2;
    PhoneFrame frame{ImVec2(phoneX + kPhoneBezel * scale, top + kPhoneBezel * scale), scale};

    // Left: where the learner is, and the two ways to get help.
    const std::string where = ui.strings.Format(
        "lesson.step", ui.lang,
        {{"n", std::to_string(engine->StepIndex() + 1)}, {"total", std::to_string(engine->StepCount())}});
    float ly = area.pos.y;
    ly +=
        DrawText(ui, ui.Heading(), where, ImVec2(area.pos.x, ly), columnW, palette::kSeniorTile) + ui.Px(10);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float dot = ui.Px(14), dotGap = ui.Px(10);
    const int perRow = std::max(1, static_cast<int>((columnW + dotGap) / (dot + dotGap)));
    for (int i = 0; i < engine->StepCount(); ++i) {
        const ImVec2 c(area.pos.x + dot / 2 + (i % perRow) * (dot + dotGap),
                       ly + dot / 2 + (i / perRow) * (dot + dotGap));
        if (i <= engine->StepIndex())
            draw->AddCircleFilled(c, dot / 2, ToImU32(palette::kSeniorTile), 16);
        else
            draw->AddCircle(c, dot / 2 - ui.Px(1), ToImU32(palette::kBorder), 16, ui.Px(2));
    }
    ly += ((engine->StepCount() - 1) / perRow + 1) * (dot + dotGap) + ui.Gap();
    const ImVec2 buttonSize(columnW, ui.Target());
    const bool judge = engine->Step().action == PhoneAction::Judge;
    if (!judge) { // a judging step has nothing to demonstrate: the answer is the learner's own
        if (Button(ui, "lesson-demo", ui.T("lesson.demo"), ImVec2(area.pos.x, ly), buttonSize,
                   {palette::kSeniorTile, palette::kOnDark, palette::kSeniorTile}, ui.Body()))
            ui.actions.push_back({UiAction::Kind::LessonDemo});
        ly += buttonSize.y + ui.Gap();
    }
    if (engine->StepIndex() > 0 &&
        Button(ui, "lesson-previous", ui.T("lesson.previous"), ImVec2(area.pos.x, ly), buttonSize,
               kLightButton, ui.Body(), ButtonIcon::Back))
        ui.actions.push_back({UiAction::Kind::LessonBack});

    // Middle: the phone.
    const PhoneLayout layout = LayOutPhone(engine->Step(), ui.lang);
    DrawPhone(ui, frame, engine->Step(), layout, StateOf(*engine));
    const Millis now = view.now;
    if (engine->DemoPlaying(now)) {
        const HandPose pose = DemoPose(*engine, layout, engine->DemoProgress(now));
        DrawHand(ui, frame, pose.x, pose.y, pose.pressed, pose.ring);
    } else {
        if (engine->HintShown(now) && !engine->Step().target.empty())
            if (const PhoneTarget* target = layout.Target(engine->Step().target)) {
                const float pulse =
                    engine->HintPulsing(now)
                        ? 0.5f + 0.5f * std::sin(static_cast<float>(now % 1200) / 1200.0f * 6.2832f)
                        : -1;
                DrawPhoneHint(ui, frame, target->box, pulse);
            }
        // A finger resting for a long press sees a ring fill round it.
        if (const float held = progress.gesture.PressProgress(now);
            held > 0.15f && engine->Step().action == PhoneAction::LongPress) {
            const ImVec2 c = frame.At(progress.gesture.X(), progress.gesture.Y());
            draw->PathArcTo(c, frame.Len(48), -1.5708f, -1.5708f + held * 6.2832f, 32);
            draw->PathStroke(ToImU32(palette::kAccent), 0, frame.Len(8));
        }
    }
    // The learner's own touch counts during the demonstration too, and stops it (the engine's Act).
    HandlePhoneInput(ui, frame, engine->Step(), layout, progress.gesture, now);

    // Right: the instruction panel.
    const float panelX = phoneX + body.x + ui.Gap() * 3;
    DrawPanel(ui, *engine, ImVec2(panelX, area.pos.y), area.pos.x + area.size.x - panelX,
              area.pos.y + area.size.y, now);
}

} // namespace kepu
