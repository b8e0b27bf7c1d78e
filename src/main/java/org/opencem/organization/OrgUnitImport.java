package org.opencem.organization;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.opencem.platform.CsvReader;
import org.opencem.platform.NotFoundException;
import org.opencem.platform.Scope;
import org.opencem.platform.Violation;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds or updates a tenant's org-unit tree from CSV with the header {@code code,name,parent_code,type}.
 * Good rows are kept even when others fail, each failure is reported with its line, and rows may come
 * in any order: a row waits until its parent exists, pass after pass.
 */
@Service
public class OrgUnitImport {

    public static final List<String> HEADER = List.of("code", "name", "parent_code", "type");
    public static final int MAX_ROWS = 10_000;

    /** One reason a line was not imported; line 0 is about the whole file. */
    public record LineError(int line, String code, String column, String messageKey, List<Object> args) {

        public LineError {
            args = List.copyOf(args);
        }

        public Object[] argsArray() {
            return args.toArray();
        }
    }

    public record Result(int created, int updated, int unchanged, List<LineError> errors) {

        public Result {
            errors = List.copyOf(errors);
        }

        /** Lines that were not imported. */
        public int failed() {
            return (int) errors.stream().map(LineError::line).distinct().count();
        }

        static Result fileError(String messageKey, Object... args) {
            return new Result(0, 0, 0, List.of(new LineError(0, "", "", messageKey, List.of(args))));
        }
    }

    private enum Outcome { CREATED, UPDATED, UNCHANGED }

    private record Line(int number, String code, String name, UnitType type, String parentCode) {
    }

    /** A row that could not be applied; thrown inside the row's transaction so that it rolls back. */
    private static final class RowFailure extends RuntimeException {
        private final String column;
        private final String messageKey;
        private final transient Object[] args;

        RowFailure(String column, String messageKey, Object... args) {
            super(messageKey, null, false, false);
            this.column = column;
            this.messageKey = messageKey;
            this.args = args;
        }
    }

    private final OrgUnits orgUnits;
    private final TransactionTemplate transactions;

    OrgUnitImport(OrgUnits orgUnits, TransactionTemplate transactions) {
        this.orgUnits = orgUnits;
        this.transactions = transactions;
    }

