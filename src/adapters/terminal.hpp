// Reading a secret (the admin PIN) from the terminal without echo; from a pipe when not a terminal.
#pragma once
#include <optional>
#include <string>

namespace kepu {

std::optional<std::string> ReadSecretLine(const std::string& prompt);

} // namespace kepu
