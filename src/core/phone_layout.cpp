// The simulated phone's layout: a status bar, an optional title bar, the parts flowing top to bottom,
// then what covers them (a dialog, a notification) or replaces them (a call, the camera).
#include "core/phone_layout.hpp"

#include "core/text_fit.hpp"

#include <algorithm>
#include <cmath>

namespace kepu {
namespace {

constexpr float kContentWidth = kPhoneWidth - 2 * kPhonePadding;
constexpr float kIconCell = kPhoneWidth / 3; // three big icons a row, as phones' senior modes show them
constexpr float kKeyHeight = 96;
constexpr float kCallButton = 112; // a call's round buttons
constexpr float kCallButtonsY = 600;
constexpr float kBubbleMaxWidth = 250;
constexpr float kAvatar = 36;

float LineHeight(float fontSize) {
    return fontSize + 6;
}

bool IsFullScreen(PartKind kind) {
    return kind == PartKind::Call || kind == PartKind::InCall || kind == PartKind::Camera;
}

bool IsOverlay(PartKind kind) {
    return kind == PartKind::Dialog || kind == PartKind::Notification || kind == PartKind::Keypad;
}

PhoneBox Grow(const PhoneBox& box) {
    PhoneBox hit = box;
    if (hit.w < kPhoneMinTarget) {
        hit.x -= (kPhoneMinTarget - hit.w) / 2;
        hit.w = kPhoneMinTarget;
    }
    if (hit.h < kPhoneMinTarget) {
        hit.y -= (kPhoneMinTarget - hit.h) / 2;
        hit.h = kPhoneMinTarget;
    }
    return hit;
}

class LayoutBuilder {
  public:
    LayoutBuilder(const TutorialStep& step, Lang lang) : m_step(step), m_lang(lang) {}

    PhoneLayout Build();

  private:
    float Lines(const LocalText& text, float fontSize, float width) const {
        return static_cast<float>(EstimatedLines(text.In(m_lang), fontSize, width, m_lang));
    }
    void AddTarget(std::string id, PhoneBox box, int part, int sub = -1) {
        if (id.empty()) return;
        m_out.targets.push_back({std::move(id), box, Grow(box), part, sub});
    }
    void Place(int index, PhoneBox box) { m_out.parts.push_back({index, box}); }
    void FullScreen(int index);
    void Flow(int index, int& iconColumn);
    void Keypad(int index);
    void Dialog(int index);
    void Notification(int index);

    const TutorialStep& m_step;
    Lang m_lang;
    PhoneLayout m_out;
    float m_y = 0;
};

PhoneLayout LayoutBuilder::Build() {
    m_y = kPhoneStatusBar;
    m_out.flowLimit = kPhoneHeight - kPhoneHomeBar;
    const auto& parts = m_step.parts;
    const auto full =
        std::find_if(parts.begin(), parts.end(), [](const PhonePart& p) { return IsFullScreen(p.kind); });
    if (full != parts.end()) {
        FullScreen(static_cast<int>(full - parts.begin()));
    } else if (m_step.HasTitleBar()) {
        AddTarget("back", {0, kPhoneStatusBar, kPhoneMinTarget, kPhoneTitleBar}, -1);
        m_y += kPhoneTitleBar;
    }
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (parts[i].kind == PartKind::Keypad) Keypad(static_cast<int>(i));
    m_out.flowTop = m_y;
    int iconColumn = 0;
    for (std::size_t i = 0; i < parts.size(); ++i)
        if (!IsFullScreen(parts[i].kind) && !IsOverlay(parts[i].kind)) Flow(static_cast<int>(i), iconColumn);
    if (iconColumn > 0) m_y += kIconCell + kPhoneGap;
    m_out.flowBottom = m_y;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts[i].kind == PartKind::Notification) Notification(static_cast<int>(i));
        if (parts[i].kind == PartKind::Dialog) Dialog(static_cast<int>(i));
    }
    return std::move(m_out);
}

void LayoutBuilder::FullScreen(int index) {
    const PhonePart& part = m_step.parts[static_cast<std::size_t>(index)];
    Place(index, {0, 0, kPhoneWidth, kPhoneHeight});
    const float y = kCallButtonsY;
    const auto round = [&](const char* id, float centreX) {
        AddTarget(id, {centreX - kCallButton / 2, y, kCallButton, kCallButton}, index);
    };
    switch (part.kind) {
    case PartKind::Call:
        round("decline", kPhoneWidth * 0.25f);
        round("accept", kPhoneWidth * 0.75f);
        m_y = 250;
        m_out.flowLimit = y - kPhoneGap;
        break;
    case PartKind::InCall:
        round("mute", part.video ? kPhoneWidth / 6 : kPhoneWidth * 0.25f);
        round("hang-up", kPhoneWidth / 2);
        if (part.video) round("switch-camera", kPhoneWidth * 5 / 6);
        m_y = part.video ? 330 : 250; // a video call shows the other side's face first
        m_out.flowLimit = y - kPhoneGap;
        break;
    default: // the camera: the viewfinder leaves no room for other parts
        AddTarget("shutter", {kPhoneWidth / 2 - kCallButton / 2, 640, kCallButton, kCallButton}, index);
        m_y = kPhoneStatusBar;
        m_out.flowLimit = kPhoneStatusBar;
        break;
    }
}

