package org.opencem.textanalytics.internal;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes any comment safe to analyse: HTML taken out, entities decoded, UTF-8 that was read as
 * Latin-1 repaired, replacement and control characters dropped, white space collapsed, and very
 * long texts cut at a sentence end. Never throws, whatever comes in.
 */
final class TextNormalizer {

    /** Enough for any real comment; a pasted 100 KB document is analysed by its beginning. */
    static final int MAX_CHARS = 4000;

    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1\\s*>");
    private static final Pattern LINE_BREAK_TAG = Pattern.compile("(?i)<\\s*(br|/p|/div|/li|/h\\d)\\b[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[a-zA-Z!/?][^<>]{0,2000}>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x0B\\f\\r \\u00A0\\u3000]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\s*\\n\\s*");
    private static final Pattern LATIN1_MOJIBAKE = Pattern.compile("[\\u00C2-\\u00EF][\\u0080-\\u00BF]");

    private TextNormalizer() {
    }

    /** The text as a person should read it, cleaned; empty for null or nothing readable. */
    static String clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        String text = raw.length() > MAX_CHARS * 4 ? raw.substring(0, MAX_CHARS * 4) : raw;
        if (text.indexOf('<') >= 0) {
            text = SCRIPT_OR_STYLE.matcher(text).replaceAll(" ");
            text = LINE_BREAK_TAG.matcher(text).replaceAll("\n");
            text = TAG.matcher(text).replaceAll(" ");
        }
        if (text.indexOf('&') >= 0) {
            text = decodeEntities(text);
        }
        if (LATIN1_MOJIBAKE.matcher(text).find()) {
            text = repairMojibake(text);
        }
        text = dropUnreadable(text);
        text = SPACES.matcher(text).replaceAll(" ");
        text = BLANK_LINES.matcher(text).replaceAll("\n").strip();
        return truncate(text);
    }

    /**
     * The form the models see: compatibility forms folded (full-width letters, digits and
     * punctuation become ASCII), lower case, Traditional characters made Simplified.
     */
    static String forModel(String cleaned) {
        String folded = Normalizer.isNormalized(cleaned, Normalizer.Form.NFKC)
                ? cleaned : Normalizer.normalize(cleaned, Normalizer.Form.NFKC);
        char[] chars = folded.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            chars[i] = c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c)
                    : ChineseScript.isHan(c) ? ChineseScript.toSimplified(c) : Character.toLowerCase(c);
        }
        return new String(chars);
    }

    private static String decodeEntities(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String name = m.group(1);
            String replacement = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> numericEntity(name);
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement == null ? m.group() : replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String numericEntity(String name) {
        if (!name.startsWith("#")) {
            return null;
        }
        try {
            int codePoint = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                    ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "";
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * "å¾ˆå¥½" is "很好" whose UTF-8 bytes were read as Latin-1/Windows-1252; read them back,
     * and keep the repair only when it decodes cleanly.
     */
    private static String repairMojibake(String text) {
        byte[] bytes = new byte[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int b = c <= 0xFF ? c : windows1252Byte(c);
            if (b < 0) {
                return text;
            }
            bytes[i] = (byte) b;
        }
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            return decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return text;
        }
    }

    private static int windows1252Byte(char c) {
        String upper = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ";
        int at = upper.indexOf(c);
        return at < 0 ? -1 : 0x80 + at;
    }

    private static String dropUnreadable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean unreadable = c == '\uFFFD' || c == '\uFEFF' || (c >= '\u200B' && c <= '\u200F')
                    || (Character.isISOControl(c) && c != '\n' && c != '\t')
                    || (Character.isSurrogate(c) && !validSurrogate(text, i));
            if (unreadable && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!unreadable && out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean validSurrogate(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c)
                ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private static String truncate(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        int cut = MAX_CHARS;
        for (int i = MAX_CHARS - 1; i > MAX_CHARS / 2; i--) {
            if ("。！？!?.\n".indexOf(text.charAt(i)) >= 0) {
                cut = i + 1;
                break;
            }
        }
        if (Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip();
    }
}
