// Tiny argv reader shared by the CLI commands: flags, "--name value" options and positionals.

export interface Args {
  flags: Set<string>;
  options: Map<string, string>;
  positionals: string[];
}

export function readArgs(argv: string[], valued: string[]): Args {
  const args: Args = { flags: new Set(), options: new Map(), positionals: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (valued.includes(arg)) args.options.set(arg, argv[++i] ?? '');
    else if (arg.startsWith('--')) args.flags.add(arg);
    else args.positionals.push(arg);
  }
  return args;
}

/** Writes to stderr and exits with the usage status. */
export function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}
