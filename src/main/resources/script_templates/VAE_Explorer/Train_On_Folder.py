#@ File (label = "Folder of training images (TIFF, PNG, JPEG)", style = "directory") input
#@ File (label = "Folder for the model and the sweeps", style = "directory") output
#@ String (label = "Architecture", choices = {"conv", "dense"}, value = "conv") architecture
#@ Integer (label = "Latent dimensions", value = 10) latent
#@ Double (label = "beta (KL weight)", value = 4) beta
#@ Integer (label = "Epochs", value = 30) epochs
#@ Integer (label = "Training size (pixels)", value = 64) size

# VAE Explorer: train a VAE on every image of a folder, then sweep every active latent dimension.
# The output folder receives model.vae.zip and sweep-zN.tif, one 11-step sweep (z from -3 to 3, the other
# dimensions at their mean) per active dimension.

import os
from ij import IJ
from io.github.vaeexplorer.ij import MacroFunctions

model = os.path.join(output.getPath(), "model.vae.zip")
IJ.run("Train VAE...", "input=[%s] model=[%s] architecture=%s latent=%d beta=%s epochs=%d size=%d"
	% (input.getPath(), model, architecture, latent, beta, epochs, size))

# Active dimensions (KL above 0.01 nats), most informative first; if none, the most informative one.
active = MacroFunctions.activeDims(model)
dims = active.split(",") if active else [MacroFunctions.rankedDims(model).split(",")[0]]
for d in dims:
	IJ.run("Latent Sweep...", "model=[%s] dim=%s from=-3 to=3 steps=11 anchor=mean" % (model, d))
	sweep = IJ.getImage()
	IJ.saveAs(sweep, "Tiff", os.path.join(output.getPath(), "sweep-z%s.tif" % d))
	sweep.close()
IJ.log("VAE Explorer: trained %s and wrote %d sweep(s) to %s" % (model, len(dims), output))
