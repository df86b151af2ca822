// Recognising what a finger did on the simulated phone: a tap, a long press (held still for
// kLongPressMs, reported while the finger is still down, as phones do), a swipe, or a slider dragged.
// Pure: positions in phone units, time from the injected clock. Kept in the visitor's ItemProgress.
#pragma once
#include "core/clock.hpp"
#include "core/lesson_engine.hpp"
#include "core/phone_layout.hpp"

#include <optional>
#include <string>

namespace kepu {

class PhoneGesture {
  public:
    static constexpr Millis kLongPressMs = 800;
    // Beyond this distance a press became a swipe (about 8 mm on the kiosk: a trembling finger stays a tap).
    static constexpr float kMoveSlop = 28;

    // target: what the finger came down on ("" for nothing); slider: its box when that is a slider,
    // which the finger then drags.
    void Down(float x, float y, std::string target, std::optional<PhoneBox> slider, Millis now);
    // A dragged slider's new value under the finger.
    std::optional<PhoneInput> Move(float x, float y, Millis now);
    std::optional<PhoneInput> Up(float x, float y, Millis now);
    // The long press, once, when the finger has rested long enough.
    std::optional<PhoneInput> Update(Millis now);
    void Cancel() { m_down = false; }

    bool IsDown() const { return m_down; }
    // When Update has a long press to report (0 when no finger rests).
    Millis LongPressAt() const;
    // How far a resting finger is towards a long press, 0 to 1 (drawn as a filling ring).
    float PressProgress(Millis now) const;
    float X() const { return m_x; }
    float Y() const { return m_y; }

  private:
    bool m_down = false;
    bool m_moved = false;
    bool m_longSent = false;
    float m_startX = 0, m_startY = 0, m_x = 0, m_y = 0;
    Millis m_downAt = 0;
    std::string m_target;
    std::optional<PhoneBox> m_slider;
};

} // namespace kepu
