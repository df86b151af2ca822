// Where everything on the simulated phone's screen goes, in phone units (the phone is kPhoneWidth by
// kPhoneHeight; the app scales it to the kiosk). Pure, so the validator can prove every target is on
// the screen and big enough, the lesson engine's tests can touch it, and the drawer only paints boxes.
// Text heights are estimated from display columns, on the generous side, so drawn text fits its box.
#pragma once
#include "core/tutorial_lesson.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace kepu {

// The phone is drawn at one unit per 1080p pixel (75 % of the screen height; issue 10 asks for 70 %), so a
// phone unit is a kiosk pixel at 1080p: 96 units is the theme's 96 px touch minimum there, and
// the ratio holds at every resolution because both scale with the screen height.
inline constexpr float kPhoneWidth = 372;
inline constexpr float kPhoneHeight = 780;
inline constexpr float kPhoneStatusBar = 36;
inline constexpr float kPhoneTitleBar = 96;
inline constexpr float kPhoneMinTarget = 96;
inline constexpr float kPhonePadding = 16;
inline constexpr float kPhoneGap = 12;
inline constexpr float kPhoneHomeBar = 24; // the gesture bar at the bottom
inline constexpr float kPhoneBezel = 14;   // the body around the screen

// Font sizes in phone units (ImGui sizes: a Chinese character is about size / 1.448 wide).
float PhoneFontSize(PartTextSize size);
inline constexpr float kPhoneTitleFont = 30;
inline constexpr float kPhoneSmallFont = 21;

struct PhoneBox {
    float x = 0, y = 0, w = 0, h = 0;
    bool Contains(float px, float py) const { return px >= x && px < x + w && py >= y && py < y + h; }
    float CenterX() const { return x + w / 2; }
    float CenterY() const { return y + h / 2; }
    float Bottom() const { return y + h; }
};

struct PlacedPart {
    int part = 0; // index into the step's parts
    PhoneBox box;
};

// Everything a finger can touch, by id: parts with an id, and what parts bring with them (the title
// bar's "back", a call's "accept" and "decline", a dialog's buttons, a camera's "shutter", the keys
// "key:0" … of a keypad). hit is box grown to the touch minimum, so a small phone-like thing is still
// easy to hit on the kiosk.
struct PhoneTarget {
    std::string id;
    PhoneBox box;
    PhoneBox hit;
    int part = -1; // the part it belongs to (-1: the title bar)
    int sub = -1;  // a dialog button's or key's index
};

struct PhoneLayout {
    std::vector<PlacedPart> parts; // in drawing order: the flow, then overlays
    std::vector<PhoneTarget> targets;
    float flowTop = 0;
    float flowBottom = 0; // where the flowing parts end
    float flowLimit = 0;  // where they must end (the keypad, the call buttons, the home bar)
    int modalPart = -1;   // a dialog's part: nothing else can be touched
    bool Overflows() const { return flowBottom > flowLimit + 0.5f; }

    const PhoneTarget* Target(std::string_view id) const;
    // The target under a point: a drawn box first, then the grown hit areas (nearest centre).
    const PhoneTarget* TargetAt(float x, float y) const;
    const PlacedPart* Placed(int part) const;
};

// Key ids of a keypad: "key:0", "key:1", …
std::string KeyTargetId(int index);
// The slider's track inside its box: value 0 at its left end, 100 at its right.
PhoneBox SliderTrack(const PhoneBox& sliderBox);
int SliderValueAt(const PhoneBox& sliderBox, float x);
// Estimated lines of text at a font size in a width (generous, so the drawn text fits).
int EstimatedLines(std::string_view text, float fontSize, float width, Lang lang);

PhoneLayout LayOutPhone(const TutorialStep& step, Lang lang);

} // namespace kepu
