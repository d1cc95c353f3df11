/**
 * What each model format is called, the file extensions it claims and its help line, in probe
 * order: all that argument parsing, help texts and the default globs need, without loading a
 * reader (the readers' generated schemas are most of the analyzer's code). Each frontend takes
 * its entry from here; the registry (registry.ts) lists the frontends in this order.
 */
export interface FormatInfo {
  /** The format's name in reports (`model.format`). */
  format: string;
  extensions: readonly string[];
  /** One line for help texts: what files the format reads. */
  describe: string;
}

export const ONNX_FORMAT: FormatInfo = { format: 'onnx', extensions: ['.onnx'], describe: 'ONNX (.onnx, with external data beside it)' };
export const TFLITE_FORMAT: FormatInfo = { format: 'tflite', extensions: ['.tflite', '.lite'], describe: 'TFLite (.tflite)' };
export const KERAS_FORMAT: FormatInfo = { format: 'keras', extensions: ['.h5', '.hdf5', '.keras'], describe: 'Keras (.h5 Keras 2 HDF5, .keras Keras 3 zip)' };

/** Formats in probe order. */
export const FORMATS: readonly FormatInfo[] = [ONNX_FORMAT, TFLITE_FORMAT, KERAS_FORMAT];

/** Every model file extension, without the dot: onnx, tflite, lite, h5, hdf5, keras. */
export const MODEL_EXTENSIONS: readonly string[] = FORMATS.flatMap((f) => f.extensions.map((e) => e.slice(1)));

/** The model files watched when the user names none (the CLI's `diff` and the action). */
export const DEFAULT_MODEL_GLOBS: readonly string[] = [`**/*.{${MODEL_EXTENSIONS.join(',')}}`];

/** One line per format, for help texts. */
export function formatsHelp(): string {
  return FORMATS.map((f) => f.describe).join(', ');
}