void LayoutBuilder::Keypad(int index) {
    const PhonePart& part = m_step.parts[static_cast<std::size_t>(index)];
    // Digits go three a row, like a phone's number pad; words (常用语) two a row.
    const bool wide = std::any_of(part.keys.begin(), part.keys.end(),
                                  [](const std::string& key) { return DisplayWidth(key) > 2; });
    const int columns = wide ? 2 : 3;
    const int rows = (static_cast<int>(part.keys.size()) + columns - 1) / columns;
    const float height = rows * kKeyHeight + 2 * 8;
    const float top = kPhoneHeight - kPhoneHomeBar - height;
    Place(index, {0, top, kPhoneWidth, height});
    const float keyWidth = (kPhoneWidth - 16) / columns;
    for (int k = 0; k < static_cast<int>(part.keys.size()); ++k)
        AddTarget(KeyTargetId(k),
                  {8 + (k % columns) * keyWidth, top + 8 + (k / columns) * kKeyHeight, keyWidth, kKeyHeight},
                  index, k);
    m_out.flowLimit = std::min(m_out.flowLimit, top - kPhoneGap);
}

void LayoutBuilder::Flow(int index, int& iconColumn) {
    const PhonePart& part = m_step.parts[static_cast<std::size_t>(index)];
    const float body = PhoneFontSize(PartTextSize::Normal);
    if (part.kind != PartKind::Icon && iconColumn > 0) { // a run of icons ends: close its row
        m_y += kIconCell + kPhoneGap;
        iconColumn = 0;
    }
    PhoneBox box{0, m_y, kPhoneWidth, 0};
    switch (part.kind) {
    case PartKind::Icon:
        box = {iconColumn * kIconCell, m_y, kIconCell, kIconCell};
        Place(index, box);
        AddTarget(part.id, box, index);
        if (++iconColumn == 3) {
            m_y += kIconCell;
            iconColumn = 0;
        }
        return;
    case PartKind::Row: {
        const float textWidth = kContentWidth - (part.icon.empty() ? 0 : 56) - 24;
        const float text = Lines(part.text, body, textWidth) * LineHeight(body);
        const float detail = part.detail.zh.empty() ? 0
                                                    : Lines(part.detail, kPhoneSmallFont, textWidth) *
                                                          LineHeight(kPhoneSmallFont);
        box.h = std::max(kPhoneMinTarget, 24 + text + detail);
        break;
    }
    case PartKind::Toggle:
        box.h = std::max(kPhoneMinTarget, 24 + Lines(part.text, body, kContentWidth - 96) * LineHeight(body));
        break;
    case PartKind::Slider:
        box.h = 8 + Lines(part.text, body, kContentWidth) * LineHeight(body) + kPhoneMinTarget;
        break;
    case PartKind::Bubble: {
        const float name = !part.fromMe && !part.detail.zh.empty() ? LineHeight(kPhoneSmallFont) : 0;
        float w = 200, h = 150;
        if (!part.photo) {
            const float em = body / 1.448f;
            const float natural = DisplayWidth(part.text.In(m_lang)) * em * 0.55f + 28;
            w = std::min(kBubbleMaxWidth, natural);
            h = Lines(part.text, body, w - 28) * LineHeight(body) + 20;
        }
        const float x = part.fromMe ? kPhoneWidth - kPhonePadding - w : kPhonePadding + kAvatar + 8;
        const PhoneBox bubble{x, m_y + name, w, h};
        Place(index, {0, m_y, kPhoneWidth, name + h});
        AddTarget(part.id, bubble, index);
        m_y += name + h + kPhoneGap;
        return;
    }
    case PartKind::Text: {
        const float size = PhoneFontSize(part.size);
        box = {kPhonePadding, m_y, kContentWidth,
               Lines(part.text, size, kContentWidth) * LineHeight(size) + 8};
        break;
    }
    case PartKind::Button:
        box = {kPhonePadding, m_y, kContentWidth,
               std::max(kPhoneMinTarget, 40 + Lines(part.text, body, kContentWidth - 40) * LineHeight(body))};
        break;
    case PartKind::Input: box = {kPhonePadding, m_y, kContentWidth, kPhoneMinTarget}; break;
    case PartKind::Map: box = {kPhonePadding, m_y, kContentWidth, 240}; break;
    default: return;
    }
    Place(index, box);
    AddTarget(part.id, box, index);
    m_y += box.h + (part.kind == PartKind::Row || part.kind == PartKind::Toggle ? 0 : kPhoneGap);
}

