package org.opencem.feedback.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.opencem.feedback.Comment;
import org.opencem.feedback.CommentFilter;
import org.opencem.feedback.Comments;
import org.opencem.feedback.FeedbackSource;
import org.opencem.feedback.SearchTerms;
import org.opencem.feedback.TopicJourney;
import org.opencem.feedback.TopicTrends;
import org.opencem.platform.CurrentUser;
import org.opencem.textanalytics.Taxonomy;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The comment explorer over JSON, limited to the caller's scope like the console. */
@RestController
@RequestMapping("/api/v1/feedback/comments")
@Tag(name = "Comments", description = "Feedback comments with their sentiment and topics")
class CommentApi {

    private static final int MAX_SIZE = 200;

    private final Comments comments;
    private final Taxonomy taxonomy;

    CommentApi(Comments comments, Taxonomy taxonomy) {
        this.comments = comments;
        this.taxonomy = taxonomy;
    }

    /** Where a searched word was found in the text: [start, end) in characters. */
    record Match(int start, int end) {
    }

    record CommentView(UUID id, OffsetDateTime occurredAt, UUID orgUnitId, String unitName, UUID touchpointId,
                       FeedbackSource source, String channel, Integer nps, Integer csat, String sentiment,
                       Double sentimentScore, List<String> topics, String text, List<Match> matches) {
    }

    record CommentPage(int total, int page, int size, List<String> terms, List<CommentView> comments) {
    }

    record TopicView(String code, String name, int mentions, int negative, int negativeShare, List<Integer> perWeek) {
    }

    record TrendView(List<LocalDate> weeks, List<TopicView> topics) {
    }

    record CellView(String topic, UUID touchpointId, int comments, int netSentiment) {
    }

    @GetMapping
    @Operation(summary = "Find comments", description = "Newest first. q is searched in the text: every term must "
            + "appear, Chinese is segmented into words. from and to are days in the reporting time zone.")
    CommentPage find(CurrentUser me, @RequestParam(required = false) String q, @RequestParam(required = false) String topic,
                     @Parameter(description = "POSITIVE, NEUTRAL or NEGATIVE") @RequestParam(required = false) String sentiment,
                     @RequestParam(required = false) UUID unit, @RequestParam(required = false) UUID touchpoint,
                     @RequestParam(required = false) FeedbackSource source,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        CommentFilter filter = new CommentFilter(q, topic, sentiment, unit, touchpoint, source, from, to);
        int pageSize = Math.max(1, Math.min(MAX_SIZE, size));
        int current = Math.max(0, page);
        List<String> terms = SearchTerms.of(q);
        List<CommentView> found = comments.find(me.scope(), filter, current * pageSize, pageSize).stream()
                .map(c -> view(c, terms)).toList();
        return new CommentPage(comments.count(me.scope(), filter), current, pageSize, terms, found);
    }

    @GetMapping("/topics")
    @Operation(summary = "Topic trends", description = "Mentions per topic and week (weeks start on Monday) and the negative share.")
    TrendView topics(CurrentUser me, @RequestParam(required = false) String q, @RequestParam(required = false) String sentiment,
                     @RequestParam(required = false) UUID unit, @RequestParam(required = false) UUID touchpoint,
                     @RequestParam(required = false) FeedbackSource source,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Locale locale) {
        TopicTrends trends = comments.trends(me.scope(), new CommentFilter(q, null, sentiment, unit, touchpoint, source, from, to));
        Map<String, String> names = taxonomy.names(me.tenantId(), locale);
        return new TrendView(trends.weeks(), trends.topics().stream().map(t -> new TopicView(t.code(),
                names.getOrDefault(t.code(), t.code()), t.mentions(), t.negative(), t.negativeShare(), t.perWeek())).toList());
    }

    @GetMapping("/journey")
    @Operation(summary = "Topics across touchpoints", description = "Comments and net sentiment per topic and touchpoint; "
            + "touchpointId null for comments on no touchpoint.")
    List<CellView> journey(CurrentUser me, @RequestParam(required = false) String q, @RequestParam(required = false) UUID unit,
                           @RequestParam(required = false) FeedbackSource source,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                           @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        TopicJourney journey = comments.journey(me.scope(), new CommentFilter(q, null, null, unit, null, source, from, to));
        List<CellView> cells = new ArrayList<>();
        for (String topic : journey.topics()) {
            for (UUID touchpoint : journey.touchpoints()) {
                TopicJourney.Cell cell = journey.cell(topic, touchpoint);
                if (cell != null) {
                    cells.add(new CellView(topic, touchpoint, cell.comments(), cell.netSentiment()));
                }
            }
        }
        return cells;
    }

    private static CommentView view(Comment c, List<String> terms) {
        List<Match> matches = new ArrayList<>();
        int at = 0;
        for (SearchTerms.Fragment fragment : SearchTerms.highlight(c.text(), terms)) {
            if (fragment.match()) {
                matches.add(new Match(at, at + fragment.text().length()));
            }
            at += fragment.text().length();
        }
        return new CommentView(c.id(), c.occurredAt(), c.orgUnitId(), c.unitName(), c.touchpointId(), c.source(),
                c.channel(), c.nps(), c.csat(), c.sentiment(), c.sentimentScore(), c.topics(), c.text(), matches);
    }
}
