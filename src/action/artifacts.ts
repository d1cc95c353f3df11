/**
 * The files the action leaves behind: per model x target the full text, JSON and HTML report of
 * each side, the diff JSON, and the results file (for `merge` / `comment-from`). Written to a folder,
 * then uploaded as one artifact whose name carries the shard suffix (names are unique per run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport, type CommentEntry, type Report } from '../index.js';
import { writeJsonFile } from '../node/json-file.js';
import { shardSuffix, type Shard } from './settings.js';
import { resultsFileName, type ResultsFile } from './results.js';
import { messageOf, type ArtifactApi, type UploadedArtifact } from './toolkit.js';

/** The diff JSON's name in the artifact (a shard's carries its suffix, so merged downloads keep each). */
export function diffFileName(shard: Shard | undefined): string {
  return `model-footprint-diff${shardSuffix(shard)}.json`;
}

export function artifactNameFor(base: string, shard: Shard | undefined): string {
  return `${base}${shardSuffix(shard)}`;
}

/** A file name from a user's path: no folders, nothing the artifact service refuses. */
export function safeName(path: string): string {
  return path.replace(/[/\\]/g, '__').replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 180) || 'model';
}

/** Writes the reports, diff JSON and results file into `dir`; returns the written files. */
export function writeArtifactFiles(dir: string, entries: readonly CommentEntry[], diffJson: string, results: ResultsFile): string[] {
  mkdirSync(join(dir, 'reports'), { recursive: true });
  const files: string[] = [];
  /** The file `rel` of the folder, listed among the written files. */
  const file = (rel: string): string => {
    const p = join(dir, rel);
    files.push(p);
    return p;
  };
  const used = new Set<string>();
  for (const e of entries) {
    let stem = `${safeName(e.path)}.${safeName(e.target)}`;
    for (let i = 2; used.has(stem); i++) stem = `${safeName(e.path)}.${safeName(e.target)}.${i}`;
    used.add(stem);
    for (const side of ['head', 'base'] as const) {
      // Entries hold what analyzeModel returned (a Report; the diff layer types it more loosely).
      const report = e[side] as Report | undefined;
      if (!report) continue;
      writeFileSync(file(join('reports', `${stem}.${side}.txt`)), renderReport(report, 'text') + '\n');
      // chunk by chunk: a 100k-layer report is 70 MB of JSON
      writeJsonFile(file(join('reports', `${stem}.${side}.json`)), report);
      writeFileSync(file(join('reports', `${stem}.${side}.html`)), renderReport(report, 'html'));
    }
  }
  writeFileSync(file(diffFileName(results.shard ?? undefined)), diffJson);
  writeFileSync(file(resultsFileName(results.shard ?? undefined)), JSON.stringify(results) + '\n');
  return files;
}

export type UploadResult = { ok: true; artifact: UploadedArtifact } | { ok: false; message: string };

/** Uploads; a failure (no runtime token outside Actions, service error) is returned, not thrown. */
export async function uploadArtifact(api: () => ArtifactApi, name: string, dir: string, files: string[]): Promise<UploadResult> {
  try {
    return { ok: true, artifact: await api().upload(name, files, dir) };
  } catch (e: unknown) {
    return { ok: false, message: messageOf(e) };
  }
}
