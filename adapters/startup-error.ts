// A problem that keeps the bot from starting, said the way configuration problems are: the setting
// it concerns and what to do, on one line, without a stack trace (the operator fixes a setting, not
// the code). Adapters throw it; the composition root prints it and exits with code 1.

export class StartupError extends Error {
  override readonly name = 'StartupError';

  constructor(
    /** The environment variable to look at, e.g. "CORPUS_DIR". */
    readonly setting: string,
    /** What is wrong and what to do, e.g. `"/srv/corpus" does not exist: create it or …`. */
    readonly advice: string,
    options?: { cause?: unknown },
  ) {
    super(`${setting}: ${advice}`, options);
  }
}

/** A platform API that cannot be reached at all: the same advice for every platform. */
export function unreachable(
  setting: string,
  api: string,
  override: string | undefined,
  fallbackUrl: string,
  reason: string,
  cause: unknown,
): StartupError {
  return new StartupError(
    setting,
    `cannot reach ${api} at ${override ?? fallbackUrl} (${reason}): check this machine's network access${override ? ` and ${setting}` : ''}`,
    { cause },
  );
}

/** Awaits one start-up step; a StartupError ends the process with its one line and exit code 1. */
export async function startupStep<T>(
  step: Promise<T>,
  exit: (line: string) => never = (line) => {
    process.stderr.write(`Cannot start: ${line}\n`);
    process.exit(1);
  },
): Promise<T> {
  try {
    return await step;
  } catch (error) {
    if (error instanceof StartupError) exit(error.message);
    throw error;
  }
}

/** The error code of a Node system error ("ENOENT"), if it is one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
