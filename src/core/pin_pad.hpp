// The staff PIN pad as a state machine: digits typed, the check in progress, the lockout, and the
// message to show. The app runs the (slow, Argon2id) check as a background job and feeds the verdict
// back; the screen draws PinPad::View. Pure: no files, no threads, time from the caller.
#pragma once
#include "core/admin_gate.hpp"
#include "core/clock.hpp"

#include <cstdint>
#include <optional>
#include <string>

namespace kepu {

enum class PinVerdict { Correct, Wrong, NoPinSet, Error };

// 4 to 12 digits: typed on the kiosk's own number pad.
bool IsAcceptablePin(const std::string& pin);

// The lockout as stored between runs (DATA/admin-lock), in wall-clock time because the monotonic
// clock restarts with the kiosk. lockedUntilUtcMs == 0 means "not locked".
struct SavedLockout {
    int failures = 0;
    int locks = 0;
    std::int64_t lockedUntilUtcMs = 0;
};

class PinPad {
  public:
    static constexpr std::size_t kMaxDigits = 12;
    enum class Message { None, TooShort, Wrong, CheckFailed };

    // The pad opens (the corner gesture): pinIsSet says whether a PIN exists to check against.
    void Open(bool pinIsSet);
    void Key(char digit);
    void Delete();
    // 确定: returns the digits to check when a check should start now (a PIN is set, not locked, not
    // already checking, 4-12 digits); otherwise sets the message and returns nothing.
    std::optional<std::string> Submit(Millis now);
    // The check's verdict. Returns true when the pad unlocks the admin screen.
    bool Finish(PinVerdict verdict, Millis now);
    bool Checking() const { return m_checking; }

    struct View {
        bool pinIsSet = false;
        std::size_t digitsEntered = 0;
        bool checking = false;
        bool locked = false;
        int lockSecondsLeft = 0;
        Message message = Message::None;
        int triesLeft = 0; // with Message::Wrong
    };
    View Look(Millis now) const;
    // When the drawn lock countdown next changes (0 when not locked).
    Millis NextChangeAt(Millis now) const;

    // Lockout persistence, converting between the clock's monotonic and wall readings.
    SavedLockout SaveLockout(const Clock& clock) const;
    void RestoreLockout(const SavedLockout& saved, const Clock& clock);
    const PinLockout& Lockout() const { return m_lockout; }

  private:
    PinLockout m_lockout;
    bool m_pinIsSet = false;
    std::string m_digits;
    bool m_checking = false;
    Message m_message = Message::None;
    int m_triesLeft = 0;
};

} // namespace kepu
