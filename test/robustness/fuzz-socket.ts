// A raw HTTP/1.1 client over node:net: the request line goes out byte for byte, so `..`, `//`,
// a lone `%`, a backslash or a 20 KB header reach the server as an attacker would send them.

import { connect } from 'node:net';
import type { FuzzResponse } from './fuzz-checks.ts';

export interface RawRequest {
  method: string;
  target: string;
  headers: Record<string, string>;
  /** The Host header; null sends none. Defaults to the server's address. */
  host?: string | null;
  /** The protocol written on the request line. */
  version?: string;
  body?: string;
}

function decodeChunked(data: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  while (at < data.length) {
    const lineEnd = data.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = Number.parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
    if (!Number.isFinite(size) || size === 0) break;
    parts.push(data.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}

/** Parse one response from everything the server sent before closing. */
export function parseResponse(raw: Buffer, ms: number, method: string): FuzzResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`the server closed without a complete response (${raw.length} bytes)`);
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine ?? '')?.[1];
  if (!status) throw new Error(`not an HTTP status line: ${statusLine?.slice(0, 80)}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = raw.subarray(end + 4);
  if (method === 'HEAD') body = Buffer.alloc(0);
  else if (headers['transfer-encoding'] === 'chunked') body = decodeChunked(body);
  else if (headers['content-length'] !== undefined)
    body = body.subarray(0, Number(headers['content-length']));
  return { status: Number(status), headers, body: new Uint8Array(body), ms };
}

/** Send one request on a fresh connection (Connection: close) and read the whole answer. */
export function sendRaw(port: number, req: RawRequest, timeoutMs = 15_000): Promise<FuzzResponse> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const host = req.host === undefined ? `127.0.0.1:${port}` : req.host;
    const head = [
      `${req.method} ${req.target} ${req.version ?? 'HTTP/1.1'}`,
      ...(host === null ? [] : [`Host: ${host}`]),
      ...Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`),
      ...(req.body !== undefined ? [`Content-Length: ${Buffer.byteLength(req.body)}`] : []),
      'Connection: close',
    ];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new Error(`no answer within ${timeoutMs} ms`));
    });
    socket.on('data', (c: Buffer) => chunks.push(c));
    // A reset after a complete answer is how some rejections end; only a missing answer is an error.
    const finish = (error?: Error) => {
      try {
        resolve(parseResponse(Buffer.concat(chunks), performance.now() - start, req.method));
      } catch (parseError) {
        reject(error ?? parseError);
      }
    };
    socket.on('error', (e) => finish(e));
    socket.on('end', () => finish());
    socket.on('close', () => finish());
    // Non-ASCII in the target goes out as UTF-8, as curl would send it.
    socket.write(Buffer.from(`${head.join('\r\n')}\r\n\r\n${req.body ?? ''}`, 'utf8'));
  });
}
