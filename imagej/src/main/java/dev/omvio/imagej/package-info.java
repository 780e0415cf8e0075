/**
 * The ImageJ plugin: {@link dev.omvio.imagej.OpenMvStacks} opens recordings as
 * {@link ij.ImagePlus} stacks and saves stacks as recordings; {@link dev.omvio.imagej.OpenMvImport}
 * and {@link dev.omvio.imagej.OpenMvExport} are the menu commands that {@code plugins.config}
 * registers. See docs/IMAGEJ.md.
 */
package dev.omvio.imagej;
