package org.kirok.engine.estimate;

/** The estimation methods, named as the command line and the JSON output name them. */
public enum Method {
    LOGLINEAR("loglinear"),
    LCMCR("lcmcr"),
    CHAPMAN("chapman");

    private final String label;

    Method(String label) {
        this.label = label;
    }

    /** "loglinear", "lcmcr" or "chapman". */
    public String label() {
        return label;
    }
}
