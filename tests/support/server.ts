// Starts the real production server on a temporary SQLite file, for integration and browser tests.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export type TestServer = {
  url: string;
  dbPath: string;
  dir: string;
  output: () => string;
  stop: () => Promise<void>;
};

export function tempDir(prefix = "board-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function startServer(options: { env?: Record<string, string>; dbPath?: string } = {}): Promise<TestServer> {
  const dir = tempDir();
  const dbPath = options.dbPath ?? path.join(dir, "board.db");
  const child: ChildProcess = spawn(process.execPath, ["server.js"], {
    env: { ...process.env, NODE_ENV: "production", PORT: "0", DATABASE_PATH: dbPath, ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/localhost:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dbPath,
    dir,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        const cleanUp = () => {
          fs.rmSync(dir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null) return cleanUp();
        child.once("exit", cleanUp);
        child.kill("SIGTERM");
      }),
  };
}

/** The cookie a visitor gets from the language switch (a real form post), as a Cookie header value. */
export async function languageCookie(url: string, lang: "en" | "zh-CN"): Promise<string> {
  const res = await fetch(`${url}/language`, {
    method: "POST",
    body: new URLSearchParams({ lang, redirectTo: "/" }),
    redirect: "manual",
  });
  return res.headers.get("set-cookie")!.split(";")[0]!;
}
