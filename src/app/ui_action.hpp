// What a screen asks for when a visitor taps something. Screens only emit these; the app applies
// them to the kiosk state after the frame.
#pragma once
#include "core/kiosk_types.hpp"
#include "core/lesson_engine.hpp"
#include "core/quiz_types.hpp"

#include <string>

namespace kepu {

struct UiAction {
    enum class Kind {
        StartVisit,
        Open,
        OpenItem,
        Back,
        Home,
        SetLang,
        SetTextSize,
        SetAudience,
        PinKey,
        PinDelete,
        PinSubmit,
        LeaveAdmin,
        QuitKiosk,
        ReloadContent,
        StartQuiz,  // quizMode; item: the quiz set picked, or topic: the topic picked; neither: the visitor's
                    // group
        QuizChoose, // index: the choice's displayed position (a multiple-choice question ticks it)
        QuizSubmit, // a multiple-choice question's ticked choices are the answer
        QuizNext,
        QuizRetry,
        StartRelatedQuiz, // item: the story whose related questions are asked
        OpenStory,        // item: the story of the day, opened from the attract screen (starts a visit)
        PhoneTouch,       // phone: a gesture on the lesson's simulated phone
        LessonJudge,      // index: 1 是骗局, 0 不是骗局
        LessonContinue,   // after a judging step's explanation
        LessonBack,       // 上一步
        LessonDemo,       // 再看一遍
        LessonRestart,    // 再学一遍, from the completion screen
        OpenLesson,       // item: the next lesson, from the completion screen
    };
    Kind kind;
    ScreenId screen = ScreenId::Home;
    Lang lang = Lang::Zh;
    TextSize textSize = TextSize::Normal;
    Audience audience = Audience::Unspecified;
    char digit = 0;
    std::string item{}; // OpenItem: the content item's id
    QuizMode quizMode = QuizMode::Practice;
    int index = 0;
    std::string topic{};
    PhoneInput phone{};
};

} // namespace kepu
