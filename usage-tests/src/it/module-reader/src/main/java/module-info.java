/**
 * A user's application as a named module. It requires only java.desktop: the omvio bridge on the
 * module path provides javax.imageio's ImageReaderSpi, so the module system binds it (and the
 * omvio modules it needs) into the application by itself.
 */
module example.reader {
    requires java.desktop;
}
