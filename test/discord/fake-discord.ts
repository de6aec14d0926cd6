// A small fake of Discord's REST API and gateway on 127.0.0.1, enough for a real discord.js Client:
// it identifies and resumes sessions, dispatches interactions and messages, and records every REST
// request the bot makes. Like real Discord, it blanks the content of guild messages that do not
// mention the bot (the bot has no Message Content intent).
import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export const ids = {
  bot: '100000000000000001',
  application: '100000000000000001',
  guild: '200000000000000001',
  channel: '300000000000000001',
  dmChannel: '300000000000000009',
  admin: '400000000000000001',
  member: '400000000000000002',
} as const;

export interface RecordedRequest {
  method: string;
  path: string;
  query: string;
  body: unknown;
  authorization: string | undefined;
}

export interface FakeDiscord {
  apiUrl: string;
  requests: RecordedRequest[];
  identifies: number;
  resumes: number;
  /** The session id the client last asked to resume. */
  resumedSession: string | undefined;
  /** Sends a gateway dispatch to the connected client. */
  dispatch(type: string, data: unknown): void;
  /** Resolves with the first recorded request (past or future) that matches. */
  waitForRequest(match: (request: RecordedRequest) => boolean): Promise<RecordedRequest>;
  /** Resolves when the client has (re)connected and identified or resumed `count` times in total. */
  waitForSessions(count: number): Promise<void>;
  /** Drops the gateway connection with a close code, as Discord does on its side. */
  closeGateway(code: number): void;
  /** Sends op 7 RECONNECT: the client should drop the connection and resume. */
  reconnect(): void;
  close(): Promise<void>;
}

const user = (id: string, name: string, bot = false) => ({
  id,
  username: name,
  discriminator: '0',
  global_name: name,
  avatar: null,
  ...(bot ? { bot: true } : {}),
});

export const users = {
  bot: user(ids.bot, 'Dossier', true),
  admin: user(ids.admin, 'ada'),
  member: user(ids.member, 'mo'),
};

export async function startFakeDiscord(): Promise<FakeDiscord> {
  const requests: RecordedRequest[] = [];
  const waiters: { match: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  const sessionWaiters: { count: number; resolve: () => void }[] = [];
  let socket: WebSocket | undefined;
  let sequence = 0;
  let messageIds = 900000000000000000n;
  const state = { identifies: 0, resumes: 0, resumedSession: undefined as string | undefined };

  const record = (request: RecordedRequest) => {
    requests.push(request);
    for (const waiter of [...waiters]) {
      if (waiter.match(request)) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(request);
      }
    }
  };
  const sessionStarted = () => {
    const total = state.identifies + state.resumes;
    for (const waiter of [...sessionWaiters]) {
      if (total >= waiter.count) {
        sessionWaiters.splice(sessionWaiters.indexOf(waiter), 1);
        waiter.resolve();
      }
    }
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const text = await readBody(req);
    const body = text ? JSON.parse(text) : undefined;
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    record({
      method: req.method ?? 'GET',
      path,
      query: url.search,
      body,
      authorization: req.headers.authorization,
    });
    const json = (status: number, payload?: unknown) => {
      // Like Discord: a 204 has no body and no content type (discord.js would try to parse it).
      if (payload === undefined) return void res.writeHead(status).end();
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(payload));
    };
    if (path === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${port()}/gateway`,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
      });
    }
    if (req.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204);
    if (/^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path) && req.method === 'PUT') {
      const commands = Array.isArray(body) ? body : [];
      return json(
        200,
        commands.map((command, i) => ({ ...command, id: String(500000000000000000n + BigInt(i)) })),
      );
    }
    // Opening a DM with a member (User#send): the DM channel the fixtures use.
    if (req.method === 'POST' && path === '/users/@me/channels') {
      return json(200, { id: ids.dmChannel, type: 1, recipients: [users.member] });
    }
    const webhook = /^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.exec(path);
    const channelPost = /^\/channels\/(\d+)\/messages$/.exec(path);
    if (webhook || (channelPost && req.method === 'POST')) {
      messageIds += 1n;
      const channel = channelPost?.[1] ?? ids.channel;
      return json(200, message({ id: String(messageIds), channel, author: users.bot, ...(body as object) }));
    }
    json(404, { message: 'Unknown route in fake Discord', code: 0 });
  });
  const port = () => (server.address() as AddressInfo).port;

  const gateway = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, sock, head) => {
    gateway.handleUpgrade(req, sock, head, (ws) => {
      socket = ws;
      ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 45_000 } }));
      ws.on('message', (raw) => onGatewayMessage(ws, JSON.parse(String(raw))));
    });
  });

  const send = (ws: WebSocket, type: string, data: unknown) => {
    sequence += 1;
    ws.send(JSON.stringify({ op: 0, t: type, s: sequence, d: data }));
  };

  const onGatewayMessage = (ws: WebSocket, payload: { op: number; d: unknown }) => {
    if (payload.op === 1) return ws.send(JSON.stringify({ op: 11 }));
    if (payload.op === 2) {
      state.identifies += 1;
      send(ws, 'READY', {
        v: 10,
        user: users.bot,
        guilds: [{ id: ids.guild, unavailable: true }],
        session_id: `session-${state.identifies}`,
        resume_gateway_url: `ws://127.0.0.1:${port()}/gateway`,
        application: { id: ids.application, flags: 0 },
      });
      send(ws, 'GUILD_CREATE', guild());
      return sessionStarted();
    }
    if (payload.op === 6) {
      state.resumes += 1;
      state.resumedSession = (payload.d as { session_id?: string }).session_id;
      send(ws, 'RESUMED', null);
      return sessionStarted();
    }
  };

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    apiUrl: `http://127.0.0.1:${port()}/api`,
    requests,
    get identifies() {
      return state.identifies;
    },
    get resumes() {
      return state.resumes;
    },
    get resumedSession() {
      return state.resumedSession;
    },
    dispatch(type, data) {
      if (!socket) throw new Error('no gateway connection');
      send(socket, type, data);
    },
    waitForRequest(match) {
      const seen = requests.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ match, resolve }));
    },
    waitForSessions(count) {
      if (state.identifies + state.resumes >= count) return Promise.resolve();
      return new Promise((resolve) => sessionWaiters.push({ count, resolve }));
    },
    closeGateway(code) {
      socket?.close(code, 'fake says goodbye');
    },
    reconnect() {
      socket?.send(JSON.stringify({ op: 7, d: null }));
    },
    async close() {
      for (const client of gateway.clients) client.terminate();
      gateway.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
    });
    req.on('end', () => resolve(text));
    req.on('error', reject);
  });
}

function guild() {
  return {
    id: ids.guild,
    name: 'Fake Guild',
    owner_id: '499999999999999999',
    unavailable: false,
    member_count: 3,
    large: false,
    joined_at: '2024-01-01T00:00:00.000Z',
    features: [],
    emojis: [],
    stickers: [],
    roles: [everyoneRole()],
    channels: [{ id: ids.channel, type: 0, name: 'news', position: 0, permission_overwrites: [] }],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

function everyoneRole() {
  return {
    id: ids.guild,
    name: '@everyone',
    permissions: '1024', // ViewChannel only
    position: 0,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export function message(fields: { id: string; channel: string; author: object; [key: string]: unknown }) {
  const { id, channel, author, ...rest } = fields;
  return {
    id,
    channel_id: channel,
    author,
    content: '',
    timestamp: new Date(0).toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...rest,
  };
}
