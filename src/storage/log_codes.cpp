// The participation log's stable codes.
#include "storage/log_codes.hpp"

namespace kepu::logcodes {

std::optional<int> CodeOf(std::span<const CodeName> table, std::string_view name) {
    for (const CodeName& entry : table)
        if (entry.name == name) return entry.code;
    return std::nullopt;
}

} // namespace kepu::logcodes
