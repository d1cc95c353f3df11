/**
 * The CLI's reporter writing a chunked result (a large JSON report) to a stream slower than the
 * report: each chunk waits while the stream is full, so what is buffered stays within the stream's
 * high-water mark and one chunk, and the output is whole and in order.
 */
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createReporter } from '../../src/cli/reporter.js';

/** A stream that takes one write per turn of the event loop; records the most it ever held buffered. */
function slowStream(highWaterMark: number): { stream: Writable; written: () => string; maxBuffered: () => number } {
  let text = '';
  let max = 0;
  const stream = new Writable({
    highWaterMark,
    decodeStrings: false,
    write(chunk: string, _enc, done) {
      text += chunk;
      setImmediate(done);
    },
  });
  const write = stream.write.bind(stream);
  stream.write = ((chunk: string) => {
    const ok = write(chunk);
    max = Math.max(max, stream.writableLength);
    return ok;
  }) as typeof stream.write;
  return { stream, written: () => text, maxBuffered: () => max };
}

describe('reporter: chunked results', () => {
  const chunk = (i: number) => `${String(i).padStart(4, '0')}${'x'.repeat(996)}`; // 1000 characters each
  const chunks = Array.from({ length: 200 }, (_, i) => chunk(i));

  it('waits for the stream to drain: at most its high-water mark and one chunk buffered, the whole output in order', async () => {
    const { stream, written, maxBuffered } = slowStream(4000);
    await createReporter({ stdout: stream, stderr: { write: () => true } }).resultChunks(chunks);
    await new Promise<void>((resolve) => stream.end(resolve));
    expect(written()).toBe(`${chunks.join('')}\n`);
    expect(maxBuffered()).toBeLessThanOrEqual(4000 + 1000);
    expect(maxBuffered()).toBeGreaterThanOrEqual(4000); // it did fill: the wait was needed
  });

  it('without waiting (each chunk written at once), the same stream would have held the whole output', () => {
    const { stream, maxBuffered } = slowStream(4000);
    for (const c of chunks) stream.write(c);
    expect(maxBuffered()).toBe(200 * 1000);
    stream.destroy();
  });

  it('a writer without drain events (a test double, a string sink) is written at once, whole', async () => {
    let out = '';
    await createReporter({ stdout: { write: (s: string) => { out += s; return false; } }, stderr: { write: () => true } }).resultChunks(chunks);
    expect(out).toBe(`${chunks.join('')}\n`);
  });
});
