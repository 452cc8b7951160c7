/**
 * The options of the two commands that serve out/ (scripts/serve.ts and scripts/preview-nginx.ts):
 * --dir, --port (or PORT), --host, and --csp where the command has it. Pure: arguments and
 * environment in, options out; a mistake throws a CliError whose message ends with the usage line.
 * readServeOptions is the commands' entry: their own arguments, and a mistake printed and exit 1.
 */
import { parseArgs } from "node:util";

export class CliError extends Error {}

export type ServeCommand = {
  /** The usage line printed under a mistake. */
  usage: string;
  defaultPort: number;
  defaultHost: string;
  /** 0 lets the system pick a free port (the Node server can report it; nginx cannot). */
  lowestPort: 0 | 1;
  /** Whether the command takes --csp. */
  csp: boolean;
};

export type ServeOptions = { dir: string; port: number; host: string; csp: boolean };

export function parseServeOptions(args: readonly string[], env: Readonly<Record<string, string | undefined>>, command: ServeCommand): ServeOptions {
  let values;
  try {
    values = parseArgs({
      args: [...args],
      options: {
        dir: { type: "string", default: "out" },
        port: { type: "string", default: env.PORT || String(command.defaultPort) },
        host: { type: "string", default: command.defaultHost },
        ...(command.csp ? { csp: { type: "boolean", default: false } } : {}),
      },
      strict: true,
    }).values;
  } catch (error) {
    throw new CliError(`${error instanceof Error ? error.message : String(error)}\n${command.usage}`);
  }
  const port = Number(values.port);
  if (!/^\d+$/u.test(values.port) || port < command.lowestPort || port > 65535) {
    throw new CliError(`--port must be a number from ${command.lowestPort} to 65535, got "${values.port}"\n${command.usage}`);
  }
  return { dir: values.dir, port, host: values.host, csp: values.csp === true };
}

/** The options of the running command (`name` prefixes a mistake, which is printed before exiting with 1). */
export function readServeOptions(name: string, command: ServeCommand): ServeOptions {
  try {
    return parseServeOptions(process.argv.slice(2), process.env, command);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    console.error(`${name}: ${error.message}`);
    process.exit(1);
  }
}
