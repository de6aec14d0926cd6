// Whether the test Redis answers. Tests that need it are skipped (and say why) when it does not.
import { connect } from 'node:net';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';

export async function redisAnswers(url = REDIS_URL): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname || '127.0.0.1', port: Number(port || 6379) });
    const done = (up: boolean) => {
      socket.destroy();
      resolve(up);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

export async function redisOrWarn(suite: string): Promise<boolean> {
  const up = await redisAnswers();
  if (!up) {
    console.warn(
      `SKIPPED: ${suite}: no Redis answers at ${REDIS_URL}. Start one (redis-server) or set REDIS_URL; CI (.ci/run) always has one.`,
    );
  }
  return up;
}

/** A key prefix no other test run shares. */
export const uniqueNamespace = (name: string) =>
  `dossier-test-${name}-${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
