// The kiosk's visitor-facing state machine: which screen shows, the visitor's choices, the
// walk-away reset and the admin gate. Pure logic: the app feeds it touches and time, screens read
// it and call its actions, and it records what happened as events for the participation log.
#pragma once
#include "core/admin_gate.hpp"
#include "core/clock.hpp"
#include "core/idle_timer.hpp"
#include "core/kiosk_types.hpp"
#include "core/visitor_session.hpp"

#include <string>
#include <vector>

namespace kepu {

struct KioskSettings {
    Lang defaultLang = Lang::Zh;
    Millis idleMs = 60'000;
    Millis idleMsLargeText = 120'000;
    Millis countdownMs = 20'000;
};

struct KioskEvent {
    enum class Kind { VisitStarted, VisitEnded, ScreenShown } kind;
    Millis at = 0;
    ScreenId screen = ScreenId::Attract;
    std::string item; // the content item shown, when screen is Item
    EndReason endReason = EndReason::Idle;
    VisitorChoices choices;
};

class KioskState {
  public:
    explicit KioskState(KioskSettings settings);

    ScreenId Screen() const { return m_stack.back(); }
    const VisitorChoices& Choices() const { return m_session.Choices(); }
    // The visitor's session: replaced whole when a visit ends, so screens may keep their place in it.
    VisitorSession& Session() { return m_session; }
    const VisitorSession& Session() const { return m_session; }
    // When the attract screen last came up (its cards rotate from then).
    Millis AttractSince() const { return m_attractSince; }
    bool InVisit() const { return m_inVisit; }
    bool IdleWarningShown(Millis now) const;
    int IdleSecondsLeft(Millis now) const { return m_idle.CountdownSecondsLeft(now); }
    bool CanGoBack() const { return m_stack.size() > 1; }

    // Every touch anywhere: keeps the visit alive (also dismisses the idle warning). A visit that
    // times out ends at its last touch: the wait for "还在吗？" is nobody's dwell time.
    void OnTouch(Millis now);
    // Advances timers; returns true when the screen changed (a reset happened).
    bool Update(Millis now);
    // When something time-driven next changes; the frame loop may sleep until then.
    Millis NextWakeAt(Millis now) const;

    // Visitor actions.
    void StartVisit(Millis now);
    void Open(ScreenId screen, Millis now);
    // A content item from a module screen (quiz set, story, tutorial).
    void OpenItem(std::string itemId, Millis now);
    // The id of the item on screen (empty when none).
    const std::string& Item() const;
    void Back(Millis now);
    void GoHome(Millis now);
    void EndVisit(EndReason reason, Millis now);
    void SetLang(Lang lang) { m_session.Choices().lang = lang; }
    void SetTextSize(TextSize size);
    void SetAudience(Audience audience) { m_session.Choices().audience = audience; }

    // Admin gate: the app reports the gesture and the PIN result.
    void OpenAdminPin(Millis now);
    void AdminUnlocked(Millis now);
    void LeaveAdmin(Millis now);

    std::vector<KioskEvent> TakeEvents();

  private:
    void ShowOnly(ScreenId screen, Millis now);
    void Record(KioskEvent::Kind kind, Millis now);
    void ClearVisitor();

    KioskSettings m_settings;
    std::vector<ScreenId> m_stack{ScreenId::Attract};
    VisitorSession m_session;
    bool m_inVisit = false;
    Millis m_attractSince = 0;
    IdleTimer m_idle;
    std::vector<KioskEvent> m_events;
};

} // namespace kepu
