import { tierUpForBursts } from '../runtime/tierUpForBursts';
import { runCli } from './run';

tierUpForBursts();

// Output piped into a reader that stops early (`casebook info FILE | head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const io = {
  out: (line: string) => process.stdout.write(`${line}\n`),
  err: (line: string) => process.stderr.write(`${line}\n`),
};

process.exitCode = await runCli(process.argv.slice(2), io);
