// What the last frame drew, for the script player.
#include "core/widget_registry.hpp"

namespace kepu {

void WidgetRegistry::BeginFrame() {
    m_widgets.clear();
    m_texts.clear();
}

void WidgetRegistry::AddWidget(std::string testId, std::string label, WidgetRect rect) {
    m_texts.push_back(label);
    m_widgets.push_back({std::move(testId), std::move(label), rect});
}

void WidgetRegistry::AddText(std::string_view text) { m_texts.emplace_back(text); }

std::optional<DrawnWidget> WidgetRegistry::Find(std::string_view labelOrId) const {
    for (auto it = m_widgets.rbegin(); it != m_widgets.rend(); ++it)
        if (it->label == labelOrId || it->testId == labelOrId) return *it;
    return std::nullopt;
}

bool WidgetRegistry::HasText(std::string_view fragment) const {
    for (const auto& text : m_texts)
        if (text.find(fragment) != std::string::npos) return true;
    return false;
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
