package org.opencem.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

import org.opencem.demo.DemoBlueprint.Store;
import org.opencem.demo.DemoPhrases.Theme;
import org.opencem.demo.DemoPhrases.Tone;

/**
 * Six months of answers to the two demo surveys, the same for the same day: a fixed seed, dates
 * counted back from today. Guests come more at weekends and at lunch and dinner; 广州天河店 and
 * 重庆解放碑店 disappoint more often; in the stores marked slow-serving the kitchen falls behind
 * over the last eight weeks, so the 上菜 ratings drop and the comments say why.
 */
final class DemoHistory {

    static final long SEED = 20240806L;
    static final int DAYS = 182;
    static final int NPS_TARGET = 13_000;
    static final int CSAT_TARGET = 7_000;
    /** The slow-serving problem starts this many days ago and is at its worst two weeks ago. */
    static final int SLOW_START_DAYS = 56;
    static final double COMMENT_ENGLISH = 0.20;

    /** One generated answer: to the NPS survey on 就餐 (with an optional CSAT) or the CSAT survey on 上菜. */
    record Answer(String storeCode, boolean npsSurvey, OffsetDateTime at, Integer nps, Integer csat, String comment,
                  Locale locale) {
    }

    private final Random random = new Random(SEED);
    private final Map<String, Double> weekNoise = new HashMap<>();

    private DemoHistory() {
    }

    static List<Answer> generate(ZonedDateTime now) {
        return new DemoHistory().run(now);
    }

    private List<Answer> run(ZonedDateTime now) {
        ZoneId zone = now.getZone();
        LocalDate today = now.toLocalDate();
        double totalWeight = 0;
        for (int daysAgo = 0; daysAgo < DAYS; daysAgo++) {
            for (Store store : DemoBlueprint.STORES) {
                totalWeight += store.weight() * dayFactor(today.minusDays(daysAgo));
            }
        }
        double npsPerUnit = NPS_TARGET / totalWeight;
        double csatPerUnit = CSAT_TARGET / totalWeight;
        List<Answer> answers = new ArrayList<>(NPS_TARGET + CSAT_TARGET);
        for (int daysAgo = DAYS - 1; daysAgo >= 0; daysAgo--) {
            LocalDate day = today.minusDays(daysAgo);
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            double factor = dayFactor(day);
            for (Store store : DemoBlueprint.STORES) {
                double slow = store.slowServing() ? slowness(daysAgo) : 0;
                double noise = weekNoise(store, day);
                int npsCount = count(npsPerUnit * store.weight() * factor);
                for (int i = 0; i < npsCount; i++) {
                    OffsetDateTime at = time(day, weekend, zone);
                    if (!at.isAfter(now.toOffsetDateTime())) {
                        answers.add(npsAnswer(store, at, slow, noise, weekend));
                    }
                }
                int csatCount = count(csatPerUnit * store.weight() * factor);
                for (int i = 0; i < csatCount; i++) {
                    OffsetDateTime at = time(day, weekend, zone);
                    if (!at.isAfter(now.toOffsetDateTime())) {
                        answers.add(servingAnswer(store, at, slow, noise));
                    }
                }
            }
        }
        answers.sort(Comparator.comparing(Answer::at));
        return answers;
    }

    /** 0 before the problem, rising to 1 two weeks ago and staying there. */
    static double slowness(long daysAgo) {
        return Math.max(0, Math.min(1, (SLOW_START_DAYS - daysAgo) / (double) (SLOW_START_DAYS - 14)));
    }

