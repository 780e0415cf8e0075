package dev.omvio.sensors;

import dev.omvio.image.Image;
import dev.omvio.stream.DamagedTail;
import dev.omvio.stream.FrameInfo;
import dev.omvio.stream.ImageStream;
import dev.omvio.stream.StreamType;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** A stream that passes every call to a real one, for tests that watch or hold back some calls. */
public class ForwardingImageStream implements ImageStream {
    private final ImageStream delegate;

    public ForwardingImageStream(ImageStream delegate) {
        this.delegate = delegate;
    }

    @Override
    public StreamType type() {
        return delegate.type();
    }

    @Override
    public boolean isClosed() {
        return delegate.isClosed();
    }

    @Override
    public int count() {
        return delegate.count();
    }

    @Override
    public int offset() {
        return delegate.offset();
    }

    @Override
    public OptionalInt version() {
        return delegate.version();
    }

    @Override
    public OptionalLong bufferSize() {
        return delegate.bufferSize();
    }

    @Override
    public long size() {
        return delegate.size();
    }

    @Override
    public ImageStream write(Image image) throws IOException {
        delegate.write(image);
        return this;
    }

    @Override
    public ImageStream write(Image image, long intervalMicros) throws IOException {
        delegate.write(image, intervalMicros);
        return this;
    }

    @Override
    public Optional<Image> read(boolean copyToFb, boolean loop, boolean pause) throws IOException {
        return delegate.read(copyToFb, loop, pause);
    }

    @Override
    public ImageStream seek(int index) throws IOException {
        delegate.seek(index);
        return this;
    }

    @Override
    public ImageStream sync() throws IOException {
        delegate.sync();
        return this;
    }

    @Override
    public void close() throws IOException {
        delegate.close();
    }

    @Override
    public FrameInfo frameInfo(int index) {
        return delegate.frameInfo(index);
    }

    @Override
    public Image readFrame(int index) throws IOException {
        return delegate.readFrame(index);
    }

    @Override
    public Optional<DamagedTail> damagedTail() {
        return delegate.damagedTail();
    }
}
