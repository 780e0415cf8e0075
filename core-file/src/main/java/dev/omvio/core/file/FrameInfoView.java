package dev.omvio.core.file;

import dev.omvio.stream.FrameInfo;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The first {@code size} frames of an index as an unmodifiable list that copies nothing: each
 * {@link FrameInfo} is made when it is asked for, so a file of a million frames costs no more
 * than its index. Only for indexes that no longer change (streams opened for reading).
 */
final class FrameInfoView extends AbstractList<FrameInfo> implements RandomAccess {
    private final FrameIndex index;
    private final int size;

    FrameInfoView(FrameIndex index, int size) {
        this.index = index;
        this.size = size;
    }

    @Override
    public FrameInfo get(int frame) {
        return index.info(Objects.checkIndex(frame, size));
    }

    @Override
    public int size() {
        return size;
    }
}
