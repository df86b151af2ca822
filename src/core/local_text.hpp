// A text written in Chinese and (optionally) English, and where in a content file something is
// written: the two things every content type is made of.
#pragma once
#include "core/kiosk_types.hpp"

#include <string>

namespace kepu {

struct LocalText {
    std::string zh;
    std::string en; // may be empty: shown in Chinese, flagged for the admin
    const std::string& In(Lang lang) const { return lang == Lang::En && !en.empty() ? en : zh; }
};

// Where something is written, for messages about it.
struct SourcePlace {
    int line = 0;
    int column = 0;
};

} // namespace kepu
