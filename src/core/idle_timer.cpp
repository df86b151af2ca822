// The walk-away timer: quiet spell, then a countdown warning, then expiry.
#include "core/idle_timer.hpp"

namespace kepu {

IdlePhase IdleTimer::Phase(Millis now) const {
    const Millis quiet = now - m_lastTouch;
    if (quiet < m_quietMs) return IdlePhase::Active;
    if (quiet < m_quietMs + m_countdownMs) return IdlePhase::Warning;
    return IdlePhase::Expired;
}

int IdleTimer::CountdownSecondsLeft(Millis now) const {
    const Millis left = m_lastTouch + m_quietMs + m_countdownMs - now;
    if (left <= 0) return 0;
    return static_cast<int>((left + 999) / 1000);
}

Millis IdleTimer::NextChangeAt(Millis now) const {
    const Millis warnAt = m_lastTouch + m_quietMs;
    if (now < warnAt) return warnAt;
    const Millis expireAt = warnAt + m_countdownMs;
    if (now >= expireAt) return now;
    // The next whole-second boundary of the countdown.
    const Millis left = expireAt - now;
    const Millis toNextSecond = left % 1000 == 0 ? 1000 : left % 1000;
    return now + toNextSecond;
}

} // namespace kepu
