package io.github.vaeexplorer.model;

import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * Adds an {@link Objective}'s loss to a VAE's SameDiff training graph, given the batch-mean reconstruction term and
 * KL, and the posterior parameters and noise of the batch. The scalars of {@link LossTerms} arrive as placeholders
 * ({@value #WEIGHT}, {@value #AUX_WEIGHT}, {@value #CAPACITY}, {@value #LOG_NM}); a graph declares only those its
 * objective uses.
 * <p>
 * β-TCVAE's terms use Chen et al. (2018)'s minibatch-weighted sampling estimator, for a batch of M samples
 * z_i ~ q(z|x_i) from a data set of N:
 * <pre>
 * log q(z_i)        ≈ logsumexp_j log q(z_i|x_j)          − log(N·M)
 * log Π_d q(z_id)   ≈ Σ_d [logsumexp_j log q(z_id|x_j)    − log(N·M)]
 * MI    = mean_i [log q(z_i|x_i) − log q(z_i)]
 * TC    = mean_i [log q(z_i) − log Π_d q(z_id)]
 * dimKL = mean_i [log Π_d q(z_id) − log p(z_i)]
 * </pre>
 * The M×M×k array of log q(z_id|x_j) comes from broadcasting z as [M,1,k] against μ and log σ² as [1,M,k] (cost
 * O(M²·k) per step: 100 k values for M = 100, k = 10). MI + TC + dimKL telescopes to mean_i[log q(z_i|x_i) − log
 * p(z_i)], the single-sample estimate of the KL, so with β = 1 the objective is the ELBO with a sampled KL. The
 * estimator is biased for small batches: when posteriors are narrow, the j = i term dominates each logsumexp, and
 * every dimension that separates the batch's samples adds about log M to the estimated TC.
 * <p>
 * The weights 1/(N·M) make each log-density low by about log N (a constant, without gradient), so the TC term as
 * computed carries (k − 1)·log N and dimKL −k·log N plus log N from log q(z); the values a history or
 * {@code tcDecomposition} reports are offset by these constants. {@code TcEstimatorBiasTest} measures the bias on a
 * Gaussian with known TC: with the constant removed, +0.46 nats at M = 64 and +0.08 at M = 1,024.
 *
 * @author VAE Explorer developers
 */
final class ObjectiveGraph {

	static final String WEIGHT = "kl_weight", AUX_WEIGHT = "aux_weight", CAPACITY = "capacity", LOG_NM = "log_nm";
	static final String MI = "mi", TC = "tc", DIM_KL = "dim_kl";

	private static final double LOG_2PI = Math.log(2 * Math.PI);

	private ObjectiveGraph() {}

	/**
	 * Builds the loss.
	 *
	 * @param rec batch-mean reconstruction term (scalar)
	 * @param kl batch-mean analytic KL(q(z|x) ‖ N(0, I)) (scalar)
	 * @param mu posterior means [M, k]
	 * @param logvar posterior log-variances [M, k]
	 * @param eps the reparameterisation noise [M, k]
	 * @param z the sampled codes, mu + eps·exp(logvar/2)
	 * @return the scalar loss (not yet named)
	 */
	static SDVariable loss(SameDiff sd, Objective objective, SDVariable rec, SDVariable kl, SDVariable mu,
		SDVariable logvar, SDVariable eps, SDVariable z)
	{
		SDVariable weight = sd.placeHolder(WEIGHT, DataType.FLOAT);
		switch (objective) {
			case CAPACITY: {
				SDVariable capacity = sd.placeHolder(CAPACITY, DataType.FLOAT);
				return rec.add(weight.mul(sd.math().abs(kl.sub(capacity))));
			}
			case TCVAE: {
				SDVariable aux = sd.placeHolder(AUX_WEIGHT, DataType.FLOAT);
				SDVariable[] terms = tcTerms(sd, mu, logvar, eps, z, sd.placeHolder(LOG_NM, DataType.FLOAT));
				return rec.add(aux.mul(terms[0].add(terms[2]))).add(weight.mul(terms[1]));
			}
			default:
				return rec.add(weight.mul(kl));
		}
	}

	/** β-TCVAE's {@code {MI, TC, dimKL}}, batch means in nats, named {@value #MI}, {@value #TC}, {@value #DIM_KL}. */
	static SDVariable[] tcTerms(SameDiff sd, SDVariable mu, SDVariable logvar, SDVariable eps, SDVariable z,
		SDVariable logNm)
	{
		SDVariable zi = sd.expandDims(z, 1); // [M,1,k]
		SDVariable muj = sd.expandDims(mu, 0); // [1,M,k]
		SDVariable lvj = sd.expandDims(logvar, 0);
		SDVariable diff = zi.sub(muj); // [M,M,k]: z_i − mu_j
		SDVariable logDensity = diff.mul(diff).mul(sd.math().exp(lvj.neg())).add(lvj).add(LOG_2PI).mul(-0.5);
		SDVariable logQz = logSumExp(sd, logDensity.sum(2), 1).sub(logNm); // [M]
		SDVariable logProduct = logSumExp(sd, logDensity, 1).sub(logNm).sum(1); // [M]
		// log q(z_i|x_i) from the noise directly: (z − mu)² / σ² = eps².
		SDVariable logQzx = eps.mul(eps).add(logvar).add(LOG_2PI).mul(-0.5).sum(1);
		SDVariable logPz = z.mul(z).add(LOG_2PI).mul(-0.5).sum(1);
		SDVariable mi = logQzx.sub(logQz).mean().rename(MI);
		SDVariable tc = logQz.sub(logProduct).mean().rename(TC);
		SDVariable dimKl = logProduct.sub(logPz).mean().rename(DIM_KL);
		return new SDVariable[] { mi, tc, dimKl };
	}

	/**
	 * log Σ exp(x) along one dimension, stabilised by the maximum. Written out because the backward pass of nd4j
	 * M2.1's own logSumExp fails ("reduce_sum_bp ... bad input shape"). The gradient through the maximum cancels
	 * exactly, so it needs no stop-gradient.
	 */
	private static SDVariable logSumExp(SameDiff sd, SDVariable x, int dim) {
		SDVariable shifted = x.sub(x.max(true, dim));
		return sd.math().log(sd.math().exp(shifted).sum(dim)).add(x.max(dim));
	}
}
