// What every command-line tool of Samsyn does the same way: read the configuration (a bad value
// is printed, naming the variable, and the tool exits 2), and run as a program with its exit code.
import { ConfigError, loadConfig, type Config } from '../bot/config';

type Env = Record<string, string | undefined>;
type Line = (s: string) => void;

/** The configuration, or undefined after `err` got the message of the variable that is wrong. */
export function cliConfig(env: Env, err: Line): Config | undefined {
  try {
    return loadConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    err(e.message);
    return undefined;
  }
}

/**
 * Runs a tool as the program: its lines to stdout and stderr, its exit code to the process. An
 * unexpected failure prints its kind and message only (never the data it was working on).
 */
export function runAsMain(run: (out: Line, err: Line) => Promise<number>): void {
  run(
    (s) => console.log(s),
    (s) => console.error(s),
  )
    .then((code) => process.exit(code))
    .catch((e: unknown) => {
      console.error(e instanceof Error ? `${e.name}: ${e.message}` : 'failed');
      process.exit(1);
    });
}
