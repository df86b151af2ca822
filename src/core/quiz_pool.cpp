// The quiz engine's questions from the loaded content.
#include "core/quiz_pool.hpp"

namespace kepu {

std::vector<EngineQuestion> QuizPool(const ContentCatalog& catalog) {
    std::vector<EngineQuestion> pool;
    for (const ContentItem* item : catalog.ItemsOf(Module::Quizzes)) {
        const QuizSet* set = item->AsQuizSet();
        if (!set) continue;
        for (const QuizQuestion& q : set->questions) {
            EngineQuestion e;
            e.setId = item->id;
            e.id = q.id;
            e.type = q.type;
            e.choiceCount = static_cast<int>(q.choices.size());
            e.correct = q.answers;
            e.difficulty = q.difficulty;
            e.audiences = q.audiences;
            e.topic = q.topic;
            e.selfTest = q.selfTest;
            pool.push_back(std::move(e));
        }
    }
    return pool;
}

} // namespace kepu
