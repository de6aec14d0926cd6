// A fake Slack on 127.0.0.1: the Web API (/api/<method>), response_urls (/response/<id>) and a
// Socket Mode WebSocket (/link). It records what the real Bolt sends so tests can assert on it.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface ApiCall {
  method: string;
  args: Record<string, unknown>;
  authorization: string | undefined;
}

export interface ResponseCall {
  id: string;
  body: Record<string, unknown>;
}

export interface FakeUser {
  is_admin?: boolean;
  is_owner?: boolean;
  tz?: string;
}

const WAIT_LIMIT_MS = 10_000;
/** chat.postMessage to this channel fails as Slack does when the bot is not a member. */
export const NOT_IN_CHANNEL = 'C0NOTIN';

export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseCall[] = [];
  readonly users: Record<string, FakeUser> = {};
  private readonly listeners = new Set<() => void>();
  private readonly sockets = new WebSocketServer({ noServer: true });
  private socket: WebSocket | undefined;
  private readonly pendingAcks = new Map<string, (ack: Record<string, unknown>) => void>();
  private seq = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FakeSlack> {
    const server = createServer();
    const fake = new FakeSlack(server);
    server.on('request', (req, res) => {
      readBody(req).then((raw) => {
        const { status, body } = fake.handle(req, raw);
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
        fake.changed();
      });
    });
    server.on('upgrade', (req, socket, head) => {
      fake.sockets.handleUpgrade(req, socket, head, (ws) => fake.connect(ws));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Resolves with pick()'s first defined value, re-checked whenever the fake records something. */
  waitFor<T>(pick: () => T | undefined, what = 'a request'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = pick();
        if (value === undefined) return;
        this.listeners.delete(check);
        clearTimeout(timer);
        resolve(value);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(check);
        reject(new Error(`fake Slack never saw ${what}`));
      }, WAIT_LIMIT_MS);
      this.listeners.add(check);
      check();
    });
  }

  /** Sends a Socket Mode envelope; resolves with the app's acknowledgement. */
  sendEnvelope(type: string, payload: unknown, retryAttempt = 0): Promise<Record<string, unknown>> {
    const socket = this.socket;
    if (!socket) throw new Error('no Socket Mode client connected');
    const envelopeId = `env-${++this.seq}`;
    const acked = new Promise<Record<string, unknown>>((resolve) =>
      this.pendingAcks.set(envelopeId, resolve),
    );
    const envelope = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...(retryAttempt > 0 ? { retry_attempt: retryAttempt, retry_reason: 'timeout' } : {}),
    };
    socket.send(JSON.stringify(envelope));
    return acked;
  }

  async close(): Promise<void> {
    for (const client of this.sockets.clients) client.terminate();
    this.sockets.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private changed(): void {
    for (const listener of [...this.listeners]) listener();
  }

  private connect(ws: WebSocket): void {
    this.socket = ws;
    ws.on('message', (data) => {
      const ack = JSON.parse(String(data)) as Record<string, unknown>;
      const resolve = this.pendingAcks.get(String(ack.envelope_id));
      this.pendingAcks.delete(String(ack.envelope_id));
      resolve?.(ack);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A0APP' } }));
  }

  private handle(req: IncomingMessage, raw: string): { status: number; body: unknown } {
    const path = new URL(req.url ?? '/', this.url).pathname;
    if (path.startsWith('/response/')) {
      this.responses.push({ id: path.slice('/response/'.length), body: JSON.parse(raw) });
      return { status: 200, body: { ok: true } };
    }
    if (!path.startsWith('/api/')) return { status: 404, body: { ok: false } };
    const method = path.slice('/api/'.length);
    const args = parseArgs(req.headers['content-type'] ?? '', raw);
    this.calls.push({ method, args, authorization: req.headers.authorization });
    return { status: 200, body: this.answer(method, args) };
  }

  private answer(method: string, args: Record<string, unknown>): unknown {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0001', user: 'dossier' };
      case 'chat.postMessage':
        if (args.channel === NOT_IN_CHANNEL) return { ok: false, error: 'not_in_channel' };
        return { ok: true, channel: args.channel, ts: `1700000000.${String(++this.seq).padStart(6, '0')}` };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++this.seq).padStart(6, '0')}` };
      case 'users.info': {
        const user = this.users[String(args.user)];
        return user ? { ok: true, user: { id: args.user, ...user } } : { ok: false, error: 'user_not_found' };
      }
      case 'apps.connections.open':
        return { ok: true, url: `${this.url.replace('http', 'ws')}/link` };
      case 'reactions.add':
      case 'reactions.remove':
      case 'views.publish':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

/** The Web API client sends forms whose nested values (blocks) are JSON strings. */
function parseArgs(contentType: string, raw: string): Record<string, unknown> {
  if (contentType.includes('json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
