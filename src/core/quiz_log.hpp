// The quiz player's events as participation-log entries: one entry per QuizEvent, stamped for the
// visit by the VisitTracker and with the event's own time. Pure: the app writes what it returns.
#pragma once
#include "core/participation.hpp"
#include "core/quiz_engine.hpp"

#include <string>

namespace kepu {

// base: an entry the VisitTracker stamped for the visit (visit, audience, lang, text size, module).
// quizItem: the id the quiz runs under on the Item screen ("practice", "challenge", "self-test", or
// the quiz set's id when the visitor picked a set). Each quiz event becomes one log entry, stamped
// with the event's own UTC time and its Asia/Shanghai date. An answer's item is its question's set
// (so answers count per set and question whichever quiz asked them); every other entry's is quizItem.
LogEvent QuizLogEntry(const QuizEvent& event, const LogEvent& base, const std::string& quizItem);

} // namespace kepu
