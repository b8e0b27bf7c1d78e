package org.opencem.signals.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.opencem.feedback.FeedbackSource;
import org.opencem.platform.CurrentUser;
import org.opencem.platform.Ids;
import org.opencem.platform.InvalidInputException;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Violation;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads of review exports and other signal files: stored, their columns mapped by the user,
 * then taken in by the {@link ImportWorker} in the background. A person sees their own uploads;
 * those who manage configuration see all of the tenant's.
 */
@Service
public class SignalImports {

    public static final int MAX_ROWS = 100_000;
    static final int SAMPLE_ROWS = 3;

    private static final TypeReference<List<ImportView.RowError>> ERRORS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, String>> MAPPING = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SignalImports(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the file if it can be read and has a header and rows; else says what is wrong with it. */
    public UUID upload(CurrentUser me, FeedbackSource source, String fileName, byte[] content) {
        if (source == null || source == FeedbackSource.SURVEY) {
            throw InvalidInputException.of("source", "signals.error.source");
        }
        if (content.length == 0) {
            throw InvalidInputException.of("file", "signals.import.fileMissing");
        }
        String kind = TabularFile.kindOf(fileName, content);
        List<TabularFile.Row> rows = rows(kind, content);
        if (rows.size() < 2) {
            throw InvalidInputException.of("file", "signals.import.empty");
        }
        if (rows.size() - 1 > MAX_ROWS) {
            throw InvalidInputException.of("file", "signals.import.tooManyRows", MAX_ROWS);
        }
        UUID id = Ids.newId();
        String name = fileName == null || fileName.isBlank() ? "upload." + kind : fileName.strip();
        jdbc.sql("""
                        insert into signal_import (tenant_id, id, source, file_name, file_kind, content, scope_paths, status,
                                                   total_rows, processed_rows, created_count, updated_count,
                                                   unchanged_count, failed_count, created_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, 0, 0, ?, ?)""")
                .params(me.tenantId(), id, source.name(), name.length() > 300 ? name.substring(0, 300) : name, kind,
                        content, String.join("\n", me.scope().unitPaths()), ImportView.Status.MAPPING.name(),
                        rows.size() - 1, me.userId(), OffsetDateTime.now(clock))
                .update();
        return id;
    }

    public ImportPreview preview(CurrentUser me, UUID id) {
        ImportView upload = get(me, id);
        Stored stored = stored(me.tenantId(), id);
        List<TabularFile.Row> rows = rows(stored.kind(), stored.content());
        List<String> headers = rows.get(0).cells().stream().map(String::strip).toList();
        List<List<String>> samples = rows.subList(1, Math.min(rows.size(), 1 + SAMPLE_ROWS)).stream()
                .map(TabularFile.Row::cells).toList();
        Map<String, String> remembered = rememberedMapping(me.tenantId(), upload.source());
        Map<Integer, SignalField> mapping = new LinkedHashMap<>();
        for (int column = 0; column < headers.size(); column++) {
            String header = headers.get(column);
            Optional<SignalField> field = remembered.entrySet().stream().filter(e -> e.getValue().equals(header))
                    .map(e -> fieldOf(e.getKey())).flatMap(Optional::stream).findFirst();
            if (field.isEmpty() && remembered.isEmpty()) {
                field = Arrays.stream(SignalField.values()).filter(f -> f.suggestedBy(header)).findFirst();
            }
            if (field.isPresent() && !mapping.containsValue(field.get())) {
                mapping.put(column, field.get());
            }
        }
        return new ImportPreview(upload, headers, samples, mapping);
    }

    /**
     * Queues the upload with its columns mapped ({@code mapping}: column → field), and remembers the
     * mapping for the next file of this source. Every required field needs a column, a field one
     * column at most, and the text comes from text, title, transcript or rating.
     */
    public void start(CurrentUser me, UUID id, Map<Integer, SignalField> mapping) {
        ImportView upload = get(me, id);
        if (upload.status() != ImportView.Status.MAPPING) {
            return;
        }
        List<Violation> errors = new ArrayList<>();
        Map<SignalField, Integer> columns = new EnumMap<>(SignalField.class);
        mapping.forEach((column, field) -> {
            if (columns.putIfAbsent(field, column) != null) {
                errors.add(Violation.of(field.key(), "signals.import.mappedTwice"));
            }
        });
        for (SignalField field : SignalField.values()) {
            if (field.required() && !columns.containsKey(field)) {
                errors.add(Violation.of(field.key(), "signals.import.fieldRequired"));
            }
        }
        if (!columns.containsKey(SignalField.TEXT) && !columns.containsKey(SignalField.TITLE)
                && !columns.containsKey(SignalField.TRANSCRIPT) && !columns.containsKey(SignalField.RATING)) {
            errors.add(Violation.of(SignalField.TEXT.key(), "signals.import.textRequired"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Stored stored = stored(me.tenantId(), id);
        List<String> headers = rows(stored.kind(), stored.content()).get(0).cells();
        Map<String, String> byHeader = new LinkedHashMap<>();
        columns.forEach((field, column) -> byHeader.put(field.key(), headers.get(column).strip()));
        Map<String, Integer> byColumn = new LinkedHashMap<>();
        columns.forEach((field, column) -> byColumn.put(field.key(), column));
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("update signal_import set mapping = ?, status = ? where tenant_id = ? and id = ? and status = ?")
                .params(json.writeValueAsString(byColumn), ImportView.Status.QUEUED.name(), me.tenantId(), id,
                        ImportView.Status.MAPPING.name()).update();
        int saved = jdbc.sql("update signal_column_mapping set mapping = ?, updated_at = ? where tenant_id = ? and source = ?")
                .params(json.writeValueAsString(byHeader), now, me.tenantId(), upload.source().name()).update();
        if (saved == 0) {
            jdbc.sql("insert into signal_column_mapping (tenant_id, source, mapping, updated_at) values (?, ?, ?, ?)")
                    .params(me.tenantId(), upload.source().name(), json.writeValueAsString(byHeader), now).update();
        }
    }

    public ImportView get(CurrentUser me, UUID id) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from signal_import where tenant_id = ? and id = ?" + mine(me))
                .params(ownerParams(me, me.tenantId(), id)).query(viewMapper()).optional()
                .orElseThrow(() -> new NotFoundException("Signal import"));
    }

    /** The newest uploads the person may see. */
    public List<ImportView> recent(CurrentUser me, int limit) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from signal_import where tenant_id = ?" + mine(me)
                        + " order by created_at desc fetch first " + limit + " rows only")
                .params(ownerParams(me, me.tenantId())).query(viewMapper()).list();
    }

    private static String mine(CurrentUser me) {
        return me.managesConfiguration() ? "" : " and created_by = ?";
    }

    private static List<Object> ownerParams(CurrentUser me, Object... params) {
        List<Object> all = new ArrayList<>(List.of(params));
        if (!me.managesConfiguration()) {
            all.add(me.userId());
        }
        return all;
    }

    private Map<String, String> rememberedMapping(UUID tenantId, FeedbackSource source) {
        return jdbc.sql("select mapping from signal_column_mapping where tenant_id = ? and source = ?")
                .params(tenantId, source.name()).query(String.class).optional()
                .map(text -> json.readValue(text, MAPPING)).orElse(Map.of());
    }

    static Optional<SignalField> fieldOf(String key) {
        return Arrays.stream(SignalField.values()).filter(f -> f.key().equals(key)).findFirst();
    }

    Stored stored(UUID tenantId, UUID id) {
        return jdbc.sql("select file_kind, content, mapping, scope_paths from signal_import where tenant_id = ? and id = ?")
                .params(tenantId, id)
                .query((rs, i) -> new Stored(rs.getString("file_kind"), rs.getBytes("content"), rs.getString("mapping"),
                        List.of(rs.getString("scope_paths").split("\n"))))
                .single();
    }

    static List<TabularFile.Row> rows(String kind, byte[] content) {
        try {
            return TabularFile.read(kind, content);
        } catch (TabularFile.Unreadable e) {
            throw InvalidInputException.of("file", e.messageKey, e.args);
        }
    }

    static final String VIEW_COLUMNS = """
            id, source, file_name, status, total_rows, processed_rows, created_count, updated_count, unchanged_count,
            failed_count, errors, created_at, finished_at""";

    RowMapper<ImportView> viewMapper() {
        return (rs, i) -> new ImportView(rs.getObject("id", UUID.class), FeedbackSource.valueOf(rs.getString("source")),
                rs.getString("file_name"), ImportView.Status.valueOf(rs.getString("status")), rs.getInt("total_rows"),
                rs.getInt("processed_rows"), rs.getInt("created_count"), rs.getInt("updated_count"),
                rs.getInt("unchanged_count"), rs.getInt("failed_count"),
                rs.getString("errors") == null ? List.of() : json.readValue(rs.getString("errors"), ERRORS),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("finished_at", OffsetDateTime.class));
    }

    /** The file and what the worker needs besides. */
    record Stored(String kind, byte[] content, String mapping, List<String> scopePaths) {
    }
}
