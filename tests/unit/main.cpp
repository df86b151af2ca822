// Catch2 entry point for the fast unit tests of the pure core.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
