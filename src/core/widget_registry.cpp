// What the last frame drew, for the script player.
#include "core/widget_registry.hpp"

#include <algorithm>

namespace kepu {

void WidgetRegistry::BeginFrame() {
    m_widgets.clear();
    m_texts.clear();
    m_parts.clear();
    m_missingGlyphs.clear();
}

void WidgetRegistry::AddMissingGlyphs(std::string_view text, std::string_view missing) {
    m_missingGlyphs.push_back("text \"" + std::string(text) + "\" has characters the font lacks: \"" +
                              std::string(missing) + "\"");
}

void WidgetRegistry::AddWidget(std::string testId, std::string label, WidgetRect rect, bool selected) {
    m_texts.push_back({label, {}});
    m_widgets.push_back({std::move(testId), std::move(label), rect, selected});
}

void WidgetRegistry::AddPart(std::string name, WidgetRect rect) {
    m_parts.push_back({std::move(name), rect});
}

void WidgetRegistry::AddText(std::string_view text, WidgetRect rect) {
    m_texts.push_back({std::string(text), rect});
}

std::optional<DrawnWidget> WidgetRegistry::Find(std::string_view labelOrId) const {
    for (auto it = m_widgets.rbegin(); it != m_widgets.rend(); ++it)
        if (it->label == labelOrId || it->testId == labelOrId) return *it;
    return std::nullopt;
}

bool WidgetRegistry::HasText(std::string_view fragment) const {
    for (const auto& text : m_texts)
        if (text.text.find(fragment) != std::string::npos) return true;
    return false;
}

std::optional<WidgetRect> WidgetRegistry::RectOf(std::string_view name) const {
    for (auto it = m_parts.rbegin(); it != m_parts.rend(); ++it)
        if (it->name == name) return it->rect;
    if (const auto widget = Find(name)) return widget->rect;
    return std::nullopt;
}

std::string WidgetRegistry::Describe() const {
    std::string list;
    for (const auto& w : m_widgets) {
        if (!list.empty()) list += ", ";
        list += "\"" + w.label + "\"";
        if (!w.testId.empty() && w.testId != w.label) list += " (" + w.testId + ")";
    }
    return list.empty() ? "nothing tappable" : list;
}

} // namespace kepu

namespace kepu {
namespace {

constexpr float kSlack = 1.0f; // rounding of pixel positions

bool Contains(const WidgetRect& outer, const WidgetRect& inner) {
    return inner.x >= outer.x - kSlack && inner.y >= outer.y - kSlack &&
           inner.x + inner.w <= outer.x + outer.w + kSlack && inner.y + inner.h <= outer.y + outer.h + kSlack;
}

bool Overlap(const WidgetRect& a, const WidgetRect& b) {
    return a.x + kSlack < b.x + b.w && b.x + kSlack < a.x + a.w && a.y + kSlack < b.y + b.h &&
           b.y + kSlack < a.y + a.h;
}

bool PointIn(const WidgetRect& r, float x, float y) {
    return x >= r.x && y >= r.y && x < r.x + r.w && y < r.y + r.h;
}

} // namespace

std::vector<std::string> WidgetRegistry::LayoutProblems(float screenWidth, float screenHeight) const {
    std::vector<std::string> problems;
    const WidgetRect screen{0, 0, screenWidth, screenHeight};
    for (std::size_t i = 0; i < m_widgets.size(); ++i) {
        const DrawnWidget& a = m_widgets[i];
        if (!Contains(screen, a.rect))
            problems.push_back("widget \"" + a.label + "\" runs past the screen edge");
        for (std::size_t j = i + 1; j < m_widgets.size(); ++j) {
            const DrawnWidget& b = m_widgets[j];
            if (Overlap(a.rect, b.rect) && !Contains(a.rect, b.rect) && !Contains(b.rect, a.rect))
                problems.push_back("widgets \"" + a.label + "\" and \"" + b.label + "\" overlap");
        }
    }
    for (const DrawnText& text : m_texts) {
        if (text.rect.w <= 0) continue;
        if (!Contains(screen, text.rect))
            problems.push_back("text \"" + text.text + "\" runs past the screen edge");
        for (const DrawnWidget& w : m_widgets)
            if (PointIn(w.rect, text.rect.x + 1, text.rect.y + 1) && !Contains(w.rect, text.rect))
                problems.push_back("text \"" + text.text + "\" runs out of \"" + w.label + "\"");
    }
    problems.insert(problems.end(), m_missingGlyphs.begin(), m_missingGlyphs.end());
    // A widget drawn twice in one place (relabelled) would report the same problem twice.
    std::vector<std::string> unique;
    for (auto& p : problems)
        if (std::find(unique.begin(), unique.end(), p) == unique.end()) unique.push_back(std::move(p));
    return unique;
}

} // namespace kepu
