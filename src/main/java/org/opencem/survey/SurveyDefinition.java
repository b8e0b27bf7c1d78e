package org.opencem.survey;

import java.util.List;
import java.util.Optional;

/** What a respondent sees: a title, an intro, the questions in order, and the thank-you text. */
public record SurveyDefinition(LocalizedText title, LocalizedText intro, LocalizedText thanks, List<Question> questions) {

    public SurveyDefinition {
        questions = List.copyOf(questions);
    }

    public Optional<Question> question(QuestionType type) {
        return questions.stream().filter(q -> q.type() == type).findFirst();
    }
}
