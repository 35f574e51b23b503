// VAE Explorer: from a field of view to latents painted back onto its cells.
//
// Segments the field with a threshold and Analyze Particles (or takes a label image from StarDist, Cellpose or
// Labkit), cuts every cell out with Crop Cells, trains a VAE on the crops, encodes and clusters them, and colours the
// cells by the first latent dimension and by their cluster. Run it from the script editor (it asks for the files), or in batch mode:
//   ImageJ -batch Crop_Train_Color_Cells.ijm "input=[/data/field.tif] out=[/data/cells-vae] epochs=30"
// Options: input (the field), out (a folder), labels (a label image; empty = segment here), min_area (20, pixels),
// size (auto), epochs (30), latent (10), beta (4), column (mu_0: what to colour the cells by), k (6: clusters).
// The output folder receives labels.tif, crops.tif, crops.csv, model.vae.zip, latents.csv, colored.tif,
// clusters.csv, prototypes.tif (each cluster's decoded mean beside its most typical cells) and clusters.tif.

args = getArgument();
input = option("input", "");
out = option("out", "");
if (input == "") input = File.openDialog("Field of view");
if (out == "") out = getDirectory("Folder for the crops, the model and the coloured cells");
if (!endsWith(out, "/") && !endsWith(out, "\\")) out = out + File.separator;
File.makeDirectory(out);
labels = option("labels", "");

setBatchMode(true);
open(input);
field = getImageID();
if (labels == "") {
	// Segment: Otsu threshold, then one ROI per particle of at least min_area pixels, painted into a label image.
	run("Duplicate...", "title=mask");
	setAutoThreshold("Otsu dark");
	run("Convert to Mask");
	roiManager("reset");
	run("Analyze Particles...", "size=" + option("min_area", "20") + "-Infinity add");
	close();
	selectImage(field);
	newImage("labels", "16-bit black", getWidth(), getHeight(), 1);
	for (i = 0; i < roiManager("count"); i++) {
		roiManager("select", i);
		run("Set...", "value=" + (i + 1));
	}
	run("Select None");
	labels = out + "labels.tif";
	saveAs("Tiff", labels);
	close();
	selectImage(field);
}

run("Crop Cells...", "labels=[" + labels + "] size=" + option("size", "auto")
	+ " channels=all mask=zero align=principal scale=none table=[" + out + "crops.csv]");
saveAs("Tiff", out + "crops.tif");

model = out + "model.vae.zip";
run("Train VAE...", "model=[" + model + "] architecture=conv"
	+ " latent=" + option("latent", "10")
	+ " beta=" + option("beta", "4")
	+ " epochs=" + option("epochs", "30")
	+ " size=64 seed=42");
crops = getImageID();
run("Encode Stack...", "model=[" + model + "]");
saveAs("Results", out + "latents.csv");
selectImage(crops);
run("Cluster Latents...", "model=[" + model + "] k=" + option("k", "6") + " method=kmeans seed=1");
saveAs("Results", out + "clusters.csv");
saveAs("Tiff", out + "prototypes.tif");

run("Color Cells By...", "column=" + option("column", "mu_0") + " table=[" + out + "latents.csv]"
	+ " labels=[" + labels + "] crops=[" + out + "crops.csv]");
saveAs("Tiff", out + "colored.tif");
run("Color Cells By...", "column=cluster table=[" + out + "clusters.csv]"
	+ " labels=[" + labels + "] crops=[" + out + "crops.csv]");
saveAs("Tiff", out + "clusters.tif");
print("VAE Explorer: cropped, trained, clustered and coloured the cells of " + input + " into " + out);

// The value of key=value (or key=[a value]) in the macro's argument, or the default.
function option(key, fallback) {
	return call("ij.Macro.getValue", args, key, fallback);
}
