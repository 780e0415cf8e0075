/**
 * The launcher of the omvio OSGi runtime ({@code java -jar bin/omvio-osgi.jar}): Apache Felix's
 * own launcher, pointed at the runtime's folders wherever it is started from.
 */
package dev.omvio.osgi.launcher;
