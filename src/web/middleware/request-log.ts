// One log line per request: method, path, status, duration, bytes and encoding.

import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';

export function requestLog(log: Logger): MiddlewareHandler {
  return async (c, next) => {
    const start = performance.now();
    let error: unknown = null;
    try {
      await next();
    } catch (e) {
      error = e;
      throw e;
    } finally {
      const res = c.res;
      const line = {
        method: c.req.method,
        path: c.req.path,
        status: error ? 500 : res.status,
        ms: Math.round((performance.now() - start) * 100) / 100,
        bytes: Number(res.headers.get('Content-Length') ?? 0) || undefined,
        encoding: res.headers.get('Content-Encoding') ?? undefined,
      };
      if (line.status >= 500) log.error(line, 'request failed');
      else log.info(line, 'request');
    }
  };
}
