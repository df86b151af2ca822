// Plays a test script against the running kiosk: taps travel as SDL touch events through the
// same input path as a real finger, and every expectation is checked on what was drawn.
#pragma once
#include "core/test_script.hpp"

#include <string>

namespace kepu {

class KioskApp;

// Returns the process exit code: 0 when every expectation held, 1 at the first that did not
// (its file:line and what was seen are printed), 2 when the script cannot be read or parsed.
int PlayScript(KioskApp& app, const std::string& scriptFile);

// One touch (finger down, then up) at window coordinates, as SDL events; the benchmark uses it too.
void PushTouchDown(KioskApp& app, float x, float y);
void PushTouchUp(KioskApp& app, float x, float y);
void PushTouchMove(KioskApp& app, float x, float y);

} // namespace kepu
