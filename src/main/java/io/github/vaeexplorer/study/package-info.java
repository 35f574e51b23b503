/**
 * Studies that train: the same architecture on the same data for several KL weights and seeds
 * ({@link io.github.vaeexplorer.study.BetaStudy}), each run scored by the metrics, and what they found
 * ({@link io.github.vaeexplorer.study.StudyResult}, one {@link io.github.vaeexplorer.study.StudyRun} a run) side by
 * side.
 * <p>
 * May depend on: {@code data}, {@code history}, {@code metrics}, {@code model}, {@code table}, {@code text},
 * {@code train}.
 */
package io.github.vaeexplorer.study;
