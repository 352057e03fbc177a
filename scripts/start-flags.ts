// The node flags `npm start` runs the board with, read from package.json, so the benchmarks and the
// soak measure the server as it is deployed rather than with node's defaults.
import fs from "node:fs";

export function startFlags(): string[] {
  const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { scripts: Record<string, string> };
  const m = /\bnode((?:\s+--[\w-]+(?:=\S+)?)*)\s+\.\/server\.js\b/.exec(pkg.scripts.start ?? "");
  if (!m) throw new Error(`package.json "start" does not run node ./server.js: ${pkg.scripts.start}`);
  return m[1]!.trim().split(/\s+/).filter(Boolean);
}
