// process.env → typed configuration, every problem reported at once (never a token's value).
import { z } from 'zod';
import { CONVERSATION_TTL_MS, DEFAULT_LIMITS, type FairUseLimits } from '../src/index.js';

const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();
const port = z.coerce.number().int().min(0).max(65535);
/** 0 turns a limit off; an empty value keeps the default. */
const perMinute = (fallback: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z.coerce.number().int().min(0).max(100_000).default(fallback),
  );

const schema = z.object({
  CORPUS_DIR: z.string().trim().default('corpus'),
  DATA_DIR: z.string().trim().default('data'),
  STORE_URL: optional,
  SLACK_BOT_TOKEN: optional,
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional,
  SLACK_PORT: port.default(3000),
  SLACK_API_URL: optional.pipe(z.string().url().optional()),
  DISCORD_TOKEN: optional,
  DISCORD_APPLICATION_ID: optional,
  DISCORD_GUILD_ID: optional,
  DISCORD_API_URL: optional.pipe(z.string().url().optional()),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
  RATE_LIMIT_USER_PER_MINUTE: perMinute(DEFAULT_LIMITS.userPerMinute),
  RATE_LIMIT_CHANNEL_PER_MINUTE: perMinute(DEFAULT_LIMITS.channelPerMinute),
  CONVERSATION_TTL_MINUTES: perMinute(CONVERSATION_TTL_MS / 60_000),
});

/** Settings that only work in pairs; checked on the raw values so every problem shows at once. */
function pairingProblems(env: Record<string, string | undefined>): string[] {
  const set = (name: string) => Boolean(env[name]?.trim());
  const problems: string[] = [];
  if (set('SLACK_BOT_TOKEN') !== set('SLACK_SIGNING_SECRET') && !set('SLACK_APP_TOKEN')) {
    problems.push(
      'SLACK_SIGNING_SECRET: Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode)',
    );
  }
  if (set('SLACK_APP_TOKEN') && !set('SLACK_BOT_TOKEN'))
    problems.push('SLACK_BOT_TOKEN: Socket Mode (SLACK_APP_TOKEN) also needs SLACK_BOT_TOKEN');
  if (set('DISCORD_TOKEN') !== set('DISCORD_APPLICATION_ID'))
    problems.push('DISCORD_APPLICATION_ID: Discord needs both DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  return problems;
}

export type Env = z.infer<typeof schema>;

export interface Config {
  corpusDir: string;
  dataDir: string;
  storeUrl: string | undefined;
  logLevel: Env['LOG_LEVEL'];
  /** Fair use on the chat platforms: questions per user, mentions per channel, per minute. */
  limits: FairUseLimits;
  /** How long a thread's last question is remembered for follow-ups. */
  conversationTtlMs: number;
  slack?: { botToken: string; signingSecret: string; appToken?: string; port: number; apiUrl?: string };
  discord?: { token: string; applicationId: string; guildId?: string; apiUrl?: string };
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

export function readConfig(env: Record<string, string | undefined>): ConfigResult {
  const parsed = schema.safeParse(env);
  const problems = [
    ...(parsed.success
      ? []
      : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'}: ${issue.message}`)),
    ...pairingProblems(env),
  ];
  if (!parsed.success || problems.length) return { ok: false, problems };
  const e = parsed.data;
  const config: Config = {
    corpusDir: e.CORPUS_DIR,
    dataDir: e.DATA_DIR,
    storeUrl: e.STORE_URL,
    logLevel: e.LOG_LEVEL,
    limits: {
      userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
      channelPerMinute: e.RATE_LIMIT_CHANNEL_PER_MINUTE,
    },
    conversationTtlMs: e.CONVERSATION_TTL_MINUTES * 60_000,
  };
  if (e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET ?? '',
      port: e.SLACK_PORT,
      ...(e.SLACK_APP_TOKEN ? { appToken: e.SLACK_APP_TOKEN } : {}),
      ...(e.SLACK_API_URL ? { apiUrl: e.SLACK_API_URL } : {}),
    };
  }
  if (e.DISCORD_TOKEN && e.DISCORD_APPLICATION_ID) {
    config.discord = {
      token: e.DISCORD_TOKEN,
      applicationId: e.DISCORD_APPLICATION_ID,
      ...(e.DISCORD_GUILD_ID ? { guildId: e.DISCORD_GUILD_ID } : {}),
      ...(e.DISCORD_API_URL ? { apiUrl: e.DISCORD_API_URL } : {}),
    };
  }
  return { ok: true, config };
}
