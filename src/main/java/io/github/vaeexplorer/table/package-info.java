/**
 * Tables of numbers a slice: the factor/label table ({@link io.github.vaeexplorer.table.FactorTable}) that the shipped
 * samples come with, that users give as CSV and that the metrics score codes against.
 * <p>
 * May depend on: {@code text}.
 */
package io.github.vaeexplorer.table;
