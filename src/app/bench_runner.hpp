// `kepu-kiosk --bench`: measures what the kiosk shell promises, headless at the window size given
// (1920x1080 by default): start to first frame, font atlas, frame times on the busiest screen,
// touch-to-response frames, memory, and CPU while a static screen shows.
#pragma once

namespace kepu {

class KioskApp;

int RunBenchmark(KioskApp& app);

} // namespace kepu
