// Will a text fit its box on screen? Measured in display columns, as terminals do: a Chinese
// character (or any full-width one) counts 2, a Latin letter or digit 1. Each kind of text has a
// limit that fits its box at 1080p in large-text mode, where the kiosk is tightest.
#pragma once
#include <string_view>

namespace kepu {

int DisplayWidth(std::string_view utf8);

enum class TextBox {
    PackTitle,
    ItemTitle, // module list cards, item screen title bar
    Summary,   // module list cards
    HighlightTitle,
    HighlightText, // attract-screen card
    Question,
    Choice, // one answer button
    Explanation,
    Name, // a scientist's name and the like
    // The seniors' lessons: the panel beside the phone, and texts on the phone.
    Instruction,  // a step's instruction (also a wrong try's message)
    JudgeExplain, // why a message is (or is not) a scam
    Learned,      // one of a lesson's three lines on its completion screen
    PhoneTitle,   // an app's title bar
    PhoneLabel,   // an icon's label, a key
    PhoneText,    // rows, bubbles, buttons, dialogs, messages on the phone
};

struct TextBoxLimit {
    const char* what;   // for messages: "an answer choice"
    const char* whatZh; // the same in Chinese: "答案选项"
    int columns;        // display columns at most
};

TextBoxLimit LimitOf(TextBox box);

} // namespace kepu
