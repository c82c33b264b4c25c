// Security headers on every response. The site runs no inline script and no inline style, so the
// policy allows only same-origin files; JSON-LD blocks are data, which CSP does not execute.

import type { MiddlewareHandler } from 'hono';
import { isPrepared } from '../respond.ts';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every response carries, as a plain record (cheap to spread into prepared responses). */
export function securityHeaderRecord(options: { https: boolean }): Readonly<Record<string, string>> {
  return Object.freeze({
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-site',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    // Browsers ignore HSTS over plain HTTP; send it only where the public origin is HTTPS.
    ...(options.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  });
}

/** Adds the security headers to responses that do not carry them yet (prepared ones already do). */
export function securityHeaders(record: Readonly<Record<string, string>>): MiddlewareHandler {
  const entries = Object.entries(record);
  return async (c, next) => {
    c.set('securityHeaders', record);
    await next();
    if (isPrepared(c.res)) return;
    const h = c.res.headers;
    for (const [name, value] of entries) h.set(name, value);
  };
}
