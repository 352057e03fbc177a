// How `npm start` runs the board — its environment settings and node flags, read from package.json —
// so that the benchmarks and the soak measure the server as it is deployed rather than with
// node's and glibc's defaults.
import fs from "node:fs";

function startScript(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };
  return pkg.scripts.start ?? "";
}

const START = /^((?:\s*[A-Z_][A-Z0-9_]*=\S*)*)\s*node((?:\s+--[\w-]+(?:=\S+)?)*)\s+\.\/server\.js\b/;

function parts() {
  const script = startScript();
  const m = START.exec(script);
  if (!m) throw new Error(`package.json "start" is not [NAME=value …] node [--flags …] ./server.js: ${script}`);
  return { env: m[1]!.trim(), flags: m[2]!.trim() };
}

/** The node flags of `npm start`. */
export function startFlags(): string[] {
  return parts().flags.split(/\s+/).filter(Boolean);
}

/**
 * The environment settings of `npm start` other than NODE_ENV (which the callers set), such as
 * MALLOC_ARENA_MAX: read by glibc when the process starts, so they must be in a child's env.
 */
export function startEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const pair of parts().env.split(/\s+/).filter(Boolean)) {
    const [name, value] = [pair.slice(0, pair.indexOf("=")), pair.slice(pair.indexOf("=") + 1)];
    if (name !== "NODE_ENV") env[name] = value;
  }
  return env;
}
