package io.actionsroi.report.pdf;

import java.awt.Color;

/** How a piece of text looks: its size in points, its weight and its colour. */
record TextStyle(float size, boolean bold, Color colour) {

    TextStyle sized(float newSize) {
        return new TextStyle(newSize, bold, colour);
    }
}
