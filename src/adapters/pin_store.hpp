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

  private:
    std::filesystem::path m_file;
};

} // namespace kepu
