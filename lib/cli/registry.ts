/**
 * The `wxpay` subcommand registry: each command names the words that select it
 * (`['emulator']`, `['certificates', 'download']`), its options (parsed by node:util parseArgs)
 * and a `run` that returns the exit code.
 */

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** Shown in the help text. */
  description: string;
  /** Value name in the help text (`--port PORT`). */
  value?: string;
  multiple?: boolean;
}

/** Output channels, replaceable in tests. */
export interface Io {
  out(line: string): void;
  err(line: string): void;
}

export type OptionValues = Record<string, string | boolean | Array<string | boolean> | undefined>;

export interface Command {
  /** The words after `wxpay` that select this command. */
  name: string[];
  /** One line for `wxpay --help`. */
  summary: string;
  options: Record<string, OptionSpec>;
  /** Resolves with the exit code; a long-running command resolves when it stops. */
  run(values: OptionValues, positionals: string[], io: Io): Promise<number>;
}

/** The command whose name is the longest prefix of `argv`, with the rest of the arguments. */
export function findCommand(commands: Command[], argv: string[]): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const c of commands) {
    if (c.name.length <= argv.length && c.name.every((w, i) => argv[i] === w) && (!best || c.name.length > best.name.length)) best = c;
  }
  return best ? { command: best, rest: argv.slice(best.name.length) } : undefined;
}

/** The help text of one command. */
export function helpFor(command: Command): string {
  const lines = [`Usage: wxpay ${command.name.join(' ')} [options]`, '', command.summary, '', 'Options:'];
  for (const [name, spec] of Object.entries(command.options)) {
    const flag = `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`;
    lines.push(`  ${flag.padEnd(30)} ${spec.description}`);
  }
  lines.push(`  ${'-h, --help'.padEnd(30)} Show this help`);
  return lines.join('\n');
}
