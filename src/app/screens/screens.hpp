// One draw function per screen (each in its own file). A screen draws from what it is given and
// emits UiActions; it never touches files, the database or the kiosk state directly.
#pragma once
#include "app/story_layout.hpp"
#include "app/ui_action.hpp"
#include "app/widgets.hpp"
#include "core/clock.hpp"
#include "core/content_catalog.hpp"
#include "core/quiz_engine.hpp"
#include "core/visitor_session.hpp"

#include <functional>

#include <string>
#include <vector>

namespace kepu {

// Shared frame of the visitor screens: a title bar and a footer with 返回 and 首页.
struct ContentArea {
    ImVec2 pos;
    ImVec2 size;
};
// titleEndX: where the title must end (switches beside it), 0 for the screen's margin.
ContentArea DrawScreenFrame(Ui& ui, const std::string& title, bool homeIsCurrent, float titleEndX = 0);
// The language and text-size switches at the right of the title bar (home, the story reader), drawn
// after the frame; TextSwitchesLeft: the left edge of the leftmost, where a title must stop.
void DrawTextSwitches(Ui& ui);
float TextSwitchesLeft(const Ui& ui);
// The hint under a scrolling list or text that there is more below (向上滑动查看更多): a strip of
// MoreBelowHeight at y, the text centred in [x, x + width) after a drawn triangle.
float MoreBelowHeight(const Ui& ui);
// A region scrolled by dragging: a finger moving over it moves it, like on a phone, and a drag is
// never taken for a tap on what it started on. Content taller than the region leaves a strip at its
// bottom for the "more below" hint, so the hint never covers it (a drag may start on the strip).
// Clamps scrollY; returns the height the content shows in, and whether a drag is moving it (so the
// press is not a tap).
struct ScrollView {
    float height;
    bool overflows;
    bool dragging;
};
ScrollView DragScroll(const Ui& ui, ImVec2 pos, ImVec2 size, float contentHeight, float& scrollY);
void DrawMoreBelow(Ui& ui, float y, float x, float width);

// storyOfTheDay: the 今日故事 card that opens it; null without stories.
void DrawAttractScreen(Ui& ui, const std::vector<const Highlight*>& highlights, int highlightIndex,
                       const std::string& kioskTitle, const ContentItem* storyOfTheDay);
void DrawHomeScreen(Ui& ui, Audience audience);
// scrollY: the list's position, kept in the visitor's session (back from an item: same place).
void DrawModuleScreen(Ui& ui, Module module, const std::vector<const ContentItem*>& items, float& scrollY);

// Content items as tappable cards (title, summary, chevron) from top, inside a list that scrolls in
// view: CardListHeight first (for the scrolling), then DrawCardList; a tap emits tapAction(item).
float CardListHeight(const Ui& ui, const std::vector<const ContentItem*>& items, float width);
void DrawCardList(Ui& ui, const std::vector<const ContentItem*>& items, ImVec2 topLeft, float width,
                  const ScrollView& view, ImVec2 clipMin, ImVec2 clipMax,
                  const std::function<UiAction(const ContentItem&)>& tapAction);

// The quizzes module: the three ways to play (practice for the visitor's group, the challenge, the
// self-test when the content has enough for it), then the quiz sets to pick from.
struct QuizMenuView {
    Audience audience = Audience::Unspecified;
    bool canPractise = false;
    bool canSelfTest = false;
    std::vector<std::string> topics; // topic ids with a practice of their own
};
void DrawQuizMenuScreen(Ui& ui, const QuizMenuView& view, const std::vector<const ContentItem*>& sets,
                        float& scrollY);

// A quiz in progress or finished: the question, its feedback, the results.
inline constexpr Millis kQuizCheerMs = 800; // a right answer's animation
struct QuizScreenView {
    const QuizEngine* engine = nullptr;
    const ItemProgress* progress = nullptr;
    std::vector<const QuizQuestion*> questions; // by the engine's index; null if its pack went away
    std::string title;
    Millis now = 0;
};
void DrawQuizScreen(Ui& ui, const QuizScreenView& view, float& scrollY);

// A story in the reader. layout: the app's cache, rebuilt here when the language, text size, width or
// content changes; reading: the visitor's place (in their ItemProgress).
struct StoryScreenView {
    const ContentItem* item = nullptr;
    StoryLayout* layout = nullptr;
    int contentGeneration = 0;
    bool canQuiz = false; // the related questions are loaded
    Millis now = 0;
};
void DrawStoryScreen(Ui& ui, const StoryScreenView& view, StoryReading& reading);

// A seniors' lesson on the simulated phone, or its completion screen. progress: the visitor's lesson
// engine and the finger on the phone (in their ItemProgress). next: the lesson offered next, or null.
struct TutorialScreenView {
    const ContentItem* item = nullptr;
    const ContentItem* next = nullptr;
    Millis now = 0;
};
void DrawTutorialScreen(Ui& ui, const TutorialScreenView& view, ItemProgress& progress);

// scrollY: the reading position, kept in the visitor's ItemProgress.
void DrawItemScreen(Ui& ui, const ContentItem* item, float& scrollY);

struct PinPadView {
    bool pinIsSet = false;
    std::size_t digitsEntered = 0;
    bool checking = false;
    std::string message; // already localised: wrong PIN, locked, how to set one
    bool messageIsError = false;
    bool locked = false;
};
void DrawAdminPinScreen(Ui& ui, const PinPadView& view);

struct AdminView {
    std::string version;
    std::string kioskId;
    std::string siteName;
    std::string contentSummary;
    std::string logSummary;
    std::vector<std::string> contentProblems;
    std::vector<std::string> notices;
    bool reloading = false;
};
void DrawAdminScreen(Ui& ui, const AdminView& view);

void DrawIdleOverlay(Ui& ui, int secondsLeft);

} // namespace kepu
