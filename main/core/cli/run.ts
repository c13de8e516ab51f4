import { CasebookFailure } from '../store/errors';
import { EXIT, UsageError, type CliIo } from './command';
import { commands } from './commands';

function help(io: CliIo): void {
  io.out('Usage: casebook COMMAND [ARGS]');
  io.out('');
  for (const c of commands) io.out(`  ${c.usage.padEnd(58)} ${c.summary}`);
  io.out('');
  io.out('Exit status: 0 success, 1 a problem found, 2 bad usage or unreadable input. Add --debug for stack traces.');
}

/** Runs one invocation; never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`casebook: unknown command “${name}”. Run casebook --help for the list.`);
    return EXIT.usage;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (debug && error instanceof Error) io.err(error.stack ?? error.message);
    else if (error instanceof UsageError) io.err(`casebook ${name}: ${error.message} (usage: ${command.usage})`);
    else io.err(`casebook ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof UsageError) return EXIT.usage;
    if (error instanceof CasebookFailure) return error.code === 'invalid-file' || error.code === 'bad-request' ? EXIT.usage : EXIT.problem;
    return EXIT.usage;
  }
}
