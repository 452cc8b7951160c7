import { describe, expect, it } from "vitest";
import { CliError, parseServeOptions, type ServeCommand } from "@/lib/server/cli";

const serve: ServeCommand = { usage: "usage: serve", defaultPort: 3000, defaultHost: "localhost", lowestPort: 0, csp: true };
const nginx: ServeCommand = { usage: "usage: nginx", defaultPort: 8080, defaultHost: "127.0.0.1", lowestPort: 1, csp: false };

const errorOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
};

describe("the options of the commands that serve out/", () => {
  it("gives each command its own defaults", () => {
    expect(parseServeOptions([], {}, serve)).toEqual({ dir: "out", port: 3000, host: "localhost", csp: false });
    expect(parseServeOptions([], {}, nginx)).toEqual({ dir: "out", port: 8080, host: "127.0.0.1", csp: false });
  });

  it("takes every option, and PORT when --port is not given", () => {
    expect(parseServeOptions(["--dir", "site/", "--port", "4100", "--host", "::1", "--csp"], {}, serve)).toEqual({
      dir: "site/",
      port: 4100,
      host: "::1",
      csp: true,
    });
    expect(parseServeOptions([], { PORT: "4200" }, nginx).port).toBe(4200);
    expect(parseServeOptions(["--port", "4300"], { PORT: "4200" }, nginx).port).toBe(4300);
    // An empty PORT is as good as none.
    expect(parseServeOptions([], { PORT: "" }, serve).port).toBe(3000);
  });

  it("lets the Node server take port 0 (any free port) but not nginx", () => {
    expect(parseServeOptions(["--port", "0"], {}, serve).port).toBe(0);
    const error = errorOf(() => parseServeOptions(["--port", "0"], {}, nginx));
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toBe('--port must be a number from 1 to 65535, got "0"\nusage: nginx');
  });

  it.each(["65536", "80a", "1.5", " 80", "", "-1"])("refuses --port %j with the usage line", (port) => {
    // `--port=-1`: in two words, parseArgs would read -1 as an option of its own.
    const error = errorOf(() => parseServeOptions([`--port=${port}`], {}, serve));
    expect(error).toBeInstanceOf(CliError);
    expect((error as Error).message).toBe(`--port must be a number from 0 to 65535, got "${port}"\nusage: serve`);
  });

  it("accepts the highest port", () => {
    expect(parseServeOptions(["--port", "65535"], {}, nginx).port).toBe(65535);
  });

  it("refuses an unknown option, and --csp where the command has none, with the usage line", () => {
    for (const [args, command] of [[["--verbose"], serve], [["--csp"], nginx], [["stray"], serve]] as const) {
      const error = errorOf(() => parseServeOptions(args, {}, command));
      expect(error).toBeInstanceOf(CliError);
      expect((error as Error).message).toMatch(new RegExp(`\\n${command.usage}$`, "u"));
      expect((error as Error).message).toContain(args[0]);
    }
  });
});