    /** Reads the bytes as UTF-8; anything else (say GBK from an old Excel) is refused with a hint. */
    public Result importCsv(Scope scope, byte[] csv) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            return Result.fileError("org.import.notUtf8");
        }
        return importCsv(scope, text);
    }

    public Result importCsv(Scope scope, String csv) {
        List<CsvReader.Row> rows;
        try {
            rows = CsvReader.parse(csv);
        } catch (CsvReader.MalformedCsvException e) {
            return Result.fileError("org.import.unterminatedQuote", e.line());
        }
        rows = rows.stream().filter(row -> !row.isBlank()).toList();
        if (rows.isEmpty()) {
            return Result.fileError("org.import.empty", String.join(",", HEADER));
        }
        if (rows.size() - 1 > MAX_ROWS) {
            return Result.fileError("org.import.tooManyRows", MAX_ROWS);
        }
        Map<String, Integer> columns = columns(rows.get(0));
        if (!columns.keySet().containsAll(HEADER)) {
            return Result.fileError("org.import.badHeader", String.join(",", HEADER));
        }
        return new Run(scope, columns).run(rows.subList(1, rows.size()));
    }

    private static Map<String, Integer> columns(CsvReader.Row header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.fields().size(); i++) {
            columns.putIfAbsent(header.fields().get(i).trim().toLowerCase(Locale.ROOT), i);
        }
        return columns;
    }

    /** The state of one import: rows waiting for their parent, rows done, rows failed. */
    private final class Run {

        private final Scope scope;
        private final Map<String, Integer> columns;
        private final List<LineError> errors = new ArrayList<>();
        private final Map<String, Line> pending = new LinkedHashMap<>();
        private final Map<String, Integer> firstLineOfCode = new HashMap<>();
        private final Map<String, Integer> failedCodes = new HashMap<>();
        private final Map<String, UUID> placed = new HashMap<>();
        private int created;
        private int updated;
        private int unchanged;

        Run(Scope scope, Map<String, Integer> columns) {
            this.scope = scope;
            this.columns = columns;
        }

        Result run(List<CsvReader.Row> rows) {
            rows.forEach(this::read);
            boolean progress = true;
            while (progress && !pending.isEmpty()) {
                progress = false;
                for (Line line : new ArrayList<>(pending.values())) {
                    progress |= tryPlace(line);
                }
            }
            pending.values().forEach(this::reportCycle);
            errors.sort(java.util.Comparator.comparingInt(LineError::line));
            return new Result(created, updated, unchanged, errors);
        }

        private void read(CsvReader.Row row) {
            String code = field(row, "code");
            String name = field(row, "name");
            String parentCode = field(row, "parent_code");
            String type = field(row, "type");
            List<Violation> violations = new ArrayList<>(OrgUnitRules.checkFields(code, name, type));
            if (parentCode.length() > OrgUnitRules.CODE_MAX) {
                violations.add(Violation.of("parent_code", "common.tooLong", OrgUnitRules.CODE_MAX));
            }
            if (!code.isEmpty() && code.equals(parentCode)) {
                violations.add(Violation.of("parent_code", "org.import.ownParent"));
            }
            Integer firstLine = code.isEmpty() ? null : firstLineOfCode.putIfAbsent(code, row.line());
            if (firstLine != null) {
                violations.add(Violation.of("code", "org.import.duplicate", code, firstLine));
            }
            if (!violations.isEmpty()) {
                violations.forEach(v -> fail(row.line(), code, v.field(), v.messageKey(), v.argsArray()));
                if (firstLine == null && !code.isEmpty()) {
                    failedCodes.put(code, row.line());
                }
                return;
            }
            pending.put(code, new Line(row.line(), code, name, UnitType.parse(type).orElseThrow(), parentCode));
        }

        private String field(CsvReader.Row row, String column) {
            return row.field(columns.get(column)).trim();
        }

        /** Places the row if its parent is known by now; true when the row is settled either way. */
        private boolean tryPlace(Line line) {
            UUID parentId = null;
            String parentCode = line.parentCode();
            if (!parentCode.isEmpty()) {
                if (placed.containsKey(parentCode)) {
                    parentId = placed.get(parentCode);
                } else if (pending.containsKey(parentCode)) {
                    return false;
                } else if (failedCodes.containsKey(parentCode)) {
                    return settle(line, new RowFailure("parent_code", "org.import.parentFailed", parentCode,
                            failedCodes.get(parentCode)));
                } else {
                    Optional<OrgUnit> parent = orgUnits.findByCode(scope.tenantId(), parentCode);
                    if (parent.isEmpty()) {
                        return settle(line, new RowFailure("parent_code", "org.import.unknownParent", parentCode));
                    }
                    parentId = parent.get().id();
                }
            }
            UUID parent = parentId;
            try {
                Outcome outcome = transactions.execute(status -> apply(line, parent));
                switch (Objects.requireNonNull(outcome)) {
                    case CREATED -> created++;
                    case UPDATED -> updated++;
                    case UNCHANGED -> unchanged++;
                }
                placed.put(line.code(), orgUnits.findByCode(scope.tenantId(), line.code()).orElseThrow().id());
                pending.remove(line.code());
                return true;
            } catch (RowFailure failure) {
                return settle(line, failure);
            } catch (DataIntegrityViolationException e) {
                return settle(line, new RowFailure("code", "org.import.saveFailed"));
            }
        }

        private Outcome apply(Line line, UUID parentId) {
            Optional<OrgUnit> found = orgUnits.findByCode(scope.tenantId(), line.code());
            if (found.isEmpty()) {
                if (parentId != null && orgUnits.find(scope, parentId).isEmpty()) {
                    throw new RowFailure("parent_code", "org.import.parentOutOfScope", line.parentCode());
                }
                orgUnits.create(scope.tenantId(), line.code(), line.name(), line.type(), parentId);
                return Outcome.CREATED;
            }
            OrgUnit unit = found.get();
            if (!scope.covers(unit.path())) {
                throw new RowFailure("code", "org.import.outOfScope", line.code());
            }
            boolean changed = false;
            if (!unit.name().equals(line.name()) || unit.type() != line.type()) {
                orgUnits.update(scope, unit.id(), line.name(), line.type());
                changed = true;
            }
            if (!Objects.equals(unit.parentId(), parentId)) {
                if (parentId == null) {
                    throw new RowFailure("parent_code", "org.import.cannotBecomeRoot");
                }
                try {
                    orgUnits.move(scope, unit.id(), parentId);
                } catch (NotFoundException e) {
                    throw new RowFailure("parent_code", "org.import.parentOutOfScope", line.parentCode());
                } catch (IllegalArgumentException e) {
                    throw new RowFailure("parent_code", "org.import.moveCycle", line.parentCode());
                }
                changed = true;
            }
            return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
        }

        private boolean settle(Line line, RowFailure failure) {
            fail(line.number(), line.code(), failure.column, failure.messageKey, failure.args);
            pending.remove(line.code());
            failedCodes.put(line.code(), line.number());
            return true;
        }

        /** Rows still waiting after the last pass wait, directly or not, on a cycle among themselves. */
        private void reportCycle(Line line) {
            List<String> chain = new ArrayList<>();
            chain.add(line.code());
            Line current = line;
            while (true) {
                Line parent = pending.get(current.parentCode());
                if (parent == null) {
                    break;
                }
                int seen = chain.indexOf(parent.code());
                chain.add(parent.code());
                if (seen >= 0) {
                    String path = String.join(" → ", chain.subList(seen, chain.size()));
                    if (seen == 0) {
                        fail(line.number(), line.code(), "parent_code", "org.import.cycle", path);
                    } else {
                        fail(line.number(), line.code(), "parent_code", "org.import.parentInCycle", line.parentCode(), path);
                    }
                    return;
                }
                current = parent;
            }
        }

        private void fail(int line, String code, String column, String messageKey, Object... args) {
            errors.add(new LineError(line, code, column, messageKey, List.of(args)));
        }
    }
}
