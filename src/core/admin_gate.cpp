// The staff-only way in: corner gesture and PIN lockout.
#include "core/admin_gate.hpp"

#include <algorithm>

namespace kepu {

bool CornerTapDetector::OnTouchDown(float x, float y, Millis now) {
    if (!InCorner(x, y)) {
        m_taps.clear(); // a touch elsewhere means someone is using the screen, not opening admin
        return false;
    }
    m_taps.push_back(now);
    while (!m_taps.empty() && now - m_taps.front() > m_windowMs)
        m_taps.pop_front();
    if (static_cast<int>(m_taps.size()) >= m_tapsNeeded) {
        m_taps.clear();
        return true;
    }
    return false;
}

int PinLockout::SecondsLeft(Millis now) const {
    if (!IsLocked(now)) return 0;
    return static_cast<int>((m_lockedUntil - now + 999) / 1000);
}

void PinLockout::ExpireLock(Millis now) {
    if (m_lockedUntil != 0 && now >= m_lockedUntil) {
        m_lockedUntil = 0;
        m_failures = 0;
    }
}

int PinLockout::AttemptsLeft(Millis now) {
    ExpireLock(now);
    return IsLocked(now) ? 0 : std::max(0, m_attemptsPerRound - m_failures);
}

void PinLockout::RecordFailure(Millis now) {
    ExpireLock(now);
    if (IsLocked(now)) return;
    if (++m_failures >= m_attemptsPerRound) {
        const Millis lockMs = m_firstLockMs << std::min(m_locks, 10); // doubling, capped (~17 h)
        m_lockedUntil = now + lockMs;
        ++m_locks;
    }
}

void PinLockout::Restore(const Saved& saved, Millis now) {
    m_failures = std::clamp(saved.failures, 0, m_attemptsPerRound);
    m_locks = std::clamp(saved.locks, 0, 10);
    const Millis longest = m_firstLockMs << 10;
    m_lockedUntil = saved.lockedUntil > now + longest ? now + longest : saved.lockedUntil;
}

void PinLockout::RecordSuccess() {
    m_failures = 0;
    m_locks = 0;
    m_lockedUntil = 0;
}

} // namespace kepu
