import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util's messages are long and suggest `--`; ours say what was wrong in a few words. */
function describeParseError(error: Error & { code?: string }): string {
  const named = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${named ?? error.message}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (!named) return error.message;
      return error.message.includes('argument missing') ? `option ${named.split(' ')[0]} needs a value` : `option ${named} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'too many arguments';
    default:
      return error.message;
  }
}

/**
 * Strict option parsing for a command: unknown options and missing values are
 * usage errors (exit 2), and exactly `positionals` plain arguments are required.
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, positionals: string[]) {
  const parsed = (() => {
    try {
      return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
    } catch (error) {
      throw new UsageError(describeParseError(error as Error & { code?: string }));
    }
  })();
  if (parsed.positionals.length < positionals.length) {
    throw new UsageError(`missing ${positionals.slice(parsed.positionals.length).join(' and ')}`);
  }
  if (parsed.positionals.length > positionals.length) {
    throw new UsageError(`unexpected argument “${parsed.positionals[positionals.length]}”`);
  }
  return { values: parsed.values, positionals: parsed.positionals };
}
