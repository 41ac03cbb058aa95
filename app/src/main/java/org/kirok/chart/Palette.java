package org.kirok.chart;

/** The colours and font of every chart and map, matching the stylesheet. */
public final class Palette {
    public static final String FONT_FAMILY = "Nanum Gothic, NanumGothic, Noto Sans KR, Malgun Gothic, sans-serif";
    public static final String INK = "#1d2430";
    public static final String MUTED = "#5b6576";
    public static final String LINE = "#d7dce4";
    public static final String WASH = "#f4f6f9";
    public static final String PAPER = "#ffffff";
    public static final String ACCENT = "#1f5f8b";
    public static final String ACCENT_LIGHT = "#9cc3de";
    public static final String WARN = "#b3541e";
    public static final String SUPPRESSED = "#c9ced6";
    public static final String LAND = "#eef1e8";
    public static final String LAND_EDGE = "#8d97a5";
    public static final String WATER = "#e3edf5";
    public static final String FACILITY = "#8a1c1c";

    private Palette() {
    }
}
