// The admin PIN as an Argon2id hash on disk.
#include "adapters/pin_store.hpp"

#include <sodium.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <sys/stat.h>

namespace kepu {
namespace fs = std::filesystem;

namespace {
bool SodiumReady() {
    static const bool ready = sodium_init() >= 0;
    return ready;
}

std::string ReadHash(const fs::path& file) {
    std::ifstream in(file);
    std::string hash;
    std::getline(in, hash);
    return hash;
}
} // namespace

PinStore::PinStore(fs::path dataDir) : m_file(std::move(dataDir) / "admin-pin") {}

bool PinStore::HasPin() const {
    return !ReadHash(m_file).empty();
}

std::string PinStore::SetPin(const std::string& pin) const {
    if (!IsAcceptablePin(pin)) return "the PIN must be 4 to 12 digits";
    if (!SodiumReady()) return "libsodium could not start (sodium_init failed)";
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(hash, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return "not enough memory to hash the PIN (Argon2id needs 64 MiB)";
    std::error_code ec;
    fs::create_directories(m_file.parent_path(), ec);
    // Write beside, then rename: a power cut leaves either the old PIN or the new one.
    const fs::path temp = m_file.string() + ".new";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << hash << "\n";
        out.flush();
        if (!out) return temp.string() + ": cannot write (is the data folder writable? see --data)";
    }
    ::chmod(temp.c_str(), 0600);
    fs::rename(temp, m_file, ec);
    if (ec) return m_file.string() + ": cannot replace the PIN file: " + ec.message();
    return {};
}

bool PinStore::SaveLockout(const SavedLockout& lockout) const {
    const fs::path file = m_file.parent_path() / "admin-lock";
    const fs::path temp = file.string() + ".new";
    {
        std::ofstream out(temp, std::ios::trunc);
        out << lockout.failures << " " << lockout.locks << " " << lockout.lockedUntilUtcMs << "\n";
        out.flush();
        if (!out) return false;
    }
    std::error_code ec;
    fs::rename(temp, file, ec);
    return !ec;
}

SavedLockout PinStore::LoadLockout() const {
    SavedLockout lockout;
    std::ifstream in(m_file.parent_path() / "admin-lock");
    if (!(in >> lockout.failures >> lockout.locks >> lockout.lockedUntilUtcMs)) return {};
    return lockout;
}

PinCheck PinStore::Verify(const std::string& pin) const {
    const std::string hash = ReadHash(m_file);
    if (hash.empty()) return PinCheck::NoPinSet;
    if (!SodiumReady()) return PinCheck::Error;
    return crypto_pwhash_str_verify(hash.c_str(), pin.c_str(), pin.size()) == 0 ? PinCheck::Correct
                                                                                : PinCheck::Wrong;
}

} // namespace kepu
