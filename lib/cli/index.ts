#!/usr/bin/env node
/**
 * `wxpay`: the command line of wechatpay-chain. Dispatches to the subcommands in `commands.ts`.
 */
import { parseArgs } from 'node:util';
import { VERSION } from '../version';
import { commands } from './commands';
import { findCommand, helpFor, type Command, type Io } from './registry';

const consoleIo: Io = {
  out: (line) => {
    process.stdout.write(`${line}\n`);
  },
  err: (line) => {
    process.stderr.write(`${line}\n`);
  },
};

function overview(list: Command[]): string {
  const lines = ['Usage: wxpay <command> [options]', '', 'Commands:'];
  for (const c of list) lines.push(`  ${c.name.join(' ').padEnd(26)} ${c.summary}`);
  lines.push('', 'wxpay <command> --help shows the options of a command.');
  return lines.join('\n');
}

/** Commands with more words than `argv` gives, whose first words are `argv`'s leading words. */
function subcommandsOf(list: Command[], argv: string[]): Command[] {
  return list.filter((c) => c.name.length > 1 && c.name.length - 1 <= argv.length && c.name.slice(0, -1).every((w, i) => argv[i] === w));
}

/** Run the command line with `argv` (without `node` and the script); resolves with the exit code. */
export async function main(argv: string[], io: Io = consoleIo, list: Command[] = commands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(overview(list));
    return 0;
  }
  if (argv[0] === '--version' || argv[0] === '-v') {
    io.out(VERSION);
    return 0;
  }
  const found = findCommand(list, argv);
  const group = found ? [] : subcommandsOf(list, argv);
  if (group.length) {
    // `wxpay certificates` alone: show what can follow; a wrong word after it is a usage error.
    const words = argv.slice(0, group[0].name.length - 1);
    const rest = argv.slice(words.length);
    const asked = rest.length === 0 || rest[0] === '--help' || rest[0] === '-h';
    const text = [
      `Usage: wxpay ${words.join(' ')} <command> [options]`,
      '',
      'Commands:',
      ...group.map((c) => `  ${c.name.join(' ').padEnd(26)} ${c.summary}`),
    ].join('\n');
    if (asked) {
      io.out(text);
      return 0;
    }
    io.err(`wxpay: unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}"\n\n${text}`);
    return 2;
  }
  if (!found) {
    io.err(`wxpay: unknown command "${argv.filter((a) => !a.startsWith('-')).join(' ')}"\n\n${overview(list)}`);
    return 2;
  }
  const { command, rest } = found;
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(helpFor(command));
    return 0;
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (err) {
    io.err(`wxpay ${command.name.join(' ')}: ${(err as Error).message}\n\n${helpFor(command)}`);
    return 2;
  }
  try {
    return await command.run(parsed.values, parsed.positionals, io);
  } catch (err) {
    io.err(`wxpay ${command.name.join(' ')}: ${(err as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`wxpay: ${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
