// The staff PIN pad state machine.
#include "core/pin_pad.hpp"

#include <algorithm>
#include <utility>

namespace kepu {

bool IsAcceptablePin(const std::string& pin) {
    return pin.size() >= 4 && pin.size() <= PinPad::kMaxDigits &&
           std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

void PinPad::Open(bool pinIsSet) {
    m_pinIsSet = pinIsSet;
    m_digits.clear();
    m_message = Message::None;
}

void PinPad::Key(char digit) {
    if (digit < '0' || digit > '9') return;
    if (m_digits.size() < kMaxDigits) m_digits += digit;
    m_message = Message::None;
}

void PinPad::Delete() {
    if (!m_digits.empty()) m_digits.pop_back();
}

std::optional<std::string> PinPad::Submit(Millis now) {
    if (m_checking || !m_pinIsSet || m_lockout.IsLocked(now)) return std::nullopt;
    if (!IsAcceptablePin(m_digits)) {
        m_message = Message::TooShort;
        return std::nullopt;
    }
    m_checking = true;
    m_message = Message::None;
    return std::exchange(m_digits, {});
}

bool PinPad::Finish(PinVerdict verdict, Millis now) {
    m_checking = false;
    switch (verdict) {
    case PinVerdict::Correct:
        m_lockout.RecordSuccess();
        m_message = Message::None;
        return true;
    case PinVerdict::Wrong:
        m_lockout.RecordFailure(now);
        m_triesLeft = m_lockout.AttemptsLeft(now);
        m_message = m_lockout.IsLocked(now) ? Message::None : Message::Wrong; // the lock is drawn live
        return false;
    case PinVerdict::NoPinSet:
    case PinVerdict::Error: m_message = Message::CheckFailed; return false;
    }
    return false;
}

PinPad::View PinPad::Look(Millis now) const {
    View view;
    view.pinIsSet = m_pinIsSet;
    view.digitsEntered = m_digits.size();
    view.checking = m_checking;
    view.locked = m_lockout.IsLocked(now);
    view.lockSecondsLeft = m_lockout.SecondsLeft(now);
    view.message = view.locked ? Message::None : m_message;
    view.triesLeft = m_triesLeft;
    return view;
}

Millis PinPad::NextChangeAt(Millis now) const {
    if (!m_lockout.IsLocked(now)) return 0;
    return now + 1000 - (m_lockout.LockedUntil() - now) % 1000;
}

SavedLockout PinPad::SaveLockout(const Clock& clock) const {
    const PinLockout::Saved saved = m_lockout.Save();
    const std::int64_t until = saved.lockedUntil == 0 ? 0 : UtcAt(clock, saved.lockedUntil);
    return {saved.failures, saved.locks, until};
}

void PinPad::RestoreLockout(const SavedLockout& saved, const Clock& clock) {
    // "Not locked" (0) stays not locked: converted like a time it would become a lock that expired
    // long ago, and an expired lock clears the count of wrong PINs (a restart bought more guesses).
    const Millis until =
        saved.lockedUntilUtcMs == 0 ? 0 : clock.NowMs() + (saved.lockedUntilUtcMs - clock.UtcMs());
    m_lockout.Restore({saved.failures, saved.locks, until}, clock.NowMs());
}

} // namespace kepu
