// The admin PIN, kept only as an Argon2id hash (libsodium crypto_pwhash_str) in DATA/admin-pin.
#pragma once
#include "core/pin_pad.hpp"

#include <filesystem>
#include <string>

namespace kepu {

using PinCheck = PinVerdict;

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
    bool SaveLockout(const SavedLockout& lockout) const;
    SavedLockout LoadLockout() const; // all zero when there is none

  private:
    std::filesystem::path m_file;
};

} // namespace kepu