void LayoutBuilder::Dialog(int index) {
    const PhonePart& part = m_step.parts[static_cast<std::size_t>(index)];
    const float width = kPhoneWidth - 2 * 24;
    const float inner = width - 2 * 20;
    const float title = part.detail.zh.empty()
                            ? 0
                            : Lines(part.detail, kPhoneTitleFont, inner) * LineHeight(kPhoneTitleFont) + 8;
    const float text = Lines(part.text, PhoneFontSize(PartTextSize::Normal), inner) *
                       LineHeight(PhoneFontSize(PartTextSize::Normal));
    const float height = 24 + title + text + 20 + kPhoneMinTarget + 12;
    const PhoneBox box{24, (kPhoneHeight - height) / 2, width, height};
    Place(index, box);
    m_out.modalPart = index;
    const float buttonWidth = part.buttons.size() > 1 ? (width - 12) / 2 : width - 24;
    for (std::size_t b = 0; b < part.buttons.size(); ++b)
        AddTarget(part.buttons[b].id,
                  {box.x + 6 + (part.buttons.size() > 1 ? b * (buttonWidth + 0) : 6.0f),
                   box.Bottom() - 12 - kPhoneMinTarget, buttonWidth, kPhoneMinTarget},
                  index, static_cast<int>(b));
}

void LayoutBuilder::Notification(int index) {
    const PhonePart& part = m_step.parts[static_cast<std::size_t>(index)];
    const float inner = kPhoneWidth - 16 - 2 * 16;
    const float height =
        std::max(kPhoneMinTarget, 16 + LineHeight(kPhoneSmallFont) +
                                      Lines(part.text, PhoneFontSize(PartTextSize::Normal), inner) *
                                          LineHeight(PhoneFontSize(PartTextSize::Normal)) +
                                      12);
    const PhoneBox box{8, kPhoneStatusBar + 6, kPhoneWidth - 16, height};
    Place(index, box);
    AddTarget(part.id, box, index);
}

} // namespace

float PhoneFontSize(PartTextSize size) {
    switch (size) {
    case PartTextSize::Small: return kPhoneSmallFont;
    case PartTextSize::Large: return 34;
    default: return 26;
    }
}

std::string KeyTargetId(int index) {
    return "key:" + std::to_string(index);
}

PhoneBox SliderTrack(const PhoneBox& box) {
    return {box.x + 40, box.Bottom() - kPhoneMinTarget, box.w - 80, kPhoneMinTarget};
}

int SliderValueAt(const PhoneBox& box, float x) {
    const PhoneBox track = SliderTrack(box);
    const float t = std::clamp((x - track.x) / track.w, 0.0f, 1.0f);
    return static_cast<int>(std::lround(t * 100));
}

int EstimatedLines(std::string_view text, float fontSize, float width, Lang lang) {
    // A full-width character is one em (size / 1.448); Latin letters about 0.55 em. Word wrapping in
    // English leaves the ends of lines short, hence the English margin.
    const float column = fontSize / 1.448f * (lang == Lang::En ? 0.62f : 0.52f);
    int lines = 0;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        const std::string_view line =
            text.substr(start, end == std::string_view::npos ? text.npos : end - start);
        lines += std::max(1, static_cast<int>(std::ceil(DisplayWidth(line) * column / width)));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    return lines;
}

PhoneLayout LayOutPhone(const TutorialStep& step, Lang lang) {
    return LayoutBuilder(step, lang).Build();
}

const PhoneTarget* PhoneLayout::Target(std::string_view id) const {
    for (const PhoneTarget& target : targets)
        if (target.id == id) return &target;
    return nullptr;
}

const PlacedPart* PhoneLayout::Placed(int part) const {
    for (const PlacedPart& placed : parts)
        if (placed.part == part) return &placed;
    return nullptr;
}

const PhoneTarget* PhoneLayout::TargetAt(float x, float y) const {
    // Overlays come last: searching from the end finds a dialog's button before what it covers.
    // A dialog is modal, as on a phone: only its buttons answer.
    const auto reachable = [&](const PhoneTarget& target) {
        return modalPart < 0 || target.part == modalPart;
    };
    for (auto it = targets.rbegin(); it != targets.rend(); ++it)
        if (reachable(*it) && it->box.Contains(x, y)) return &*it;
    const PhoneTarget* nearest = nullptr;
    float best = 0;
    for (const PhoneTarget& target : targets) {
        if (!reachable(target) || !target.hit.Contains(x, y)) continue;
        const float d = std::hypot(target.box.CenterX() - x, target.box.CenterY() - y);
        if (!nearest || d < best) nearest = &target, best = d;
    }
    return nearest;
}

} // namespace kepu
