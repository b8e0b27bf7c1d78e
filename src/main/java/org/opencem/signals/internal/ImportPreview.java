package org.opencem.signals.internal;

import java.util.List;
import java.util.Map;

/**
 * What the mapping screen shows: the file's headers, a few rows, and for each column the field
 * it is mapped to (last time's mapping for this source, else a guess from the header), or none.
 */
public record ImportPreview(ImportView upload, List<String> headers, List<List<String>> samples,
                            Map<Integer, SignalField> mapping) {
}
