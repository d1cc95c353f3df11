/**
 * The REST client: @actions/github's Octokit with @octokit/plugin-throttling (GitHub's primary and
 * secondary rate limits: waits for `retry-after` / the reset time) and @octokit/plugin-retry (5xx,
 * 429 and network failures, with a growing delay). Both are bounded: a few attempts, and no wait
 * longer than MAX_WAIT_S, so a GitHub outage costs at most a couple of minutes, then the caller
 * reports the failure as a warning.
 */
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/** Attempts after the first one, for every kind of failure. */
export const RETRIES = 3;
/** The longest single wait honoured (a `retry-after` beyond it is not waited for). */
export const MAX_WAIT_S = 60;

export type Octokit = ReturnType<typeof getOctokit>;

/** What plugin-throttling recognises as a rate limit (it waits for those itself). */
function throttled(status: number, message: string, headers: Record<string, unknown>): boolean {
  return (status === 403 || status === 429) && (/\bsecondary rate\b/i.test(message) || headers['x-ratelimit-remaining'] === '0');
}

/**
 * plugin-retry retries a 429 or 503 with its own growing delay and ignores `retry-after`; this hook,
 * registered inside it, first waits what the server asked (up to MAX_WAIT_S), so no attempt comes
 * early. Rate limits are left to plugin-throttling.
 */
function honourRetryAfter(octokit: { hook: { error: (name: 'request', fn: (e: unknown) => Promise<never>) => void } }): void {
  octokit.hook.error('request', async (e: unknown) => {
    const err = e as { status?: number; message?: string; response?: { headers?: Record<string, unknown> } };
    const headers = err.response?.headers ?? {};
    const after = Number(headers['retry-after']);
    const status = err.status ?? 0;
    if ((status === 429 || status >= 500) && !throttled(status, err.message ?? '', headers) && after > 0 && after <= MAX_WAIT_S) {
      await new Promise((r) => setTimeout(r, after * 1000));
    }
    throw e;
  });
}

export function makeOctokit(token: string, log: (m: string) => void): Octokit {
  const onLimit = (kind: string) => (retryAfter: number, options: { method: string; url: string }, _o: unknown, retryCount: number): boolean => {
    const again = retryCount < RETRIES && retryAfter <= MAX_WAIT_S;
    log(`GitHub API ${kind} on ${options.method} ${options.url}: ${again ? `retrying in ${retryAfter} s (attempt ${retryCount + 2} of ${RETRIES + 1})` : 'giving up'}`);
    return again;
  };
  return getOctokit(token, {
    retry: { retries: RETRIES, doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
    throttle: { onRateLimit: onLimit('rate limit'), onSecondaryRateLimit: onLimit('secondary rate limit') },
  }, honourRetryAfter as never, retry, throttling);
}
