// What the participation log records, and how kiosk events become log entries.
#include "core/participation.hpp"

#include "core/content_catalog.hpp"

namespace kepu {

std::string_view LogKindName(LogKind kind) {
    switch (kind) {
    case LogKind::VisitStarted: return "visit_started";
    case LogKind::VisitEnded: return "visit_ended";
    case LogKind::ModuleEntered: return "module_entered";
    case LogKind::ModuleLeft: return "module_left";
    case LogKind::ItemOpened: return "item_opened";
    case LogKind::ItemClosed: return "item_closed";
    case LogKind::ItemStarted: return "item_started";
    case LogKind::ItemCompleted: return "item_completed";
    case LogKind::QuizAnswered: return "quiz_answered";
    case LogKind::QuizFinished: return "quiz_finished";
    case LogKind::TutorialStep: return "tutorial_step";
    case LogKind::ReadingProgress: return "reading_progress";
    case LogKind::QuizStarted: return "quiz_started";
    case LogKind::QuizAbandoned: return "quiz_abandoned";
    case LogKind::SelfTestResult: return "self_test_result";
    }
    return "unknown";
}

std::string_view TutorialOutcomeName(TutorialOutcome outcome) {
    switch (outcome) {
    case TutorialOutcome::Reached: return "reached";
    case TutorialOutcome::Completed: return "completed";
    case TutorialOutcome::Hinted: return "hinted";
    case TutorialOutcome::DemoWatched: return "demo_watched";
    case TutorialOutcome::Abandoned: return "abandoned";
    }
    return "unknown";
}

std::int64_t VisitTracker::NextVisitId() {
    // splitmix64: a different number each visit, nothing to do with who the visitor is.
    std::uint64_t z = (m_random += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    z ^= z >> 31;
    const auto id = static_cast<std::int64_t>(z >> 1);
    return id == 0 ? 1 : id;
}

LogEvent VisitTracker::Make(LogKind kind, Millis at, const VisitorChoices& choices) const {
    LogEvent e;
    e.kind = kind;
    e.visit = m_visit;
    e.atUtcMs = UtcAt(*m_clock, at);
    e.localDate = LocalDateShanghai(e.atUtcMs);
    e.audience = choices.audience;
    e.lang = choices.lang;
    e.textSize = choices.textSize;
    return e;
}

LogEvent VisitTracker::Stamp(Millis at, const VisitorChoices& choices) const {
    LogEvent e = Make(LogKind::VisitStarted, at, choices);
    e.module = m_module;
    return e;
}

std::vector<LogEvent> VisitTracker::LeaveModule(Millis at, const VisitorChoices& choices) {
    std::vector<LogEvent> out;
    if (!m_item.empty()) {
        auto closed = ItemClosed(at, choices);
        out.insert(out.end(), closed.begin(), closed.end());
    }
    if (!m_module.empty()) {
        LogEvent e = Make(LogKind::ModuleLeft, at, choices);
        e.module = m_module;
        e.dwellMs = at - m_moduleSince;
        out.push_back(std::move(e));
        m_module.clear();
    }
    return out;
}

std::vector<LogEvent> VisitTracker::Track(const KioskEvent& event) {
    std::vector<LogEvent> out;
    switch (event.kind) {
    case KioskEvent::Kind::VisitStarted:
        m_visit = NextVisitId();
        out.push_back(Make(LogKind::VisitStarted, event.at, event.choices));
        break;
    case KioskEvent::Kind::VisitEnded: {
        if (m_visit == 0) break;
        out = LeaveModule(event.at, event.choices);
        LogEvent e = Make(LogKind::VisitEnded, event.at, event.choices);
        e.endReason = event.endReason;
        out.push_back(std::move(e));
        m_visit = 0;
        break;
    }
    case KioskEvent::Kind::ScreenShown: {
        if (m_visit == 0) break;
        if (event.screen == ScreenId::Item) {
            // An item belongs to the module it was opened from: the module visit goes on.
            if (event.item != m_item) out = ItemOpened(event.item, event.at, event.choices);
            break;
        }
        if (!m_item.empty()) out = ItemClosed(event.at, event.choices);
        const ModuleInfo* module = ModuleOnScreen(event.screen);
        const std::string name = module ? std::string(module->id) : std::string();
        if (name == m_module) break;
        for (auto& e : LeaveModule(event.at, event.choices))
            out.push_back(std::move(e));
        if (!name.empty()) {
            m_module = name;
            m_moduleSince = event.at;
            LogEvent e = Make(LogKind::ModuleEntered, event.at, event.choices);
            e.module = name;
            out.push_back(std::move(e));
        }
        break;
    }
    }
    return out;
}

std::vector<LogEvent> VisitTracker::ItemOpened(const std::string& item, Millis now,
                                               const VisitorChoices& choices) {
    std::vector<LogEvent> out;
    if (m_visit == 0) return out;
    if (!m_item.empty()) out = ItemClosed(now, choices);
    m_item = item;
    m_itemModule = m_module;
    m_itemSince = now;
    LogEvent e = Make(LogKind::ItemOpened, now, choices);
    e.module = m_module;
    e.item = item;
    out.push_back(std::move(e));
    return out;
}

std::vector<LogEvent> VisitTracker::ItemClosed(Millis now, const VisitorChoices& choices) {
    std::vector<LogEvent> out;
    if (m_visit == 0 || m_item.empty()) return out;
    LogEvent e = Make(LogKind::ItemClosed, now, choices);
    e.module = m_itemModule;
    e.item = m_item;
    e.dwellMs = now - m_itemSince;
    out.push_back(std::move(e));
    m_item.clear();
    return out;
}

} // namespace kepu
