package io.github.vaeexplorer.export;

import java.util.List;

/**
 * The file names inside an exported bioimage.io package.
 *
 * @author VAE Explorer developers
 */
final class PackageFiles {

	static final String RDF = "rdf.yaml", README = "README.md", COVER = "cover.png";
	static final String AUTOENCODER = "vae.onnx", ENCODER = "encoder.onnx", DECODER = "decoder.onnx";
	static final String TEST_IMAGE = "test_input_image.npy", TEST_MU = "test_output_mu.npy",
		TEST_LOGVAR = "test_output_logvar.npy", TEST_RECONSTRUCTION = "test_output_reconstruction.npy";
	static final String DECODER_TEST_Z = "decoder_test_input_z.npy", DECODER_TEST_IMAGE = "decoder_test_output_image.npy";
	static final String MODEL_INFO = "vae_explorer_model_info.json";

	/** The files the rdf.yaml lists as attachments: the encoder and decoder alone, their test tensors, the history. */
	static final List<String> ATTACHMENTS = List.of(ENCODER, DECODER, DECODER_TEST_Z, DECODER_TEST_IMAGE, MODEL_INFO);

	private PackageFiles() {}
}
