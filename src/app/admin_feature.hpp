// The staff side of the kiosk: the PIN pad (core PinPad, Argon2id check as a background job, the
// lockout saved in DATA/admin-lock), the admin screen's view, and 重新加载内容 (packs reloaded and
// checked as a background job). The router forwards admin actions here and applies what comes back.
#pragma once
#include "adapters/participation_log.hpp"
#include "adapters/pin_store.hpp"
#include "app/screens/screens.hpp"
#include "core/config.hpp"
#include "core/content_catalog.hpp"
#include "core/job.hpp"
#include "core/pin_pad.hpp"
#include "core/ui_strings.hpp"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kepu {

// The content folder, loaded with the same checks as `kepu-kiosk validate`, for a local date.
ContentCatalog LoadCheckedContent(const KioskConfig& config, const std::string& localDate);

class AdminFeature {
  public:
    AdminFeature(const KioskConfig& config, const Clock& clock, std::function<void()> wake);

    // The corner gesture completed: the pad opens afresh (whether a PIN is set is read now, once).
    void OpenPad();
    void Key(char digit) { m_pad.Key(digit); }
    void Delete() { m_pad.Delete(); }
    void Submit();
    void StartReload(const std::string& localDate);

    // What finished jobs mean for the rest of the kiosk; call once per loop turn.
    struct Outcome {
        bool unlocked = false;                 // the right PIN: show the admin screen
        std::optional<ContentCatalog> catalog; // a reload finished: use this catalog
        bool changed = false;                  // something on screen changed
    };
    Outcome Poll(const ContentCatalog& current, const UiStrings& strings, Lang lang);

    PinPadView PadView(const UiStrings& strings, Lang lang) const;
    struct Status {
        const ContentCatalog* catalog;
        const ParticipationLog* log;
        std::string kioskId;
        std::vector<std::string> notices; // start-up notices and the kiosk's own
        std::string renderer;             // what draws, e.g. "SDL software renderer"
    };
    AdminView View(const UiStrings& strings, Lang lang, const Status& status) const;
    // When a drawn countdown next changes (0: nothing to wake for).
    Millis NextWakeAt(Millis now) const { return m_pad.NextChangeAt(now); }

  private:
    void SaveLockout();

    const KioskConfig& m_config;
    const Clock& m_clock;
    std::function<void()> m_wake;
    PinStore m_pinStore;
    PinPad m_pad;
    Job<PinVerdict> m_pinCheck;
    Job<ContentCatalog> m_reload;
    std::string m_reloadNotice;
    std::string m_reloadAgainFor; // a reload asked for while one ran
};

} // namespace kepu
