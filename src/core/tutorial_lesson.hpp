// A seniors' smartphone lesson as written in tutorials/NAME.toml: steps, each a screen of the simulated
// phone made of parts, the instruction, and the one right action. The format is docs/content-format.md §5.
#pragma once
#include "core/local_text.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kepu {

// What a step asks the learner to do.
enum class PhoneAction { Tap, LongPress, Swipe, Slide, Type, Judge };
enum class SwipeDirection { Up, Down, Left, Right };

enum class PartKind {
    Icon,         // a home-screen app icon; consecutive icons form a grid
    Row,          // a list row
    Toggle,       // a row with a switch
    Slider,       // a labelled slider, 0–100
    Bubble,       // a chat bubble
    Text,         // plain text: a message body, an article
    Button,       // a full-width button
    Input,        // a text field
    Keypad,       // the on-screen keys a `type` step is typed with
    Dialog,       // a dialog over the screen, with one or two buttons
    Notification, // a banner at the top
    Call,         // a full incoming-call screen: accept / decline
    InCall,       // a full in-call screen: hang-up, mute, switch-camera
    Camera,       // a full viewfinder with a shutter, maybe a QR code
    Map,          // a simple drawn map
};

enum class PartStyle { Normal, Primary, Danger };
enum class PartTextSize { Small, Normal, Large };

struct DialogButton {
    std::string id;
    LocalText text;
    PartStyle style = PartStyle::Normal;
};

// One part of a phone screen. Which fields a kind uses is in the format document; the loader fills
// only those.
struct PhonePart {
    PartKind kind = PartKind::Text;
    SourcePlace place;
    std::string id;     // empty for parts that are not touched
    LocalText text;     // icon label, row/toggle/slider/bubble/text/button/dialog/notification text, caller
    LocalText detail;   // row detail, bubble sender, input placeholder, dialog title, notification app, note
    std::string icon;   // icon and row: one of kPhoneIcons
    std::string number; // call: the number shown
    std::vector<std::string> keys; // keypad
    std::vector<DialogButton> buttons;
    PartStyle style = PartStyle::Normal;
    PartTextSize size = PartTextSize::Normal;
    int value = 0;       // slider
    bool on = false;     // toggle
    bool fromMe = false; // bubble
    bool photo = false;  // bubble: a photo instead of text
    bool video = false;  // in-call
    bool qr = false;     // camera
    bool secret = false; // input: shows dots, as a phone does for a PIN or password
};

struct TutorialStep {
    SourcePlace place;
    LocalText instruction;
    PhoneAction action = PhoneAction::Tap;
    std::string target; // the part (or derived target such as "accept", "back") acted on
    SourcePlace targetPlace;
    SwipeDirection direction = SwipeDirection::Up;
    int value = 0;       // slide: the goal, 0–100
    std::string text;    // type: what is typed
    LocalText retry;     // a wrong action's gentle message
    bool scam = false;   // judge: the message is a scam (or, about a rumour, false)
    bool rumour = false; // judge: the question is 是谣言吗 (a rumour) rather than 是骗局吗 (a scam)
    LocalText explain;   // judge: why
    LocalText app;       // the title bar, empty for none
    std::vector<PhonePart> parts;

    bool HasTitleBar() const { return !app.zh.empty(); }
    // The slider, keypad or input this step works on, or null.
    const PhonePart* FindPart(std::string_view id) const;
    const PhonePart* Keypad() const;
    // A type step's keys, in order, that type its text with the fewest presses (indexes into the
    // keypad's keys); empty when the keys cannot type it. The validator, the demonstration and the
    // script player share this one answer.
    std::vector<int> KeyPresses() const;
};

struct Tutorial {
    std::vector<LocalText> learned; // three lines for the completion screen
    std::string next;               // the lesson offered next (may be empty)
    SourcePlace nextPlace;
    std::vector<TutorialStep> steps;
};

// The icons we draw, as named in content.
inline constexpr std::string_view kPhoneIcons[] = {
    "chat",    "camera", "health", "travel",  "pay",    "settings", "phone", "message", "photos", "weather",
    "browser", "scan",   "wifi",   "display", "person", "video",    "lock",  "bell",    "warning"};
inline constexpr std::string_view kDefaultKeys[] = {"1", "2", "3", "4", "5", "6",
                                                    "7", "8", "9", "*", "0", "#"};

std::string_view PhoneActionName(PhoneAction action);
std::string_view PartKindName(PartKind kind);

} // namespace kepu
