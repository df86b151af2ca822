// Painting the simulated phone: a modern phone's body, its status bar, and the step's parts in the
// boxes the core layout gave them, with our own generic app icons (no real brand's look). Also the
// hint (a pulsing ring and an arrow) and the demonstration's hand. Every target is registered as a
// widget "phone:ID" (its touch area) so scripts can find and measure it.
#pragma once
#include "app/widgets.hpp"
#include "core/phone_layout.hpp"

#include <string>

namespace kepu {

// Where the phone is drawn: phone units to screen pixels.
struct PhoneFrame {
    ImVec2 origin; // the screen's top-left corner (inside the body)
    float scale = 1;
    ImVec2 At(float x, float y) const { return ImVec2(origin.x + x * scale, origin.y + y * scale); }
    float Len(float v) const { return v * scale; }
    // Phone units under a screen point.
    float UnitX(float px) const { return (px - origin.x) / scale; }
    float UnitY(float py) const { return (py - origin.y) / scale; }
    // The body around the screen (its bezel), in pixels.
    float Bezel() const { return Len(kPhoneBezel); }
};

// The body's outer size for a screen scale, and the scale that makes the body height tall.
ImVec2 PhoneBodySize(float scale);
float PhoneScaleForHeight(float height);

struct PhoneState {
    std::string typed;    // what a type step has typed so far
    int sliderValue = -1; // the dragged slider's value (-1: as written)
    std::string sliderId;
};

void DrawPhone(Ui& ui, const PhoneFrame& frame, const TutorialStep& step, const PhoneLayout& layout,
               const PhoneState& state);
// The hint: a ring pulsing round the target (pulse 0..1; -1 when still) and an arrow from the right.
void DrawPhoneHint(Ui& ui, const PhoneFrame& frame, const PhoneBox& target, float pulse);
// A pointing hand with its fingertip at (x, y) in phone units; pressed draws the touch's ripple.
void DrawHand(Ui& ui, const PhoneFrame& frame, float x, float y, bool pressed, float ring);

} // namespace kepu
