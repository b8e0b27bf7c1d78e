package org.opencem.actions.internal.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencem.journey.Journeys;
import org.opencem.journey.TouchpointRef;
import org.opencem.organization.OrgUnit;
import org.opencem.organization.OrgUnits;
import org.opencem.platform.Scope;
import org.opencem.survey.Question;
import org.opencem.survey.Survey;
import org.opencem.survey.Surveys;
import org.springframework.stereotype.Component;

/** Reads a tenant's units, touchpoints and question keys for compiling and checking its rules. */
@Component
public class RuleContexts {

    private final OrgUnits orgUnits;
    private final Journeys journeys;
    private final Surveys surveys;

    RuleContexts(OrgUnits orgUnits, Journeys journeys, Surveys surveys) {
        this.orgUnits = orgUnits;
        this.journeys = journeys;
        this.surveys = surveys;
    }

    public RuleContext load(UUID tenantId) {
        List<OrgUnit> units = orgUnits.visible(new Scope(tenantId, List.of("/")));
        Set<String> keys = new HashSet<>();
        for (Survey survey : surveys.all(tenantId)) {
            survey.draft().questions().stream().map(Question::key).forEach(keys::add);
            if (survey.publishedVersion() != null) {
                surveys.publishedDefinition(tenantId, survey.id(), survey.publishedVersion())
                        .ifPresent(d -> d.questions().stream().map(Question::key).forEach(keys::add));
            }
        }
        return new RuleContext(tenantId, units.stream().collect(Collectors.toMap(OrgUnit::id, Function.identity())),
                journeys.touchpoints(tenantId).stream().collect(Collectors.toMap(TouchpointRef::id, TouchpointRef::name)),
                keys);
    }
}
