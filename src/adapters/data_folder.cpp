// The kiosk's local data folder.
#include "adapters/data_folder.hpp"

#include <cstdio>
#include <fstream>
#include <random>

namespace kepu {
namespace fs = std::filesystem;

std::string PrepareDataFolder(const fs::path& dataDir) {
    std::error_code ec;
    fs::create_directories(dataDir, ec);
    if (ec || !fs::is_directory(dataDir)) {
        return "data folder " + dataDir.string() + " cannot be created (" +
               (ec ? ec.message() : "a file of that name is in the way") +
               "); visits are not being saved. Fix: make it writable for this user or pass --data DIR";
    }
    const fs::path probe = dataDir / ".write-test";
    {
        std::ofstream out(probe, std::ios::trunc);
        out << "ok\n";
        out.flush();
        if (!out) {
            return "data folder " + dataDir.string() +
                   " is not writable; visits are not being saved. Fix: chown/chmod it for this user, free "
                   "disk space, or pass --data DIR";
        }
    }
    fs::remove(probe, ec);
    return {};
}

std::string LoadOrCreateKioskId(const fs::path& dataDir) {
    const fs::path file = dataDir / "kiosk-id";
    {
        std::ifstream in(file);
        std::string id;
        if (std::getline(in, id) && !id.empty()) return id;
    }
    std::random_device random;
    char id[32];
    std::snprintf(id, sizeof id, "kiosk-%08x", static_cast<unsigned>(random()));
    std::ofstream out(file, std::ios::trunc);
    out << id << "\n"; // if this fails the id is regenerated next start; the admin screen shows it
    return id;
}

} // namespace kepu
