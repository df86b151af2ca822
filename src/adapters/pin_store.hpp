// The admin PIN, kept only as an Argon2id hash (libsodium crypto_pwhash_str) in DATA/admin-pin.
#pragma once
#include <filesystem>
#include <string>

namespace kepu {

enum class PinCheck { Correct, Wrong, NoPinSet, Error };

// 4 to 12 digits: typed on the kiosk's own number pad.
bool IsAcceptablePin(const std::string& pin);

class PinStore {
  public:
    explicit PinStore(std::filesystem::path dataDir);
    bool HasPin() const;
    // Returns an empty string on success, else a message naming the file and the fix.
    std::string SetPin(const std::string& pin) const;
    // Slow on purpose (Argon2id): call it off the frame thread.
    PinCheck Verify(const std::string& pin) const;
    const std::filesystem::path& File() const { return m_file; }

    // The PIN pad's lockout, kept beside the hash (DATA/admin-lock) so a restart does not reset
    // it. Times are UTC milliseconds. Saving returns false when the file cannot be written.
    struct Lockout {
        int failures = 0;
        int locks = 0;
        long long lockedUntilUtcMs = 0;
    };
    bool SaveLockout(const Lockout& lockout) const;
    Lockout LoadLockout() const; // all zero when there is none

  private:
    std::filesystem::path m_file;
};

} // namespace kepu
