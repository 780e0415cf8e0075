package dev.omvio.cli.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A grid of thumbnails, each with a label under it, on a dark background. Pictures are scaled
 * down as they are added (keeping their aspect ratio, centred in their cell), so only the
 * thumbnails are held.
 */
public final class ContactSheet {
    /** Gap around and between cells, in pixels. */
    static final int GAP = 4;
    /** Pixels per font pixel of the labels. */
    static final int LABEL_SCALE = 2;
    /** Label height with the gap above it. */
    static final int LABEL_HEIGHT = PixelFont.GLYPH_HEIGHT * LABEL_SCALE + GAP;
    static final int BACKGROUND = 0x505050;
    static final int LABEL_COLOUR = 0xFFFFFF;

    private final int columns;
    private final int thumbWidth;
    private final int thumbHeight;
    private final List<BufferedImage> thumbnails = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();

    /**
     * A sheet of {@code columns} columns of cells for thumbnails of at most {@code thumbWidth} x
     * {@code thumbHeight} pixels.
     */
    public ContactSheet(int columns, int thumbWidth, int thumbHeight) {
        if (columns <= 0 || thumbWidth <= 0 || thumbHeight <= 0) {
            throw new IllegalArgumentException("contact sheet needs positive columns and thumbnail size, got "
                    + columns + " columns of " + thumbWidth + "x" + thumbHeight);
        }
        this.columns = columns;
        this.thumbWidth = thumbWidth;
        this.thumbHeight = thumbHeight;
    }

    /** Adds a thumbnail of {@code picture} labelled {@code label} (digits, '#', '.', 's' and spaces). */
    public void add(BufferedImage picture, String label) {
        double scale = Math.min(1.0, Math.min((double) thumbWidth / picture.getWidth(),
                (double) thumbHeight / picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * scale));
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumbnail.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(RgbImages.of(picture), 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        thumbnails.add(thumbnail);
        labels.add(label);
    }

    /** The sheet: as many rows as the thumbnails need. */
    public BufferedImage render() {
        int count = Math.max(1, thumbnails.size());
        int shownColumns = Math.min(columns, count);
        int rows = (count + columns - 1) / columns;
        int cellWidth = Math.max(thumbWidth, widestLabel()) + GAP;
        int cellHeight = thumbHeight + LABEL_HEIGHT + GAP;
        BufferedImage sheet = new BufferedImage(GAP + shownColumns * cellWidth, GAP + rows * cellHeight,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = sheet.createGraphics();
        try {
            g.setColor(new java.awt.Color(BACKGROUND));
            g.fillRect(0, 0, sheet.getWidth(), sheet.getHeight());
            for (int i = 0; i < thumbnails.size(); i++) {
                int left = GAP + (i % columns) * cellWidth;
                int top = GAP + (i / columns) * cellHeight;
                BufferedImage thumbnail = thumbnails.get(i);
                g.drawImage(thumbnail, left + (cellWidth - GAP - thumbnail.getWidth()) / 2,
                        top + (thumbHeight - thumbnail.getHeight()) / 2, null);
                PixelFont.draw(sheet, labels.get(i), left, top + thumbHeight + GAP, LABEL_SCALE, LABEL_COLOUR);
            }
        } finally {
            g.dispose();
        }
        return sheet;
    }

    private int widestLabel() {
        return labels.stream().mapToInt(label -> PixelFont.width(label, LABEL_SCALE)).max().orElse(0);
    }
}
