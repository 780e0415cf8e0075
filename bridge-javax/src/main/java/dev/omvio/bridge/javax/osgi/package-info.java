/**
 * OSGi registration of the plugins: a Declarative Services component that puts the reader and
 * writer providers into the {@code IIORegistry} when the bundle starts and takes them out when
 * it stops, since {@code ImageIO} does not see providers of bundles on its own. Internal.
 */
package dev.omvio.bridge.javax.osgi;
