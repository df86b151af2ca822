// Moving a database out of the way, never overwriting: each rename is refused by the kernel if
// the new name exists (RENAME_NOREPLACE), and the next free "-2", "-3", … is tried instead.
#include "storage/move_aside.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace kepu {
namespace fs = std::filesystem;

namespace {

// Renames from to to unless to exists. Returns 0 or an errno (EEXIST when to is taken).
int RenameNoReplace(const std::string& from, const std::string& to) {
    if (renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
    if (errno != EINVAL && errno != ENOSYS) return errno;
    // A filesystem without RENAME_NOREPLACE (some FAT cards): link refuses an existing name too.
    if (link(from.c_str(), to.c_str()) != 0) return errno;
    unlink(from.c_str());
    return 0;
}

bool AnyExists(const std::string& name) {
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (fs::exists(name + suffix, ec) || ec) return true;
    return false;
}

} // namespace

std::string UtcStamp() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char text[32];
    std::strftime(text, sizeof text, "%Y%m%dT%H%M%SZ", &tm);
    return text;
}

fs::path MoveAside(const fs::path& file, std::string_view why, std::string_view stamp, std::string& error) {
    const std::string base = file.string();
    const std::string stem = base + "." + std::string(why) + "-" + std::string(stamp);
    for (int attempt = 1; attempt <= 1000; ++attempt) {
        const std::string aside = attempt == 1 ? stem : stem + "-" + std::to_string(attempt);
        if (AnyExists(aside)) continue; // a companion of an earlier move may hold the name
        const int failed = RenameNoReplace(base, aside);
        if (failed == EEXIST) continue; // taken between the check and the rename
        if (failed != 0) {
            error = "cannot move " + base + " aside: " + std::strerror(failed);
            return {};
        }
        for (const char* suffix : {"-wal", "-shm", "-journal"}) {
            std::error_code ec;
            if (fs::exists(base + suffix, ec)) RenameNoReplace(base + suffix, aside + suffix);
        }
        return aside;
    }
    error = "cannot move " + base + " aside: 1000 names after " + stem + " are taken";
    return {};
}

} // namespace kepu
