// The participation log's life cycle: databases moved aside never overwrite one another.
#include "log_test_support.hpp"
#include "storage/move_aside.hpp"

#include <catch2/catch.hpp>

#include <fstream>

using namespace kepu;
using namespace logtest;

namespace {

void WriteFile(const std::filesystem::path& file, const std::string& text) {
    std::ofstream out(file, std::ios::binary);
    out << text;
}

std::string ReadFile(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

} // namespace

TEST_CASE("log: two databases moved aside within the same second are both kept") {
    const auto dir = FreshDir("aside-twice");
    const auto db = dir / "kepu.db";
    std::string error;
    WriteFile(db, "first damaged file");
    WriteFile(dir / "kepu.db-wal", "first wal");
    const auto first = MoveAside(db, "corrupt", "20261129T072600Z", error);
    INFO(error);
    REQUIRE_FALSE(first.empty());
    WriteFile(db, "second damaged file");
    WriteFile(dir / "kepu.db-wal", "second wal");
    const auto second = MoveAside(db, "corrupt", "20261129T072600Z", error); // the same second
    REQUIRE_FALSE(second.empty());
    CHECK(first != second);
    CHECK(ReadFile(first) == "first damaged file");
    CHECK(ReadFile(first.string() + "-wal") == "first wal");
    CHECK(ReadFile(second) == "second damaged file");
    CHECK(ReadFile(second.string() + "-wal") == "second wal");
    CHECK_FALSE(std::filesystem::exists(db));
    // A third, and a name taken by something else entirely, still overwrite nothing.
    WriteFile(db, "third");
    const auto third = MoveAside(db, "corrupt", "20261129T072600Z", error);
    CHECK(ReadFile(third) == "third");
    CHECK(ReadFile(first) == "first damaged file");
    CHECK(ReadFile(second) == "second damaged file");
}
