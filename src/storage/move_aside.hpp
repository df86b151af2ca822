// Moving a database out of the way (damaged, or from a newer kiosk) without ever deleting or
// overwriting anything: staff may need the old file, and two may be moved within one second.
#pragma once
#include <filesystem>
#include <string>
#include <string_view>

namespace kepu {

// "20261129T072600Z": the current UTC time, for the moved file's name.
std::string UtcStamp();

// Renames file and its -wal, -shm and -journal companions to "<file>.<why>-<stamp>" (with "-2",
// "-3", … added when that name is taken). Returns the new name of file, or an empty path with
// error set (then nothing was renamed).
std::filesystem::path MoveAside(const std::filesystem::path& file, std::string_view why,
                                std::string_view stamp, std::string& error);

} // namespace kepu
