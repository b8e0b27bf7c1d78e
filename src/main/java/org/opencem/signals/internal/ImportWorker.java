package org.opencem.signals.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.Scope;
import org.opencem.signals.SignalInput;
import org.opencem.signals.SignalIntake;
import org.opencem.signals.SignalResult;
import org.opencem.signals.SpeakerTurn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes queued uploads in, a chunk of rows at a time, recording progress after each chunk so the
 * page's progress bar moves and a person can leave and come back. Any instance may run it: an
 * upload is claimed by a conditional update, so two instances never take the same one, and an
 * upload whose instance stopped (no heartbeat for a while) is taken over where it was left.
 * It runs on a thread of its own: a file of 100,000 rows would otherwise hold the shared
 * scheduler, and with it the feedback dispatcher, for minutes.
 */
@Component
class ImportWorker {

    private static final Logger log = LoggerFactory.getLogger(ImportWorker.class);
    static final int CHUNK = 250;
    /** Enough to fix a file by; the count of failed rows stays exact beyond it. */
    static final int ERRORS_KEPT = 500;
    private static final Duration STALE = Duration.ofMinutes(2);
    private static final TypeReference<Map<String, Integer>> MAPPING = new TypeReference<>() {
    };
    private static final TypeReference<List<ImportView.RowError>> ERRORS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final SignalImports imports;
    private final SignalIntake intake;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration poll;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread worker = new Thread(runnable, "signal-import");
        worker.setDaemon(true);
        return worker;
    });

    ImportWorker(JdbcClient jdbc, SignalImports imports, SignalIntake intake, JsonMapper json, Clock clock,
                 @Value("${opencem.signals.import-poll:1s}") Duration poll) {
        this.jdbc = jdbc;
        this.imports = imports;
        this.intake = intake;
        this.json = json;
        this.clock = clock;
        this.poll = poll;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        thread.scheduleWithFixedDelay(this::work, poll.toMillis(), poll.toMillis(), TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        thread.shutdownNow();
    }

    void work() {
        try {
            Optional<Claimed> next;
            while ((next = claim()).isPresent()) {
                process(next.get());
            }
        } catch (RuntimeException e) {
            log.error("Signal import failed; it is taken up again when its heartbeat is stale", e);
        }
    }

    private Optional<Claimed> claim() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Claimed> candidates = jdbc.sql("""
                        select tenant_id, id, source, processed_rows from signal_import
                        where status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?)
                        order by created_at fetch first 5 rows only""")
                .param(now.minus(STALE))
                .query((rs, i) -> new Claimed(rs.getObject("tenant_id", UUID.class), rs.getObject("id", UUID.class),
                        FeedbackSource.valueOf(rs.getString("source")), rs.getInt("processed_rows")))
                .list();
        for (Claimed candidate : candidates) {
            int taken = jdbc.sql("""
                            update signal_import set status = 'RUNNING', heartbeat_at = ?
                            where tenant_id = ? and id = ? and (status = 'QUEUED' or (status = 'RUNNING' and heartbeat_at < ?))""")
                    .params(now, candidate.tenantId(), candidate.id(), now.minus(STALE)).update();
            if (taken == 1) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private void process(Claimed upload) {
        SignalImports.Stored stored = imports.stored(upload.tenantId(), upload.id());
        Map<String, Integer> mapping = json.readValue(stored.mapping(), MAPPING);
        List<TabularFile.Row> rows = SignalImports.rows(stored.kind(), stored.content());
        List<String> headers = rows.get(0).cells();
        Scope scope = new Scope(upload.tenantId(), stored.scopePaths());
        List<TabularFile.Row> data = rows.subList(1, rows.size());
        for (int start = upload.processedRows(); start < data.size(); start += CHUNK) {
            List<TabularFile.Row> chunk = data.subList(start, Math.min(data.size(), start + CHUNK));
            List<ImportView.RowError> errors = new ArrayList<>();
            List<SignalInput> inputs = new ArrayList<>();
            List<TabularFile.Row> taken = new ArrayList<>();
            for (TabularFile.Row row : chunk) {
                Optional<SignalInput> input = input(upload.source(), headers, mapping, row, errors);
                if (input.isPresent()) {
                    inputs.add(input.get());
                    taken.add(row);
                }
            }
            int[] counts = new int[4];
            counts[3] = chunk.size() - taken.size();
            List<SignalResult> results = inputs.isEmpty() ? List.of() : intake.take(scope, inputs);
            for (SignalResult result : results) {
                switch (result.status()) {
                    case CREATED -> counts[0]++;
                    case UPDATED -> counts[1]++;
                    case UNCHANGED -> counts[2]++;
                    case REJECTED -> {
                        counts[3]++;
                        int line = taken.get(result.index()).line();
                        result.errors().forEach(v -> errors.add(new ImportView.RowError(line, v.field(), v.messageKey(),
                                v.args().stream().map(String::valueOf).toList())));
                    }
                }
            }
            recordProgress(upload, start + chunk.size(), counts, errors);
        }
        jdbc.sql("update signal_import set status = 'DONE', finished_at = ?, processed_rows = total_rows where tenant_id = ? and id = ?")
                .params(OffsetDateTime.now(clock), upload.tenantId(), upload.id()).update();
    }

    /** A row's mapped cells as a signal; a rating that is not a whole number is reported here, with its line. */
    private Optional<SignalInput> input(FeedbackSource source, List<String> headers, Map<String, Integer> mapping,
                                        TabularFile.Row row, List<ImportView.RowError> errors) {
        Integer rating = null;
        String ratingText = cell(row, mapping, SignalField.RATING);
        if (!ratingText.isEmpty()) {
            try {
                rating = new BigDecimal(ratingText).intValueExact();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                errors.add(new ImportView.RowError(row.line(), SignalField.RATING.key(), "signals.error.rating", List.of()));
                return Optional.empty();
            }
        }
        Map<String, String> original = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            original.put(headers.get(i).strip(), row.cell(i));
        }
        return Optional.of(new SignalInput(source, cell(row, mapping, SignalField.EXTERNAL_ID),
                cell(row, mapping, SignalField.STORE), cell(row, mapping, SignalField.OCCURRED_AT), rating,
                cell(row, mapping, SignalField.TITLE), cell(row, mapping, SignalField.TEXT),
                cell(row, mapping, SignalField.AUTHOR), cell(row, mapping, SignalField.CUSTOMER_ID),
                cell(row, mapping, SignalField.CATEGORY), cell(row, mapping, SignalField.CHANNEL),
                cell(row, mapping, SignalField.LANGUAGE), turns(cell(row, mapping, SignalField.TRANSCRIPT)), Map.of(),
                json.writeValueAsString(original)));
    }

    private static String cell(TabularFile.Row row, Map<String, Integer> mapping, SignalField field) {
        Integer column = mapping.get(field.key());
        return column == null ? "" : row.cell(column);
    }

    /** A transcript in a cell, one turn a line: "客户：菜还没上" or "Agent: sorry". */
    static List<SpeakerTurn> turns(String transcript) {
        List<SpeakerTurn> turns = new ArrayList<>();
        for (String line : transcript.split("\\R")) {
            int colon = line.indexOf(':');
            int wide = line.indexOf('：');
            int at = colon < 0 ? wide : wide < 0 ? colon : Math.min(colon, wide);
            if (at > 0) {
                turns.add(new SpeakerTurn(line.substring(0, at).strip(), line.substring(at + 1).strip()));
            } else if (!line.isBlank() && !turns.isEmpty()) {
                SpeakerTurn last = turns.remove(turns.size() - 1);
                turns.add(new SpeakerTurn(last.speaker(), last.text() + "\n" + line.strip()));
            }
        }
        return turns;
    }

    private void recordProgress(Claimed upload, int processed, int[] counts, List<ImportView.RowError> newErrors) {
        if (!newErrors.isEmpty()) {
            newErrors.sort(java.util.Comparator.comparingInt(ImportView.RowError::line));
            List<ImportView.RowError> all = new ArrayList<>(jdbc.sql("select errors from signal_import where tenant_id = ? and id = ?")
                    .params(upload.tenantId(), upload.id()).query(String.class).optional()
                    .map(text -> json.readValue(text, ERRORS)).orElse(List.of()));
            newErrors.stream().limit(Math.max(0, ERRORS_KEPT - all.size())).forEach(all::add);
            jdbc.sql("update signal_import set errors = ? where tenant_id = ? and id = ?")
                    .params(json.writeValueAsString(all), upload.tenantId(), upload.id()).update();
        }
        jdbc.sql("""
                        update signal_import set processed_rows = ?, created_count = created_count + ?,
                               updated_count = updated_count + ?, unchanged_count = unchanged_count + ?,
                               failed_count = failed_count + ?, heartbeat_at = ?
                        where tenant_id = ? and id = ?""")
                .params(processed, counts[0], counts[1], counts[2], counts[3], OffsetDateTime.now(clock),
                        upload.tenantId(), upload.id())
                .update();
    }

    private record Claimed(UUID tenantId, UUID id, FeedbackSource source, int processedRows) {
    }
}
