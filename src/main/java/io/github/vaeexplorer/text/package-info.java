/**
 * How values become text, the same in every layer: numbers as users type them
 * ({@link io.github.vaeexplorer.text.Numbers}) and the one JSON writer of the plugin
 * ({@link io.github.vaeexplorer.text.Json}).
 * <p>
 * May depend on: no other package of the plugin.
 */
package io.github.vaeexplorer.text;
