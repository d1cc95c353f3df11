/**
 * Fits each NPU target's latency constants on published figures (bench/npu-figures.json) and
 * writes them to tools/npu-latency.json, which tools/vendor-targets.py puts into the targets:
 *
 *   npx tsx tools/fit-npu-latency.ts          # write
 *   npx tsx tools/fit-npu-latency.ts --check  # fail when the file is not the fit (CI: check:gen)
 *
 * Per target and npu_mode the NPU time of a model is taken as MACC / rate + layers x time per
 * layer (the NPU's layers only: the vendors publish "NPU only" times or models without CPU
 * subgraphs). The two constants come from the two 'fit' models (two equations, two unknowns);
 * the 'check' models are held out (test/latency/npu-fit.test.ts, npm run bench). Without
 * ../shared/models it says so and does nothing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyzeModel } from '../src/analyze.js';
import { loadFormats } from '../src/index.js';
import { fileModelInput } from '../src/node/file-source.js';
import { loadTarget } from '../src/targets/load.js';
import type { Target } from '../src/targets/types.js';
import { HAS_SHARED, sharedModel } from '../test/helpers/shared.js';
import { writeOrCheck } from './write-or-check.js';

export interface Figure { name: string; ms: Record<string, number>; use: 'fit' | 'check'; /** `<torchvision name>:<input size>`: a model tools/bench-models.py exports (bench only). */ generate?: string }
export interface TargetFigures { source: string; modes: string[]; interpolate?: Record<string, [string, string]>; models: Record<string, Figure> }
export interface Figures { targets: Record<string, TargetFigures> }
export interface ModeFit { macsPerSecond: number; perLayerUs: number }
export interface TargetFit { modes: Record<string, ModeFit>; source: string }

export const FIGURES_FILE = new URL('../bench/npu-figures.json', import.meta.url);
export const FIT_FILE = fileURLToPath(new URL('./npu-latency.json', import.meta.url));

export function readFigures(): Figures {
  return JSON.parse(readFileSync(FIGURES_FILE, 'utf8')) as Figures;
}

/** `target` in npu_mode `mode` ('*': the target as it is). */
export function targetInMode(target: string, mode: string): Target {
  return mode === '*' ? loadTarget(target) : loadTarget(JSON.stringify({ extends: target, name: `${target}-${mode}`, npuMode: mode }), 'x.json');
}

/** The NPU's estimated time (ms) of the model file at `path` on `target`; NaN when it has none. */
export function npuTimeMs(path: string, target: Target | string): number {
  return analyzeModel(fileModelInput(path), { target }).latency?.units.find((u) => u.kind === 'npu')?.timeMs ?? Number.NaN;
}

/** The NPU's layer count and MACs of a corpus model on `target`. */
export function npuWork(file: string, target: string): { layers: number; macc: number } {
  const r = analyzeModel(fileModelInput(sharedModel(file)), { target });
  const hw = r.layers.filter((l) => l.unit === 'HW');
  return { layers: hw.length, macc: hw.reduce((a, l) => a + l.macc, 0) };
}

const sig = (v: number, digits: number): number => Number(v.toPrecision(digits));

/** Solves a.macc / r + a.layers * o = ta, b.macc / r + b.layers * o = tb (seconds). */
export function solve(a: { layers: number; macc: number }, b: { layers: number; macc: number }, taMs: number, tbMs: number): ModeFit {
  const [ta, tb] = [taMs / 1000, tbMs / 1000];
  const det = a.macc * b.layers - b.macc * a.layers;
  const r = det / (ta * b.layers - tb * a.layers);
  const o = ((a.macc * tb - b.macc * ta) / det) * 1e6;
  if (!(r > 0) || !(o >= 0)) throw new Error(`no positive fit (rate ${r}, per layer ${o} µs): the two fit models disagree`);
  return { macsPerSecond: sig(r, 5), perLayerUs: Number(o.toFixed(3)) };
}

export function fitTarget(target: string, f: TargetFigures): TargetFit {
  const fits = Object.entries(f.models).filter(([, m]) => m.use === 'fit');
  const [a, b] = fits;
  if (!a || !b || fits.length !== 2) throw new Error(`${target}: two 'fit' models expected, found ${fits.length}`);
  const [wa, wb] = [npuWork(a[0], target), npuWork(b[0], target)];
  const modes: Record<string, ModeFit> = {};
  for (const mode of f.modes) {
    const [ta, tb] = [a[1].ms[mode], b[1].ms[mode]];
    if (ta === undefined || tb === undefined) throw new Error(`${target}: no ${mode} figure for a fit model`);
    modes[mode] = solve(wa, wb, ta, tb);
  }
  for (const [mode, [m1, m2]] of Object.entries(f.interpolate ?? {})) {
    const [x, y] = [modes[m1], modes[m2]];
    if (!x || !y) throw new Error(`${target}: cannot interpolate ${mode} from ${m1} and ${m2}`);
    modes[mode] = { macsPerSecond: sig((x.macsPerSecond + y.macsPerSecond) / 2, 5), perLayerUs: Number(((x.perLayerUs + y.perLayerUs) / 2).toFixed(3)) };
  }
  const names = fits.map(([, m]) => m.name.replace(/ \(.*\)$/, '')).join(' and ');
  const checks = Object.values(f.models).filter((m) => m.use === 'check' && m.generate === undefined).map((m) => m.name.replace(/ \(.*\)$/, ''));
  const interp = Object.keys(f.interpolate ?? {});
  const source = `an effective MAC rate and a time per NPU layer${f.modes[0] === '*' ? '' : ' for each npu_mode'}, fitted on ${names} (${f.source})`
    + (checks.length ? `, checked on ${checks.join(' and ')}` : ', not checked: no third published model is in the corpus')
    + (interp.length ? `; ${interp.join(', ')} interpolated` : '');
  return { modes, source };
}

export function fitAll(): Record<string, TargetFit> {
  const figs = readFigures();
  return Object.fromEntries(Object.entries(figs.targets).map(([t, f]) => [t, fitTarget(t, f)]));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  if (!HAS_SHARED || !existsSync(sharedModel('torchvision/mobilenet_v2.onnx'))) {
    console.log('fit-npu-latency: ../shared/models not found: skipped (the fit needs the corpus models)');
  } else {
    await loadFormats();
    const fit = fitAll();
    const doc = { $comment: 'Generated by tools/fit-npu-latency.ts from bench/npu-figures.json; tools/vendor-targets.py puts these into the targets. Do not edit.', targets: fit };
    writeOrCheck(FIT_FILE, JSON.stringify(doc, null, 1) + '\n', 'tools/npu-latency.json is not the fit of bench/npu-figures.json: run npx tsx tools/fit-npu-latency.ts', 'wrote tools/npu-latency.json');
  }
}
