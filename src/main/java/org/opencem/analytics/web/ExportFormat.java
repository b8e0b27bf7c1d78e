package org.opencem.analytics.web;

import java.util.Arrays;
import java.util.Locale;

import org.opencem.platform.InvalidInputException;
import org.springframework.http.MediaType;

/** The file formats a table can be downloaded in, named by {@code ?format=} or by the {@code Accept} header. */
enum ExportFormat {
    CSV("text/csv"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code csv} or {@code xlsx}; anything else is refused, naming the parameter. */
    static ExportFormat parse(String format) {
        String wanted = format == null ? "" : format.trim();
        return Arrays.stream(values()).filter(f -> f.extension().equalsIgnoreCase(wanted)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("format", "analytics.export.error.format", wanted));
    }

    /** The format asked for: the parameter when given, else the first format the Accept header names. */
    static ExportFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return parse(format);
        }
        for (MediaType type : MediaType.parseMediaTypes(accept == null ? "" : accept)) {
            if (type.isCompatibleWith(MediaType.parseMediaType(XLSX_TYPE)) && !type.isWildcardType()) {
                return XLSX;
            }
            if (type.isCompatibleWith(MediaType.parseMediaType(CSV.contentType)) && !type.isWildcardType()) {
                return CSV;
            }
        }
        return CSV;
    }
}
