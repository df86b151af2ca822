// The phone's gesture recogniser.
#include "core/phone_gesture.hpp"

#include <cmath>

namespace kepu {

void PhoneGesture::Down(float x, float y, std::string target, std::optional<PhoneBox> slider, Millis now) {
    m_down = true;
    m_moved = false;
    m_longSent = false;
    m_startX = m_x = x;
    m_startY = m_y = y;
    m_downAt = now;
    m_target = std::move(target);
    m_slider = slider;
}

std::optional<PhoneInput> PhoneGesture::Move(float x, float y, Millis now) {
    (void)now;
    if (!m_down) return std::nullopt;
    m_x = x;
    m_y = y;
    if (std::hypot(x - m_startX, y - m_startY) > kMoveSlop) m_moved = true;
    if (!m_slider || !m_moved) return std::nullopt;
    return PhoneInput{PhoneInput::Kind::SlideTo, m_target, SwipeDirection::Up, SliderValueAt(*m_slider, x)};
}

std::optional<PhoneInput> PhoneGesture::Up(float x, float y, Millis now) {
    if (!m_down) return std::nullopt;
    Move(x, y, now);
    m_down = false;
    if (m_slider && m_moved)
        return PhoneInput{PhoneInput::Kind::SlideEnd, m_target, SwipeDirection::Up,
                          SliderValueAt(*m_slider, x)};
    if (m_moved) {
        const float dx = x - m_startX, dy = y - m_startY;
        const SwipeDirection direction = std::abs(dx) > std::abs(dy)
                                             ? (dx > 0 ? SwipeDirection::Right : SwipeDirection::Left)
                                             : (dy > 0 ? SwipeDirection::Down : SwipeDirection::Up);
        return PhoneInput{PhoneInput::Kind::Swipe, m_target, direction, 0};
    }
    if (m_longSent) return std::nullopt; // already reported while the finger rested
    const bool held = now - m_downAt >= kLongPressMs;
    return PhoneInput{held ? PhoneInput::Kind::LongPress : PhoneInput::Kind::Tap, m_target,
                      SwipeDirection::Up, 0};
}

std::optional<PhoneInput> PhoneGesture::Update(Millis now) {
    if (!m_down || m_moved || m_longSent || now - m_downAt < kLongPressMs) return std::nullopt;
    m_longSent = true;
    return PhoneInput{PhoneInput::Kind::LongPress, m_target, SwipeDirection::Up, 0};
}

Millis PhoneGesture::LongPressAt() const {
    return m_down && !m_moved && !m_longSent ? m_downAt + kLongPressMs : 0;
}

float PhoneGesture::PressProgress(Millis now) const {
    if (!m_down || m_moved) return 0;
    return std::min(1.0f, static_cast<float>(now - m_downAt) / static_cast<float>(kLongPressMs));
}

} // namespace kepu
