/**
 * A real HTTP server on 127.0.0.1 (random port) for one test file, standing in for a download
 * host: `serveLocally(() => handler)` starts it in a beforeAll (the factory may prepare content
 * asynchronously), `base` is its address once started, and it is closed after the file's tests.
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import { afterAll, beforeAll } from 'vitest';

export interface LocalServer {
  /** http://127.0.0.1:<port>, set when beforeAll has run. */
  base: string;
}

export function serveLocally(make: () => RequestListener | Promise<RequestListener>): LocalServer {
  const local: LocalServer = { base: '' };
  let server: Server | undefined;
  beforeAll(async () => {
    const s = createServer(await make());
    server = s;
    await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
    const a = s.address();
    local.base = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
  });
  afterAll(() => new Promise<void>((r) => (server ? server.close(() => r()) : r())));
  return local;
}
