import { describe, expect, it } from 'vitest';
import { matchesAny, matchesGlob, splitPatterns } from '../src/glob.js';

describe('glob matching', () => {
  it('** spans folders, * stays in one segment', () => {
    expect(matchesGlob('models/a.onnx', 'models/**/*.onnx')).toBe(true);
    expect(matchesGlob('models/x/y/a.onnx', 'models/**/*.onnx')).toBe(true);
    expect(matchesGlob('other/a.onnx', 'models/**/*.onnx')).toBe(false);
    expect(matchesGlob('models/x/a.onnx', 'models/*.onnx')).toBe(false);
    expect(matchesGlob('models/x/a.onnx', 'models/**')).toBe(true);
  });

  it('{a,b} alternatives, ? and classes', () => {
    const g = 'models/**/*.{onnx,tflite}';
    expect(matchesGlob('models/kws.tflite', g)).toBe(true);
    expect(matchesGlob('models/kws.onnx', g)).toBe(true);
    expect(matchesGlob('models/kws.h5', g)).toBe(false);
    expect(matchesGlob('m/v1.onnx', 'm/v?.onnx')).toBe(true);
    expect(matchesGlob('m/v12.onnx', 'm/v?.onnx')).toBe(false);
    expect(matchesGlob('m/v1.onnx', 'm/v[0-3].onnx')).toBe(true);
    expect(matchesGlob('a/b.z', 'a/b.{x,{y,z}}')).toBe(true);
  });

  it('a pattern without a slash matches the name in any folder; dots are literal', () => {
    expect(matchesGlob('deep/er/net.onnx', '*.onnx')).toBe(true);
    expect(matchesGlob('netxonnx', '*.onnx')).toBe(false);
    expect(matchesGlob('a/b.onnx', './a/*.onnx')).toBe(true);
  });

  it('! patterns exclude', () => {
    expect(matchesAny('models/tmp/a.onnx', ['models/**/*.onnx', '!models/tmp/**'])).toBe(false);
    expect(matchesAny('models/a.onnx', ['models/**/*.onnx', '!models/tmp/**'])).toBe(true);
  });
});

describe('splitPatterns (one parser for the action input, the CLI and the config)', () => {
  it('keeps commas inside braces and brackets: the README example is ONE pattern', () => {
    expect(splitPatterns('models/**/*.{onnx,tflite}')).toEqual(['models/**/*.{onnx,tflite}']);
    expect(splitPatterns('a/*.{x,{y,z}}, b/[a,b].onnx')).toEqual(['a/*.{x,{y,z}}', 'b/[a,b].onnx']);
  });
  it('splits on newlines and on top-level commas, drops blanks, keeps negations', () => {
    expect(splitPatterns('models/**/*.onnx\n  !models/tmp/**  \n\nmore/*.tflite, x/*.h5,')).toEqual([
      'models/**/*.onnx', '!models/tmp/**', 'more/*.tflite', 'x/*.h5',
    ]);
  });
  it('every pattern of the split list matches what the unsplit brace pattern means', () => {
    const pats = splitPatterns('models/**/*.{onnx,tflite}');
    expect(['models/a.onnx', 'models/x/b.tflite', 'models/c.h5'].map((p) => matchesAny(p, pats))).toEqual([true, true, false]);
  });
});
