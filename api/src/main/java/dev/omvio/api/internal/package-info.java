/**
 * What the API's classes share and users do not see: not exported to other modules or bundles.
 */
package dev.omvio.api.internal;
