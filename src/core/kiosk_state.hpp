// The kiosk's visitor-facing state machine: which screen shows, the visitor's choices, the
// walk-away reset and the admin gate. Pure logic: the app feeds it touches and time, screens read
// it and call its actions, and it records what happened as events for the participation log.
#pragma once
#include "core/admin_gate.hpp"
#include "core/clock.hpp"
#include "core/idle_timer.hpp"
#include "core/kiosk_types.hpp"

#include <string>
#include <vector>

namespace kepu {

struct KioskSettings {
    Lang defaultLang = Lang::Zh;
    Millis idleMs = 60'000;
    Millis idleMsLargeText = 120'000;
    Millis countdownMs = 20'000;
};

struct VisitorChoices {
    Audience audience = Audience::Unspecified;
    Lang lang = Lang::Zh;
    TextSize textSize = TextSize::Normal;
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
    const VisitorChoices& Choices() const { return m_choices; }
    bool InVisit() const { return m_inVisit; }
    bool IdleWarningShown(Millis now) const;
    int IdleSecondsLeft(Millis now) const { return m_idle.CountdownSecondsLeft(now); }
    bool CanGoBack() const { return m_stack.size() > 1; }

    // Every touch anywhere: keeps the visit alive (also dismisses the idle warning).
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
    const std::string& Item() const { return m_item; }
    void Back(Millis now);
    void GoHome(Millis now);
    void EndVisit(EndReason reason, Millis now);
    void SetLang(Lang lang) { m_choices.lang = lang; }
    void SetTextSize(TextSize size);
    void SetAudience(Audience audience) { m_choices.audience = audience; }

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
    VisitorChoices m_choices;
    std::string m_item;
    bool m_inVisit = false;
    IdleTimer m_idle;
    std::vector<KioskEvent> m_events;
};

} // namespace kepu
