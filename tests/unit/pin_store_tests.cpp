// The admin PIN on disk: only an Argon2id hash, verified correctly.
#include "adapters/pin_store.hpp"
#include "temp_dir.hpp"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using namespace kepu;

TEST_CASE("PIN: set, verify right and wrong, stored only as a hash") {
    const testing::TempDir temp("kepu-pin-test");
    PinStore store(temp.Path() / "data");
    CHECK_FALSE(store.HasPin());
    CHECK(store.Verify("1234") == PinCheck::NoPinSet);
    REQUIRE(store.SetPin("246810").empty());
    CHECK(store.HasPin());
    CHECK(store.Verify("246810") == PinCheck::Correct);
    CHECK(store.Verify("246811") == PinCheck::Wrong);
    std::ifstream in(store.File());
    std::string stored;
    std::getline(in, stored);
    CHECK(stored.rfind("$argon2id$", 0) == 0);
    CHECK(stored.find("246810") == std::string::npos);
    struct stat st {};
    REQUIRE(::stat(store.File().c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("PIN: only 4 to 12 digits are accepted") {
    CHECK(IsAcceptablePin("1234"));
    CHECK(IsAcceptablePin("123456789012"));
    CHECK_FALSE(IsAcceptablePin("123"));
    CHECK_FALSE(IsAcceptablePin("1234567890123"));
    CHECK_FALSE(IsAcceptablePin("12a4"));
    const testing::TempDir temp("kepu-pin-test");
    PinStore store(temp.Path() / "data");
    CHECK(store.SetPin("12") == "the PIN must be 4 to 12 digits");
}
