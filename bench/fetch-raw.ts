// One GET with node:http, the body kept exactly as sent (fetch() would decompress it), so the
// baseline can serve the same bytes and both answers can be compared byte for byte.

import { createHash } from 'node:crypto';
import { request } from 'node:http';

export interface Fetched {
  status: number;
  /** Lower-case header names, as Node reports them. */
  headers: Record<string, string>;
  body: Buffer;
  /** Size of the status line and headers as sent. */
  headBytes: number;
}

export function fetchRaw(url: string, headers: Readonly<Record<string, string>> = {}): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers))
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        const raw = res.rawHeaders;
        let headBytes = `HTTP/1.1 ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
        for (let i = 0; i < raw.length; i += 2) headBytes += raw[i]!.length + raw[i + 1]!.length + 4;
        resolve({ status: res.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks), headBytes });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
