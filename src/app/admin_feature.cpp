// The staff side of the kiosk: PIN pad, admin view and content reload.
#include "app/admin_feature.hpp"

#include "adapters/content_assets.hpp"
#include "version.hpp"

#include <iostream>

namespace kepu {

ContentCatalog LoadCheckedContent(const KioskConfig& config, const std::string& localDate) {
    // The same checks as `kepu-kiosk validate`.
    const FontAndImageChecks assets(config.fontFile, config.fontIndex);
    return LoadContentCatalog(config.contentDir, &assets, localDate);
}

AdminFeature::AdminFeature(const KioskConfig& config, const Clock& clock, std::function<void()> wake)
    : m_config(config), m_clock(clock), m_wake(std::move(wake)), m_pinStore(config.dataDir) {
    m_pad.RestoreLockout(m_pinStore.LoadLockout(), m_clock);
}

void AdminFeature::OpenPad() {
    m_pad.Open(m_pinStore.HasPin()); // a file read: once per opening, not every frame
}

void AdminFeature::Submit() {
    const std::optional<std::string> pin = m_pad.Submit(m_clock.NowMs());
    if (!pin) return;
    // Argon2id takes a noticeable moment on purpose: never on the frame thread.
    m_pinCheck =
        Job<PinVerdict>([store = m_pinStore, pin = *pin](JobProgress&) { return store.Verify(pin); }, m_wake);
}

void AdminFeature::StartReload(const std::string& localDate) {
    if (m_reload.Active()) {
        m_reloadAgainFor = localDate; // the running one may be for another date, or miss a change
        return;
    }
    // Reading and checking every pack (fonts, images) is file work: on a worker, never the frame.
    m_reload = Job<ContentCatalog>(
        [config = m_config, localDate](JobProgress&) { return LoadCheckedContent(config, localDate); },
        m_wake);
}

AdminFeature::Outcome AdminFeature::Poll(const ContentCatalog& current, const UiStrings& strings, Lang lang) {
    Outcome outcome;
    if (auto result = m_pinCheck.Take()) {
        const PinVerdict verdict = result->Ok() ? *result->value : PinVerdict::Error;
        outcome.unlocked = m_pad.Finish(verdict, m_clock.NowMs());
        if (verdict == PinVerdict::Correct || verdict == PinVerdict::Wrong) SaveLockout();
        outcome.changed = true;
    }
    if (auto result = m_reload.Take()) {
        outcome.changed = true;
        if (!result->Ok()) {
            m_reloadNotice =
                "重新加载失败，仍使用原有内容 (reload failed, the previous content stays): " + result->error;
        } else {
            outcome.catalog = KeepPreviousVersions(std::move(*result->value), current);
            m_reloadNotice = strings.Format("admin.reloaded", lang,
                                            {{"packs", std::to_string(outcome.catalog->packs.size())},
                                             {"items", std::to_string(outcome.catalog->ItemCount())},
                                             {"errors", std::to_string(outcome.catalog->problems.size())}});
        }
        if (!m_reloadAgainFor.empty()) StartReload(std::exchange(m_reloadAgainFor, {}));
    }
    return outcome;
}

void AdminFeature::SaveLockout() {
    // A few bytes, only after a PIN attempt; the frame can afford it.
    if (!m_pinStore.SaveLockout(m_pad.SaveLockout(m_clock)))
        std::cerr << "kepu-kiosk: cannot save the PIN lockout in " << m_config.dataDir.string()
                  << " (it resets when the kiosk restarts)\n";
}

PinPadView AdminFeature::PadView(const UiStrings& strings, Lang lang) const {
    const PinPad::View pad = m_pad.Look(m_clock.NowMs());
    PinPadView view;
    view.pinIsSet = pad.pinIsSet;
    view.digitsEntered = pad.digitsEntered;
    view.checking = pad.checking;
    view.locked = pad.locked;
    view.messageIsError = true;
    if (!pad.pinIsSet) {
        view.message = strings.Format("admin.pin_not_set", lang, {{"data", m_config.dataDir.string()}});
    } else if (pad.locked) {
        view.message = strings.Format("admin.pin_locked", lang, {{"n", std::to_string(pad.lockSecondsLeft)}});
    } else {
        switch (pad.message) {
        case PinPad::Message::None: view.messageIsError = false; break;
        case PinPad::Message::TooShort: view.message = strings.Get("admin.pin_length", lang); break;
        case PinPad::Message::Wrong:
            view.message = strings.Format("admin.pin_wrong", lang, {{"n", std::to_string(pad.triesLeft)}});
            break;
        case PinPad::Message::CheckFailed: view.message = strings.Get("admin.pin_error", lang); break;
        }
    }
    return view;
}

AdminView AdminFeature::View(const UiStrings& strings, Lang lang, const Status& status) const {
    const ContentCatalog& catalog = *status.catalog;
    AdminView view;
    // Which renderer draws is part of what this kiosk is running (a support call asks both).
    view.version = std::string(kVersion) + " · " + status.renderer;
    view.kioskId = status.kioskId;
    view.siteName = m_config.siteName + (m_config.county.empty() ? "" : " · " + m_config.county);
    view.contentSummary = strings.Format("admin.content_summary", lang,
                                         {{"packs", std::to_string(catalog.packs.size())},
                                          {"items", std::to_string(catalog.ItemCount())},
                                          {"dir", m_config.contentDir.string()}});
    view.contentProblems = catalog.problems;
    const ParticipationLogStatus log = status.log->Status();
    view.logSummary =
        strings.Format("log.summary", lang,
                       {{"durable", std::to_string(log.durable)}, {"waiting", std::to_string(log.waiting)}});
    view.notices = status.notices;
    if (!m_reloadNotice.empty()) view.notices.push_back(m_reloadNotice);
    for (const std::string& folder : catalog.keptPrevious)
        view.notices.push_back(strings.Format("admin.kept_previous", lang, {{"folder", folder}}));
    if (catalog.packs.empty())
        view.notices.push_back(strings.Get("admin.no_content", lang) + " (" + m_config.contentDir.string() +
                               ")");
    if (!log.problem.empty()) view.notices.push_back(log.problem);
    if (log.dropped > 0)
        view.notices.push_back(strings.Format("log.dropped", lang, {{"n", std::to_string(log.dropped)}}));
    if (!log.movedAside.empty())
        view.notices.push_back(strings.Format("log.moved_aside", lang, {{"file", log.movedAside}}));
    view.reloading = m_reload.Active();
    return view;
}

} // namespace kepu
