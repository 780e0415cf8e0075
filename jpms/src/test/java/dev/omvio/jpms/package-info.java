/**
 * Checks of the library modules as JPMS modules: launched from the module path with and
 * without JNA, and linked with jlink into a runtime image that decodes frames.
 */
package dev.omvio.jpms;
