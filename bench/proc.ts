/**
 * Whole-process measurements for the benchmarks: wall time, CPU (user + system, the process and
 * every child it waited for: worker threads and git included) and peak RSS, read by GNU time
 * (Debian package `time`), so every figure is taken the same way whatever the program.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The compiled sources (build/src, `npm run build`) a bench imports: its path; without them the
 * bench says so, naming itself, and the process exits with 0.
 */
export function builtSources(bench: string): string {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'build', 'src');
  if (existsSync(join(dir, 'index.js'))) return dir;
  console.log(`${bench} bench: build/ is missing: run \`npm run build\` first`);
  process.exit(0);
}

export interface ProcSample { wallS: number; cpuS: number; rssMiB: number; stdout: string; stderr: string }

export const TIME = '/usr/bin/time';
export const haveTime = (): boolean => existsSync(TIME);

/**
 * One process under GNU time. `exitCodes`: the statuses that count as a run (default 0 and 1: the
 * CLI exits 1 when a budget fails, which is still a full run); any other throws with its stderr.
 */
export function measure(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; exitCodes?: readonly number[] } = {}): ProcSample {
  const dir = mkdtempSync(join(tmpdir(), 'mf-bench-time-'));
  const out = join(dir, 'time.txt');
  try {
    const r = spawnSync(TIME, ['-f', '%e %U %S %M', '-o', out, cmd, ...args], {
      cwd: opts.cwd, env: opts.env ?? process.env, encoding: 'utf8', maxBuffer: 1 << 30,
    });
    if (!(opts.exitCodes ?? [0, 1]).includes(r.status ?? -1)) throw new Error(`${cmd} ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.slice(-2000)}`);
    const [wall, user, sys, rss] = readFileSync(out, 'utf8').trim().split('\n').pop()?.split(' ').map(Number) ?? [];
    return { wallS: wall ?? NaN, cpuS: (user ?? NaN) + (sys ?? NaN), rssMiB: (rss ?? NaN) / 1024, stdout: r.stdout, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `runs` runs of one short command under one GNU time (a shell loop), as the cost of one run: GNU
 * time counts in hundredths of a second, so a 60 ms start-up timed alone reads 0.05 or 0.08 s and a
 * ratio of two of them moves by 60%. The loop's shell is counted too, once per batch (a few ms
 * over all its runs). Peak RSS is the largest of one run's.
 */
export function measureEach(runs: number, cmd: string, args: readonly string[]): ProcSample {
  const loop = 'n=$1; shift; i=0; while [ "$i" -lt "$n" ]; do "$@" > /dev/null || exit $?; i=$((i + 1)); done';
  const s = measure('/bin/sh', ['-c', loop, 'sh', String(runs), cmd, ...args], { exitCodes: [0] });
  return { ...s, wallS: s.wallS / runs, cpuS: s.cpuS / runs };
}

/** The median sample of `n` runs (by wall time). */
export function medianOf(n: number, run: () => ProcSample): ProcSample {
  return middleByWall(Array.from({ length: n }, run));
}

/** The sample of median wall time. */
const middleByWall = (xs: readonly ProcSample[]): ProcSample => [...xs].sort((a, b) => a.wallS - b.wallS)[Math.floor(xs.length / 2)] as ProcSample;

export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)] as number;

/**
 * `a` and `b` run alternately `n` times: on a machine whose speed drifts (a shared host), each
 * round's b/a ratio is taken from runs seconds apart. Returns the median sample of each (by wall
 * time), the medians of the rounds' CPU and wall ratios b/a with their ranges, and the median of
 * b's wall/CPU.
 */
export function alternated(n: number, a: () => ProcSample, b: () => ProcSample): {
  a: ProcSample; b: ProcSample; cpuRatio: number; cpuRatios: [number, number]; wallRatio: number; wallRatios: [number, number]; bWallOverCpu: number;
} {
  const as: ProcSample[] = [];
  const bs: ProcSample[] = [];
  for (let i = 0; i < n; i++) { as.push(a()); bs.push(b()); }
  const per = (f: (x: ProcSample) => number) => bs.map((x, i) => f(x) / f(as[i] as ProcSample));
  const cpu = per((x) => x.cpuS);
  const wall = per((x) => x.wallS);
  return {
    a: middleByWall(as), b: middleByWall(bs),
    cpuRatio: median(cpu), cpuRatios: [Math.min(...cpu), Math.max(...cpu)],
    wallRatio: median(wall), wallRatios: [Math.min(...wall), Math.max(...wall)],
    bWallOverCpu: median(bs.map((x) => x.wallS / x.cpuS)),
  };
}
