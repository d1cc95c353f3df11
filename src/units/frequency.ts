/** Clock frequencies as users write them: `480MHz`, `1GHz`, `32768Hz`, or a number of hertz. */

const MULT: Record<string, number> = { hz: 1, khz: 1e3, mhz: 1e6, ghz: 1e9 };

/** Hertz from `value`, or undefined when it is not a frequency (positive, at most 100 GHz). */
export function frequencyOf(value: unknown): number | undefined {
  let hz: number | undefined;
  if (typeof value === 'number') hz = value;
  else if (typeof value === 'string') {
    const m = /^(\d+(?:\.\d+)?)\s*(hz|khz|mhz|ghz)$/i.exec(value.trim());
    const mult = m ? MULT[(m[2] ?? '').toLowerCase()] : undefined;
    hz = m && mult !== undefined ? Number(m[1]) * mult : undefined;
  }
  return hz !== undefined && Number.isFinite(hz) && hz > 0 && hz <= 100e9 ? Math.round(hz) : undefined;
}

/** `480 MHz`, `1 GHz`, `32.768 kHz`. */
export function formatFrequency(hz: number): string {
  const [div, unit] = hz >= 1e9 ? [1e9, 'GHz'] : hz >= 1e6 ? [1e6, 'MHz'] : hz >= 1e3 ? [1e3, 'kHz'] : [1, 'Hz'];
  return `${Number((hz / div).toFixed(3))} ${unit}`;
}
