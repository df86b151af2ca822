// The exact-message helpers of the content tests: the messages a catalog holds, formatted as
// `kepu-kiosk validate` prints them, and the one shape an author sees (Chinese, English beside it).
#pragma once
#include "core/content_catalog.hpp"

#include <string>
#include <vector>

namespace kepu::testing {

// The formatted messages, errors and warnings, in file order.
inline std::vector<std::string> Messages(const ContentCatalog& catalog) {
    std::vector<std::string> out;
    for (const auto& d : catalog.diagnostics.Items())
        out.push_back(d.Format());
    return out;
}

inline std::string ErrorAt(const std::string& place, const std::string& zh, const std::string& en) {
    return place + ": 错误：" + zh + " (error: " + en + ")";
}
inline std::string WarningAt(const std::string& place, const std::string& zh, const std::string& en) {
    return place + ": 警告：" + zh + " (warning: " + en + ")";
}

} // namespace kepu::testing
