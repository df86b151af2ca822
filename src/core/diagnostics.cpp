// Problems pinned to a file, line and column, in Chinese with the English beside it.
#include "core/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace kepu {

std::string Diagnostic::Format() const {
    std::string text = file;
    if (line > 0) text += ":" + std::to_string(line) + ":" + std::to_string(column);
    const bool error = severity == Severity::Error;
    text += (error ? ": 错误：" : ": 警告：") + message;
    if (!english.empty()) text += (error ? " (error: " : " (warning: ") + english + ")";
    return text;
}

std::size_t Diagnostics::ErrorCount() const {
    return static_cast<std::size_t>(std::count_if(
        m_items.begin(), m_items.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; }));
}

void Diagnostics::SortByPlace() {
    std::stable_sort(m_items.begin(), m_items.end(), [](const Diagnostic& a, const Diagnostic& b) {
        return std::tie(a.file, a.line, a.column) < std::tie(b.file, b.line, b.column);
    });
}

} // namespace kepu