    private static double dayFactor(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case MONDAY -> 0.85;
            case TUESDAY -> 0.82;
            case WEDNESDAY -> 0.88;
            case THURSDAY -> 0.92;
            case FRIDAY -> 1.15;
            case SATURDAY -> 1.55;
            case SUNDAY -> 1.40;
        };
    }

    /** A store's good or bad week, ±4 points of promoters. */
    private double weekNoise(Store store, LocalDate day) {
        long week = ChronoUnit.WEEKS.between(LocalDate.of(2000, 1, 3), day);
        return weekNoise.computeIfAbsent(store.code() + week, k -> (random.nextDouble() - 0.5) * 0.08);
    }

    private int count(double expected) {
        int whole = (int) expected;
        return whole + (random.nextDouble() < expected - whole ? 1 : 0);
    }

    private OffsetDateTime time(LocalDate day, boolean weekend, ZoneId zone) {
        double r = random.nextDouble();
        double lunch = weekend ? 0.40 : 0.45;
        int minute;
        if (r < lunch) {
            minute = 12 * 60 + triangular(150);
        } else if (r < lunch + (weekend ? 0.50 : 0.45)) {
            minute = 18 * 60 + 30 + triangular(195);
        } else if (r < 0.97) {
            minute = 14 * 60 + 30 + random.nextInt(210);
        } else {
            minute = 21 * 60 + 45 + random.nextInt(75);
        }
        LocalTime time = LocalTime.of(minute / 60, minute % 60, random.nextInt(60));
        return day.atTime(time).atZone(zone).toOffsetDateTime();
    }

    /** Most answers come in the middle of a meal window, few at its edges. */
    private int triangular(int width) {
        return (int) ((random.nextDouble() + random.nextDouble()) / 2 * width);
    }

    private Answer npsAnswer(Store store, OffsetDateTime at, double slow, double noise, boolean weekend) {
        double promoters = store.promoters() + noise - 0.12 * slow;
        double detractors = store.detractors() - noise / 2 + 0.10 * slow + (weekend ? 0.02 : 0);
        double r = random.nextDouble();
        int nps;
        Integer csat = null;
        Tone tone;
        double commentChance;
        if (r < promoters) {
            nps = random.nextDouble() < 0.55 ? 10 : 9;
            tone = Tone.POSITIVE;
            commentChance = 0.20;
            if (random.nextDouble() < 0.65) {
                csat = random.nextDouble() < 0.72 ? 5 : random.nextDouble() < 0.95 ? 4 : 3;
            }
        } else if (r < 1 - detractors) {
            nps = random.nextDouble() < 0.55 ? 8 : 7;
            tone = Tone.MIXED;
            commentChance = 0.15;
            if (random.nextDouble() < 0.65) {
                double c = random.nextDouble();
                csat = c < 0.55 ? 4 : c < 0.85 ? 3 : 5;
            }
        } else {
            nps = detractorScore();
            tone = Tone.NEGATIVE;
            commentChance = 0.38;
            if (random.nextDouble() < 0.65) {
                double c = random.nextDouble();
                csat = nps >= 5 ? (c < 0.5 ? 3 : c < 0.85 ? 2 : 4) : (c < 0.55 ? 1 : 2);
            }
        }
        String comment = null;
        boolean english = random.nextDouble() < 0.12;
        if (random.nextDouble() < commentChance) {
            english = random.nextDouble() < COMMENT_ENGLISH;
            Theme theme;
            Theme other = null;
            if (tone == Tone.POSITIVE) {
                theme = choose(praise(slow));
            } else if (tone == Tone.MIXED) {
                theme = choose(praise(slow));
                other = chooseOther(complaints(store, slow), theme);
            } else {
                theme = choose(complaints(store, slow));
                if (random.nextDouble() < 0.25) {
                    other = chooseOther(complaints(store, slow), theme);
                }
            }
            comment = DemoPhrases.comment(random, english, tone, theme, other);
        }
        return new Answer(store.code(), true, at, nps, csat, comment, DemoPhrases.locale(english));
    }

    private int detractorScore() {
        double r = random.nextDouble();
        return r < 0.30 ? 6 : r < 0.55 ? 5 : r < 0.70 ? 4 : r < 0.82 ? 3 : r < 0.90 ? 2 : r < 0.95 ? 1 : 0;
    }

    private Answer servingAnswer(Store store, OffsetDateTime at, double slow, double noise) {
        double topTwo = store.serving() + noise / 2 - 0.42 * slow;
        int csat;
        double r = random.nextDouble();
        if (random.nextDouble() < topTwo) {
            csat = r < 0.55 ? 5 : 4;
        } else {
            csat = r < 0.50 ? 3 : r < 0.80 ? 2 : 1;
        }
        double commentChance = csat <= 2 ? 0.42 : csat == 3 ? 0.20 : 0.16;
        String comment = null;
        boolean english = random.nextDouble() < 0.12;
        if (random.nextDouble() < commentChance) {
            english = random.nextDouble() < COMMENT_ENGLISH;
            Map<Theme, Double> praise = weights(Theme.SPEED, 3 * (1 - slow) + 0.3, Theme.TASTE, 3.0, Theme.PORTION, 1.5,
                    Theme.STAFF, 1.0);
            Map<Theme, Double> complaints = weights(Theme.SPEED, 3 + 14 * slow, Theme.TASTE, 2.5, Theme.PORTION, 1.5,
                    Theme.STAFF, 0.7);
            if (csat >= 4) {
                comment = DemoPhrases.comment(random, english, Tone.POSITIVE, choose(praise), null);
            } else if (csat == 3) {
                Theme good = choose(weights(Theme.TASTE, 3.0, Theme.PORTION, 1.5, Theme.STAFF, 1.0));
                comment = DemoPhrases.comment(random, english, Tone.MIXED, good, chooseOther(complaints, good));
            } else {
                comment = DemoPhrases.comment(random, english, Tone.NEGATIVE, choose(complaints), null);
            }
        }
        return new Answer(store.code(), false, at, null, csat, comment, DemoPhrases.locale(english));
    }

    private static Map<Theme, Double> praise(double slow) {
        return weights(Theme.TASTE, 3.0, Theme.STAFF, 2.0, Theme.SPEED, 1.0 * (1 - slow) + 0.1, Theme.CLEAN, 1.0,
                Theme.PORTION, 1.5, Theme.PRICE, 1.0, Theme.APP, 0.7, Theme.QUEUE, 0.5);
    }

    /** What guests of this store complain about: the weak stores have their own troubles. */
    private static Map<Theme, Double> complaints(Store store, double slow) {
        Map<Theme, Double> w = weights(Theme.TASTE, 2.0, Theme.PORTION, 1.0, Theme.SPEED, 1.5 + 12 * slow,
                Theme.QUEUE, 2.0, Theme.STAFF, 1.5, Theme.CLEAN, 1.0, Theme.PRICE, 1.5, Theme.APP, 1.0);
        if (store.code().equals("GZ001")) {
            w.merge(Theme.STAFF, 4.0, Double::sum);
            w.merge(Theme.CLEAN, 1.5, Double::sum);
            w.merge(Theme.QUEUE, 1.0, Double::sum);
        } else if (store.code().equals("CQ001")) {
            w.merge(Theme.CLEAN, 3.0, Double::sum);
            w.merge(Theme.TASTE, 2.5, Double::sum);
            w.merge(Theme.STAFF, 2.0, Double::sum);
        }
        return w;
    }

    private static Map<Theme, Double> weights(Object... pairs) {
        Map<Theme, Double> w = new EnumMap<>(Theme.class);
        for (int i = 0; i < pairs.length; i += 2) {
            w.put((Theme) pairs[i], (Double) pairs[i + 1]);
        }
        return w;
    }

    private Theme choose(Map<Theme, Double> weights) {
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double r = random.nextDouble() * total;
        for (Map.Entry<Theme, Double> e : weights.entrySet()) {
            r -= e.getValue();
            if (r < 0) {
                return e.getKey();
            }
        }
        return weights.keySet().iterator().next();
    }

    private Theme chooseOther(Map<Theme, Double> weights, Theme not) {
        Map<Theme, Double> rest = new EnumMap<>(weights);
        rest.remove(not);
        return choose(rest);
    }
}
