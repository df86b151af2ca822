// The kiosk's visitor-facing state machine.
#include "core/kiosk_state.hpp"

#include <algorithm>
#include <utility>

namespace kepu {

namespace {
constexpr std::array<std::pair<ScreenId, std::string_view>, 8> kScreenNames = {{
    {ScreenId::Attract, "attract"},
    {ScreenId::Home, "home"},
    {ScreenId::Quizzes, "quizzes"},
    {ScreenId::Stories, "stories"},
    {ScreenId::Seniors, "seniors"},
    {ScreenId::Item, "item"},
    {ScreenId::AdminPin, "admin-pin"},
    {ScreenId::Admin, "admin"},
}};
} // namespace

std::string_view ScreenIdName(ScreenId id) {
    for (const auto& [screen, name] : kScreenNames)
        if (screen == id) return name;
    return "unknown";
}

std::optional<ScreenId> ParseScreenId(std::string_view name) {
    for (const auto& [screen, screenName] : kScreenNames)
        if (screenName == name) return screen;
    return std::nullopt;
}

std::string_view LangCode(Lang lang) {
    return lang == Lang::Zh ? "zh" : "en";
}

std::optional<Lang> ParseLang(std::string_view code) {
    if (code == "zh") return Lang::Zh;
    if (code == "en") return Lang::En;
    return std::nullopt;
}

std::string_view AudienceName(Audience audience) {
    switch (audience) {
    case Audience::Unspecified: return "unspecified";
    case Audience::Student: return "student";
    case Audience::Farmer: return "farmer";
    case Audience::Worker: return "worker";
    case Audience::Senior: return "senior";
    case Audience::CivilServant: return "civil-servant";
    case Audience::Other: return "other";
    }
    return "unspecified";
}

std::string_view EndReasonName(EndReason reason) {
    switch (reason) {
    case EndReason::Idle: return "idle";
    case EndReason::Home: return "home";
    case EndReason::Admin: return "admin";
    case EndReason::Shutdown: return "shutdown";
    }
    return "idle";
}

KioskState::KioskState(KioskSettings settings)
    : m_settings(settings), m_session(settings.defaultLang), m_idle(settings.idleMs, settings.countdownMs) {}

const std::string& KioskState::Item() const {
    static const std::string none;
    const ItemProgress* item = m_session.Item();
    return item ? item->itemId : none;
}

bool KioskState::IdleWarningShown(Millis now) const {
    return Screen() != ScreenId::Attract && m_idle.Phase(now) == IdlePhase::Warning;
}

void KioskState::OnTouch(Millis now) {
    m_idle.Touch(now);
}

bool KioskState::Update(Millis now) {
    if (Screen() == ScreenId::Attract || m_idle.Phase(now) != IdlePhase::Expired) return false;
    const Millis expired = std::min(now, m_idle.ExpiresAt());
    if (m_inVisit) {
        // The visit (and every dwell in it) ends at the last touch; the screen resets at expiry.
        Record(KioskEvent::Kind::VisitEnded, std::min(m_idle.LastTouch(), expired));
        m_events.back().endReason = EndReason::Idle;
        m_inVisit = false;
        ClearVisitor();
        ShowOnly(ScreenId::Attract, expired);
    } else {
        ShowOnly(ScreenId::Attract, expired); // an admin walked away from the admin screen
        ClearVisitor();
    }
    return true;
}

Millis KioskState::NextWakeAt(Millis now) const {
    if (Screen() == ScreenId::Attract) return now + 3'600'000;
    return m_idle.NextChangeAt(now);
}

void KioskState::StartVisit(Millis now) {
    if (m_inVisit) return;
    ClearVisitor();
    m_inVisit = true;
    m_idle.Touch(now);
    Record(KioskEvent::Kind::VisitStarted, now);
    ShowOnly(ScreenId::Home, now);
}

void KioskState::Open(ScreenId screen, Millis now) {
    if (screen == Screen()) return;
    m_stack.push_back(screen);
    Record(KioskEvent::Kind::ScreenShown, now);
}

void KioskState::OpenItem(std::string itemId, Millis now) {
    if (Screen() == ScreenId::Item) m_stack.pop_back();
    m_session.OpenItem(std::move(itemId));
    m_stack.push_back(ScreenId::Item);
    Record(KioskEvent::Kind::ScreenShown, now);
}

void KioskState::Back(Millis now) {
    if (m_stack.size() > 1) {
        if (Screen() == ScreenId::Item) m_session.CloseItem();
        m_stack.pop_back();
        Record(KioskEvent::Kind::ScreenShown, now);
    } else if (Screen() == ScreenId::Home) {
        EndVisit(EndReason::Home, now);
    }
}

void KioskState::GoHome(Millis now) {
    if (Screen() == ScreenId::Home && m_stack.size() == 1) return;
    m_session.LeaveActivities();
    ShowOnly(ScreenId::Home, now);
}

void KioskState::EndVisit(EndReason reason, Millis now) {
    if (m_inVisit) {
        Record(KioskEvent::Kind::VisitEnded, now);
        m_events.back().endReason = reason;
    }
    m_inVisit = false;
    ClearVisitor();
    ShowOnly(ScreenId::Attract, now);
}

void KioskState::SetTextSize(TextSize size) {
    m_session.Choices().textSize = size;
    m_idle.SetQuietMs(size == TextSize::Large ? m_settings.idleMsLargeText : m_settings.idleMs);
}

void KioskState::OpenAdminPin(Millis now) {
    m_idle.Touch(now);
    if (Screen() == ScreenId::AdminPin || Screen() == ScreenId::Admin) return;
    Open(ScreenId::AdminPin, now);
}

void KioskState::AdminUnlocked(Millis now) {
    // Staff take over the screen: the visitor's session (if any) ends here.
    if (m_inVisit) {
        Record(KioskEvent::Kind::VisitEnded, now);
        m_events.back().endReason = EndReason::Admin;
        m_inVisit = false;
    }
    ClearVisitor();
    m_idle.Touch(now);
    ShowOnly(ScreenId::Admin, now);
}

void KioskState::LeaveAdmin(Millis now) {
    ClearVisitor();
    ShowOnly(ScreenId::Attract, now);
}

std::vector<KioskEvent> KioskState::TakeEvents() {
    return std::exchange(m_events, {});
}

void KioskState::ShowOnly(ScreenId screen, Millis now) {
    if (screen == ScreenId::Attract && Screen() != ScreenId::Attract) m_attractSince = now;
    m_stack.assign(1, screen);
    Record(KioskEvent::Kind::ScreenShown, now);
}

void KioskState::Record(KioskEvent::Kind kind, Millis now) {
    m_events.push_back(KioskEvent{kind, now, Screen(), Screen() == ScreenId::Item ? Item() : std::string(),
                                  EndReason::Idle, m_session.Choices()});
}

void KioskState::ClearVisitor() {
    m_session = VisitorSession(m_settings.defaultLang);
    m_idle.SetQuietMs(m_settings.idleMs);
}

} // namespace kepu
