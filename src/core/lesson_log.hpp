// The lesson engine's events as participation-log entries, so staff can see where seniors get stuck:
// a lesson's start and completion as item_started / item_completed, and each step reached, completed,
// hinted, demonstrated or abandoned as a tutorial_step with its 0-based step. Pure.
#pragma once
#include "core/lesson_engine.hpp"
#include "core/participation.hpp"

#include <string>

namespace kepu {

// base: an entry the VisitTracker stamped for the visit; lesson: the tutorial's id.
LogEvent LessonLogEntry(const LessonEvent& event, const LogEvent& base, const std::string& lesson);

} // namespace kepu
