// The quiz engine's questions from the loaded content: every question of every quiz set shown
// today, as EngineQuestion records (the engine never sees the content format).
#pragma once
#include "core/content_catalog.hpp"
#include "core/quiz_draw.hpp"

#include <vector>

namespace kepu {

// Quiz sets in the order the module lists them; questions in file order. Campaign packs not active
// today are left out (ItemsOf).
std::vector<EngineQuestion> QuizPool(const ContentCatalog& catalog);

} // namespace kepu
