package org.kirok.chart;

/** Estimates how wide a text is drawn, without a font: wide (CJK) characters take about one em, others about 0.58. */
final class TextWidths {
    private TextWidths() {
    }

    static double estimate(String text, double size) {
        double ems = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            ems += wide(c) ? 1.0 : c == ' ' ? 0.3 : Character.isUpperCase(c) ? 0.68 : 0.56;
        }
        return ems * size;
    }

    private static boolean wide(char c) {
        return (c >= 0x1100 && c <= 0x11FF) || (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)
                || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60);
    }
}
