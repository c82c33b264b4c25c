// What the server puts around the app. Answers to requests that never reach it: bytes Node's HTTP
// parser rejects (a 20 KB header, a raw NUL, a smuggling attempt), targets @hono/node-server refuses
// (a backslash path, a bad Host, `*`) and HTTP/1.1 without a Host; like every answer of the site they
// carry the security headers and say what to do. And HEAD answers that keep every header.

import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { RequestError } from '@hono/node-server';
import { renderServerError } from './views/error-page.tsx';

type Headers = Readonly<Record<string, string>>;

const TEXT = 'text/plain; charset=utf-8';

/** The response for an error raised before the app saw the request (the listener's errorHandler). */
export function requestErrorResponse(error: unknown, security: Headers): Response {
  if (error instanceof RequestError) {
    // The reason is the adapter's fixed wording ("Invalid host header"), never the request's bytes.
    const reason = error.message.replace(/\.$/, '').toLowerCase();
    return new Response(`This request could not be read (${reason}). Check the address and try again.\n`, {
      status: 400,
      headers: { ...security, 'Content-Type': TEXT, 'Cache-Control': 'no-store' },
    });
  }
  return new Response(renderServerError(), {
    status: 500,
    headers: { ...security, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

function clientErrorAnswer(code: string | undefined): { status: number; text: string; message: string } {
  if (code === 'HPE_HEADER_OVERFLOW')
    return {
      status: 431,
      text: 'Request Header Fields Too Large',
      message:
        'The address or the request headers are too large (over 16 KB): shorten the address or clear cookies.',
    };
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return {
      status: 408,
      text: 'Request Timeout',
      message: 'The request took too long to arrive; try again.',
    };
  return {
    status: 400,
    text: 'Bad Request',
    message:
      'The request is not valid HTTP; check the address for spaces or control characters and try again.',
  };
}

/**
 * The server's 'clientError' handler: Node has no response object for these, so the answer is
 * written to the socket directly, then the connection is closed.
 */
export function answerClientError(error: NodeJS.ErrnoException, socket: Duplex, security: Headers): void {
  // Nothing can be written to a reset socket, or once a response to this connection has begun.
  const busy = (socket as { _httpMessage?: unknown })._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || busy) {
    socket.destroy();
    return;
  }
  const { status, text, message } = clientErrorAnswer(error.code);
  const body = `${message}\n`;
  const headers: Record<string, string> = {
    ...security,
    'Content-Type': TEXT,
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    Connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n');
  socket.end(`HTTP/1.1 ${status} ${text}\r\n${head}\r\n\r\n${body}`);
}

/**
 * Node's own Host check answers with bare headers; this one (with `requireHostHeader: false` on the
 * server) answers HTTP/1.1 without a Host with the site's headers. HTTP/1.0 may omit it.
 */
export function requireHost(listener: RequestListener, security: Headers): RequestListener {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.headers.host || req.httpVersion === '1.0') return listener(req, res);
    const body = 'An HTTP/1.1 request must name the site in a Host header; send one and try again.\n';
    res.writeHead(400, {
      ...security,
      'Content-Type': TEXT,
      'Cache-Control': 'no-store',
      Connection: 'close',
    });
    res.end(body);
  };
}

type Fetch = (request: Request, env: unknown) => Response | Promise<Response>;

/**
 * HEAD answered as GET without the body. Hono builds a HEAD answer with `new Response(null, res)`,
 * and @hono/node-server's lightweight Response then copies the headers the response was created
 * with, dropping those middleware set later (the security headers, CORS). Reading its body or
 * statusText does the same, so only `headers` and `status` are read here.
 */
export function headAsGet(fetch: Fetch): Fetch {
  return async (request, env) => {
    if (request.method !== 'HEAD') return fetch(request, env);
    const res = await fetch(new Request(request.url, { method: 'GET', headers: request.headers }), env);
    return new Response(null, { status: res.status, headers: res.headers });
  };
}
