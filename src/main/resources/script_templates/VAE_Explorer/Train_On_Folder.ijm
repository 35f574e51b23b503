// VAE Explorer: train a VAE on every image of a folder, then sweep every active latent dimension.
//
// Run it from the script editor (it asks for the folders), or in batch mode with the options as argument:
//   ImageJ -batch Train_On_Folder.ijm "input=[/data/cells] out=[/data/cells-vae] epochs=30 size=64"
// Options left out get the defaults below. The output folder receives model.vae.zip and sweep-zN.tif,
// one 11-step sweep (z from -3 to 3, the other dimensions at their mean) per active dimension.

args = getArgument();
input = option("input", "");
out = option("out", "");
if (input == "") input = getDirectory("Folder of training images (TIFF, PNG, JPEG)");
if (out == "") out = getDirectory("Folder for the model and the sweeps");
if (!endsWith(out, "/") && !endsWith(out, "\\")) out = out + File.separator;
File.makeDirectory(out);
model = out + "model.vae.zip";

setBatchMode(true);
run("Train VAE...", "input=[" + input + "] model=[" + model + "]"
	+ " architecture=" + option("architecture", "conv")
	+ " latent=" + option("latent", "10")
	+ " beta=" + option("beta", "4")
	+ " epochs=" + option("epochs", "30")
	+ " batch=" + option("batch", "64")
	+ " size=" + option("size", "64")
	+ " seed=" + option("seed", "42"));

// Active dimensions (KL above 0.01 nats), most informative first; if none, the most informative one.
active = call("io.github.vaeexplorer.ij.MacroFunctions.activeDims", model);
if (active == "") {
	print("VAE Explorer: no active dimension, sweeping the most informative one.");
	// (Two steps: ImageJ 1.53t refuses a function's result as an Array.* argument, "Array expected".)
	ranked = split(call("io.github.vaeexplorer.ij.MacroFunctions.rankedDims", model), ",");
	dims = newArray(1);
	dims[0] = ranked[0];
} else {
	dims = split(active, ",");
}
for (i = 0; i < dims.length; i++) {
	run("Latent Sweep...", "model=[" + model + "] dim=" + dims[i] + " from=-3 to=3 steps=11 anchor=mean");
	saveAs("Tiff", out + "sweep-z" + dims[i] + ".tif");
	close();
}
print("VAE Explorer: trained " + model + " and wrote " + dims.length + " sweep(s) to " + out);

// The value of key=value (or key=[a value]) in the macro's argument, or the default.
function option(key, fallback) {
	return call("ij.Macro.getValue", args, key, fallback);
}
