// A loopback stand-in for every live source, which answers each path from a script of behaviours:
// good JSON, an HTTP error with headers, a reset connection, a body that never ends, bytes cut short.
// The ingest reaches it through OPENROUTER_BASE_URL, ARENA_CATALOG_BASE_URL, LITELLM_PRICES_URL and
// MODELS_DEV_URL, so the real CLI meets the faults a user's network would.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Behaviour =
  /** 200 with a JSON body (an object is serialized; a string is sent as it is). */
  | { kind: 'json'; body: unknown }
  /** Any status, body and headers: HTTP errors, HTML pages served as 200, truncated JSON. */
  | { kind: 'reply'; status: number; body: string; headers?: Record<string, string> }
  /** The connection is reset before any byte of a response. */
  | { kind: 'reset' }
  /** Headers and the first `bytes` of the body, then the connection is reset. */
  | { kind: 'cut'; body: string; bytes: number }
  /** Headers and the first `bytes` of the body, then nothing, ever. */
  | { kind: 'stall'; body: string; bytes: number }
  /** What the path answers when nothing is scripted: the good payload. */
  | { kind: 'default' };

/** A behaviour that is an answer itself, not a pointer to the default. */
type Answer = Exclude<Behaviour, { kind: 'default' }>;

export const reply = {
  json: (body: unknown): Behaviour => ({ kind: 'json', body }),
  status: (status: number, body = '', headers: Record<string, string> = {}): Behaviour => ({
    kind: 'reply',
    status,
    body,
    headers,
  }),
  reset: (): Behaviour => ({ kind: 'reset' }),
  cut: (body: unknown, bytes: number): Behaviour => ({ kind: 'cut', body: short(body, bytes), bytes }),
  stall: (body: unknown, bytes: number): Behaviour => ({ kind: 'stall', body: short(body, bytes), bytes }),
  good: (): Behaviour => ({ kind: 'default' }),
};

/** The body, when `bytes` stops short of its end (else the response would be complete). */
function short(body: unknown, bytes: number): string {
  const text = asText(body);
  if (bytes >= Buffer.byteLength(text))
    throw new Error(`Sending ${bytes} bytes of a ${Buffer.byteLength(text)}-byte body is the whole body.`);
  return text;
}

function asText(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/** The paths each live source is served under. */
export const PATHS = {
  openrouter: '/openrouter/api/v1/models',
  text: '/arena/leaderboard-text.json',
  textStyle: '/arena/leaderboard-text-style-control.json',
  vision: '/arena/leaderboard-vision.json',
  visionStyle: '/arena/leaderboard-vision-style-control.json',
  image: '/arena/leaderboard-image.json',
  scatterplot: '/arena/scatterplot-data.json',
  litellm: '/litellm/model_prices_and_context_window.json',
  modelsDev: '/models.dev/api.json',
} as const;
export type SourcePath = (typeof PATHS)[keyof typeof PATHS];

export interface Hit {
  path: string;
  /** Milliseconds since the upstream started. */
  at: number;
}

export interface FakeUpstream {
  /** The environment that points the live ingest here. */
  env: Record<string, string>;
  url(path: SourcePath): string;
  /** What every path answers when no script says otherwise. */
  setDefaults(bodies: Partial<Record<SourcePath, unknown>>): void;
  /** The next requests to `path` get these behaviours in turn; the last one repeats. */
  script(path: SourcePath, behaviours: Behaviour[]): void;
  /** Drop every script and every recorded hit. */
  clear(): void;
  hits(path?: SourcePath): Hit[];
  close(): Promise<void>;
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const started = performance.now();
  const defaults = new Map<string, Answer>();
  const scripts = new Map<string, Behaviour[]>();
  let hits: Hit[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    hits.push({ path, at: performance.now() - started });
    const queue = scripts.get(path);
    const scripted = queue && queue.length > 0 ? (queue.length > 1 ? queue.shift()! : queue[0]!) : undefined;
    const behaviour = !scripted || scripted.kind === 'default' ? defaults.get(path) : scripted;
    if (!behaviour) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No stand-in for ${path}`);
      return;
    }
    answer(behaviour, req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    env: {
      OPENROUTER_BASE_URL: `${base}/openrouter/api/v1`,
      ARENA_CATALOG_BASE_URL: `${base}/arena`,
      LITELLM_PRICES_URL: `${base}${PATHS.litellm}`,
      MODELS_DEV_URL: `${base}${PATHS.modelsDev}`,
    },
    url: (path) => `${base}${path}`,
    setDefaults(bodies) {
      for (const [path, body] of Object.entries(bodies)) defaults.set(path, { kind: 'json', body });
    },
    script(path, behaviours) {
      scripts.set(path, [...behaviours]);
    },
    clear() {
      scripts.clear();
      hits = [];
    },
    hits: (path) => (path ? hits.filter((h) => h.path === path) : [...hits]),
    async close() {
      // Stalled responses never end on their own.
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve())));
    },
  };
}

function answer(behaviour: Answer, req: IncomingMessage, res: ServerResponse): void {
  switch (behaviour.kind) {
    case 'json': {
      const body = asText(behaviour.body);
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
      });
      res.end(body);
      return;
    }
    case 'reply':
      res.writeHead(behaviour.status, {
        'content-type': 'text/plain; charset=utf-8',
        'content-length': Buffer.byteLength(behaviour.body),
        ...behaviour.headers,
      });
      res.end(behaviour.body);
      return;
    case 'reset':
      req.socket.resetAndDestroy();
      return;
    case 'cut':
    case 'stall': {
      const bytes = Buffer.from(behaviour.body);
      // The full length is announced, so the client knows the body came short.
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': bytes.byteLength });
      res.write(bytes.subarray(0, behaviour.bytes), () => {
        if (behaviour.kind === 'cut') req.socket.resetAndDestroy();
      });
      return;
    }
  }
}
