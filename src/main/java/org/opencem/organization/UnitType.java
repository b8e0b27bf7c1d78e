package org.opencem.organization;

import java.util.Locale;
import java.util.Optional;

public enum UnitType {
    HEAD_OFFICE, REGION, CITY, STORE, BRANCH, OTHER;

    /** Reads a type as written in an import file: its name in English or Chinese. */
    public static Optional<UnitType> parse(String text) {
        String value = text == null ? "" : text.trim();
        return switch (value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')) {
            case "HEAD_OFFICE", "HQ", "总部" -> Optional.of(HEAD_OFFICE);
            case "REGION", "大区", "区域" -> Optional.of(REGION);
            case "CITY", "城市" -> Optional.of(CITY);
            case "STORE", "SHOP", "门店" -> Optional.of(STORE);
            case "BRANCH", "网点", "分行", "分支" -> Optional.of(BRANCH);
            case "OTHER", "其他" -> Optional.of(OTHER);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "unitType." + name();
    }
}
