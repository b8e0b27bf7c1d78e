package org.opencem.analytics.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font PDF reports are written in. Chinese needs a CJK font on the machine: the one set in
 * {@code opencem.reports.cjk-font} (a .ttf/.otf, or a .ttc with {@code ,index}), else the first of the
 * usual places on Debian/Ubuntu (fonts-noto-cjk), Fedora, Arch, macOS and Windows. Without any, the
 * report is still made in Helvetica: its Chinese characters are shown as "?" and its first page says
 * why, so a laptop without CJK fonts gets a readable report instead of an error.
 */
@Component
class PdfFonts {

    private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

    /** Noto Sans CJK's collection holds JP, KR, SC, TC, HK in this order: index 2 draws Simplified Chinese. */
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc,2",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
            "C:/Windows/Fonts/msyh.ttc,0",
            "C:/Windows/Fonts/simsun.ttc,0");

    private final BaseFont font;
    private final boolean cjk;

    @Autowired
    PdfFonts(@Value("${opencem.reports.cjk-font:}") String configured) {
        this(withConfigured(configured));
    }

    /** Takes the first of these fonts that loads; a test passes places where none is, as on a laptop without CJK fonts. */
    PdfFonts(List<String> candidates) {
        BaseFont found = null;
        for (String candidate : candidates) {
            found = load(candidate);
            if (found != null) {
                log.info("PDF reports use the font {}", candidate);
                break;
            }
        }
        this.cjk = found != null;
        this.font = found != null ? found : helvetica();
        if (!cjk) {
            log.warn("No CJK font found for PDF reports (install fonts-noto-cjk or set opencem.reports.cjk-font); "
                    + "Chinese characters in reports are shown as '?'");
        }
    }

    private static List<String> withConfigured(String configured) {
        List<String> candidates = new ArrayList<>();
        if (!configured.isBlank()) {
            candidates.add(configured.trim());
        }
        candidates.addAll(CANDIDATES);
        return candidates;
    }

    private static BaseFont load(String candidate) {
        int comma = candidate.lastIndexOf(',');
        String file = comma > 0 && candidate.substring(comma + 1).matches("\\d+") ? candidate.substring(0, comma) : candidate;
        if (!Files.isReadable(Path.of(file))) {
            return null;
        }
        try {
            return BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception | LinkageError e) {
            log.warn("Cannot use {} for PDF reports: {}", candidate, e.getMessage());
            return null;
        }
    }

    private static BaseFont helvetica() {
        try {
            return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
        } catch (Exception e) {
            throw new IllegalStateException("The built-in Helvetica font is missing from OpenPDF", e);
        }
    }

    BaseFont font() {
        return font;
    }

    /** Whether Chinese can be drawn; without it the report says so on its first page. */
    boolean hasCjk() {
        return cjk;
    }

    /** The text as the font can draw it: unchanged with a CJK font, else with what Helvetica lacks as "?". */
    String drawable(String text) {
        if (text == null || cjk) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c < 0x100 || c == '–' || c == '—' || c == '€' ? Character.toString(c) : "?"));
        return out.toString();
    }
}
