package io.actionsroi.report.excel;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * Text as a cell must store it for Excel, LibreOffice and POI to read back exactly that text.
 * OOXML reads {@code _xHHHH_} in a cell as the character HHHH: a literal one keeps its underscore as
 * {@code _x005F_}, and the characters XML cannot carry (control characters, and CR, which XML reads
 * as LF) are stored as their {@code _xHHHH_}. Text longer than a cell holds is cut, ending in an ellipsis.
 */
final class CellText {

    static final int MAX_LENGTH = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private CellText() {
    }

    static String stored(String text) {
        int plain = 0;
        while (plain < text.length() && !needsEscape(text, plain)) {
            plain++;
        }
        if (plain == text.length() && text.length() <= MAX_LENGTH) {
            // Nearly all text, a run's row's included: stored as it is, without a copy.
            return text;
        }
        StringBuilder stored = new StringBuilder(text.length()).append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '_' && readAsEscape(text, i)) {
                stored.append("_x005F_");
            } else if (notInXml(c)) {
                stored.append(String.format("_x%04X_", (int) c));
            } else {
                stored.append(c);
            }
        }
        if (stored.length() <= MAX_LENGTH) {
            return stored.toString();
        }
        int end = MAX_LENGTH - 1;
        if (Character.isHighSurrogate(stored.charAt(end - 1))) {
            end--;
        }
        return stored.substring(0, end) + "…";
    }

    private static boolean needsEscape(String text, int i) {
        char c = text.charAt(i);
        return notInXml(c) || (c == '_' && readAsEscape(text, i));
    }

    /** Whether the underscore at {@code i} would start an {@code _xHHHH_} in the stored text. */
    private static boolean readAsEscape(String text, int i) {
        if (i + 6 >= text.length() || text.charAt(i + 1) != 'x') {
            return false;
        }
        for (int hex = i + 2; hex < i + 6; hex++) {
            if (!isHexDigit(text.charAt(hex))) {
                return false;
            }
        }
        char next = text.charAt(i + 6);
        return next == '_' || notInXml(next);
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean notInXml(char c) {
        return (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF;
    }
}
