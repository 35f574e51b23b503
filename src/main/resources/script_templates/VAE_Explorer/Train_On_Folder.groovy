#@ File (label = "Folder of training images (TIFF, PNG, JPEG)", style = "directory") input
#@ File (label = "Folder for the model and the sweeps", style = "directory") output
#@ String (label = "Architecture", choices = {"conv", "dense"}, value = "conv") architecture
#@ Integer (label = "Latent dimensions", value = 10) latent
#@ Double (label = "beta (KL weight)", value = 4) beta
#@ Integer (label = "Epochs", value = 30) epochs
#@ Integer (label = "Training size (pixels)", value = 64) size

// VAE Explorer: train a VAE on every image of a folder, then sweep every active latent dimension.
// The output folder receives model.vae.zip and sweep-zN.tif, one 11-step sweep (z from -3 to 3, the other
// dimensions at their mean) per active dimension.

import ij.IJ
import io.github.vaeexplorer.ij.MacroFunctions

def model = new File(output, "model.vae.zip").path
IJ.run("Train VAE...", "input=[${input.path}] model=[${model}] architecture=${architecture} latent=${latent} " +
	"beta=${beta} epochs=${epochs} size=${size}")

// Active dimensions (KL above 0.01 nats), most informative first; if none, the most informative one.
def active = MacroFunctions.activeDims(model)
def dims = active ? active.split(",") : [MacroFunctions.rankedDims(model).split(",")[0]]
for (d in dims) {
	IJ.run("Latent Sweep...", "model=[${model}] dim=${d} from=-3 to=3 steps=11 anchor=mean")
	def sweep = IJ.getImage()
	IJ.saveAs(sweep, "Tiff", new File(output, "sweep-z${d}.tif").path)
	sweep.close()
}
IJ.log("VAE Explorer: trained ${model} and wrote ${dims.size()} sweep(s) to ${output}")
