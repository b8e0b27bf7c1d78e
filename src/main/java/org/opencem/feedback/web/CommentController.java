package org.opencem.feedback.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import org.opencem.platform.web.ScriptJson;
import org.opencem.feedback.Comment;
import org.opencem.feedback.CommentFilter;
import org.opencem.feedback.Comments;
import org.opencem.feedback.FeedbackSource;
import org.opencem.feedback.SearchTerms;
import org.opencem.feedback.TopicJourney;
import org.opencem.feedback.TopicTrends;
import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.web.Htmx;
import org.opencem.textanalytics.Taxonomy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.databind.json.JsonMapper;

/**
 * The comment explorer: every comment in the person's scope, filtered by topic, sentiment, unit,
 * touchpoint, source, period and words, the words marked in each comment; topic trends by week
 * (a chart of the busiest topics);
 * and topics across the journey's touchpoints. Filters and paging update in place and the URL
 * follows them.
 */
@Controller
class CommentController {

    static final int PAGE_SIZE = 25;
    static final List<String> SENTIMENTS = List.of("NEGATIVE", "NEUTRAL", "POSITIVE");
    static final List<String> PERIODS = List.of("7", "30", "90", "365", "all");

    private final Comments comments;
    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final Taxonomy taxonomy;
    private final JsonMapper json;
    private final Clock clock;
    private final ZoneId zone;

    CommentController(Comments comments, OrgUnits orgUnits, Journeys journeys, Taxonomy taxonomy, JsonMapper json,
                      Clock clock, @Value("${opencem.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.json = json;
        this.comments = comments;
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.taxonomy = taxonomy;
        this.clock = clock;
        this.zone = zone;
    }

    /** A comment with its text cut into fragments, the searched words marked. */
    record Shown(Comment comment, List<SearchTerms.Fragment> fragments) {
    }

    @GetMapping("/feedback/comments")
    String explore(CurrentUser me, @ModelAttribute("params") ExplorerParams params, HtmxRequest htmx, Model model,
                   Locale locale) {
        CommentFilter filter = params.filter(clock, zone);
        List<String> terms = SearchTerms.of(params.q());
        List<Comment> found = comments.find(me.scope(), filter, params.page() * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = found.size() > PAGE_SIZE;
        model.addAttribute("comments", (more ? found.subList(0, PAGE_SIZE) : found).stream()
                .map(c -> new Shown(c, SearchTerms.highlight(c.text(), terms))).toList());
        model.addAttribute("more", more);
        model.addAttribute("links", new ExplorerLinks(params));
        model.addAttribute("total", comments.count(me.scope(), filter));
        TopicTrends trends = comments.trends(me.scope(), filter);
        model.addAttribute("trends", trends);
        Map<String, String> topicNames = taxonomy.names(me.tenantId(), locale);
        model.addAttribute("topicTrendJson", ScriptJson.of(json, TopicTrendChart.of(trends, topicNames)));
        TopicJourney journey = comments.journey(me.scope(), filter);
        model.addAttribute("journey", journey);
        List<TouchpointRef> touchpoints = journeys.touchpoints(me.tenantId());
        List<UUID> columns = new ArrayList<>(touchpoints.stream().map(TouchpointRef::id).filter(journey.touchpoints()::contains).toList());
        if (journey.touchpoints().contains(null)) {
            columns.add(null);
        }
        model.addAttribute("journeyColumns", columns);
        model.addAttribute("touchpoints", touchpoints);
        model.addAttribute("touchpointNames", touchpoints.stream().collect(Collectors.toMap(TouchpointRef::id, TouchpointRef::name)));
        List<OrgUnit> units = orgUnits.visible(me.scope());
        int top = units.stream().mapToInt(OrgUnit::depth).min().orElse(0);
        model.addAttribute("units", units);
        model.addAttribute("unitIndent", units.stream().collect(Collectors.toMap(OrgUnit::id, u -> "\u3000".repeat(u.depth() - top))));
        model.addAttribute("topicNames", topicNames);
        model.addAttribute("sentiments", SENTIMENTS);
        model.addAttribute("periods", PERIODS);
        model.addAttribute("sources", List.of(FeedbackSource.values()));
        return Htmx.wantsFragment(htmx) ? "feedback/partials/comments :: results" : "feedback/comments";
    }
}
