/**
 * Loading ND4J's native CPU backend safely inside ImageJ: the build this CPU can run, found through the plugin's
 * class loader, before any other ND4J use; in a {@code -Pcuda} build, ND4J's CUDA backend once a usable GPU is
 * found.
 * <p>
 * May depend on: no other package of the plugin.
 */
package io.github.vaeexplorer.nd4j;
