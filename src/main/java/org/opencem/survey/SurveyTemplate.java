package org.opencem.survey;

import java.util.ArrayList;
import java.util.List;

/** The starting points a survey is created from. */
public enum SurveyTemplate {
    /** 0–10 recommendation, the reason, and optionally a 1–5 satisfaction rating. */
    NPS,
    /** 1–5 satisfaction and the reason. */
    CSAT;

    public SurveyDefinition definition(String touchpointName, boolean withCsat) {
        List<Question> questions = new ArrayList<>();
        if (this == NPS) {
            questions.add(new Question("nps", QuestionType.NPS, true,
                    LocalizedText.of("您有多大可能向朋友或同事推荐我们？", "How likely are you to recommend us to a friend or colleague?"),
                    LocalizedText.of("不可能推荐", "Not at all likely"), LocalizedText.of("极有可能推荐", "Extremely likely")));
            questions.add(reason(true));
            if (withCsat) {
                questions.add(csat(false));
            }
        } else {
            questions.add(csat(true));
            questions.add(reason(false));
        }
        String place = touchpointName == null ? "" : touchpointName;
        return new SurveyDefinition(
                LocalizedText.of("感谢光临，请留下您的宝贵意见", "Thank you for visiting, tell us how we did"),
                LocalizedText.of("只需 30 秒。" + (place.isEmpty() ? "" : "本次关于：" + place),
                        "It takes 30 seconds." + (place.isEmpty() ? "" : " About: " + place)),
                LocalizedText.of("谢谢您的反馈！我们会认真阅读每一条意见。", "Thank you! We read every comment."),
                questions);
    }

    private static Question reason(boolean afterNps) {
        return new Question("reason", QuestionType.TEXT, false,
                afterNps ? LocalizedText.of("您给出这个分数的主要原因是什么？", "What is the main reason for your score?")
                        : LocalizedText.of("有什么想告诉我们的吗？", "Anything you would like to tell us?"),
                null, null);
    }

    private static Question csat(boolean required) {
        return new Question("csat", QuestionType.CSAT, required,
                LocalizedText.of("您对本次体验的总体满意度如何？", "How satisfied are you with this visit overall?"),
                LocalizedText.of("非常不满意", "Very dissatisfied"), LocalizedText.of("非常满意", "Very satisfied"));
    }
}
