package org.opencem.survey;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.stereotype.Component;

/**
 * Keeps what public links open for a few seconds: the respondent path then costs no query for
 * the survey. Changes made on this instance show at once, on other instances within the TTL.
 */
@Component
class LiveSurveyCache {

    private static final long TTL_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int MAX_ENTRIES = 50_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    Optional<LiveSurvey> get(String token, Function<String, Optional<LiveSurvey>> loader) {
        long now = System.nanoTime();
        Entry entry = entries.get(token);
        if (entry != null && now - entry.loadedAt < TTL_NANOS) {
            return Optional.of(entry.survey);
        }
        Optional<LiveSurvey> loaded = loader.apply(token);
        if (loaded.isPresent()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(token, new Entry(loaded.get(), now));
        }
        return loaded;
    }

    void evictSurvey(UUID surveyId) {
        entries.values().removeIf(entry -> entry.survey.surveyId().equals(surveyId));
    }

    private record Entry(LiveSurvey survey, long loadedAt) {
    }
}
