package io.actionsroi.report.pdf;

import java.awt.Color;

/**
 * The report's colours and text styles. The accent colour (a setting) marks the title, the rules, the
 * table headers and the first series of every chart; green and red say whether a change is good news;
 * everything else is in greys that print well.
 */
record Theme(Color accent) {

    static final Color INK = new Color(0x1F, 0x23, 0x28);
    static final Color MUTED = new Color(0x5F, 0x66, 0x6D);
    static final Color RULE = new Color(0xD0, 0xD5, 0xDB);
    static final Color SHADE = new Color(0xF3, 0xF5, 0xF7);
    /** Good news (more hours saved, runs that succeeded), and bad news (more waiting, runs that failed). */
    static final Color GOOD = new Color(0x2E, 0x7D, 0x32);
    static final Color BAD = new Color(0xC6, 0x28, 0x28);

    /** {@code #RRGGBB}, as the setting gives it. */
    static Theme of(String accentColour) {
        return new Theme(Color.decode(accentColour));
    }

    TextStyle title() {
        return new TextStyle(22, true, accent);
    }

    TextStyle heading() {
        return new TextStyle(14, true, accent);
    }

    TextStyle subheading() {
        return new TextStyle(10.5f, true, INK);
    }

    TextStyle body() {
        return new TextStyle(9.5f, false, INK);
    }

    TextStyle bodyBold() {
        return new TextStyle(9.5f, true, INK);
    }

    TextStyle note() {
        return new TextStyle(8, false, MUTED);
    }

    TextStyle tableHeader() {
        return new TextStyle(8, true, Color.WHITE);
    }

    TextStyle tableCell() {
        return new TextStyle(8, false, INK);
    }
}
