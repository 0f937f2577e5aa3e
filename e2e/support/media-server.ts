import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FullConfig } from "@playwright/test";

/**
 * The live journey's media server: the repository's own deploy/nginx-rtmp.conf, rendered into a
 * temporary directory and run with Debian's nginx and libnginx-mod-rtmp, plus ffmpeg publishing a
 * test picture. playwright.config.ts picks the ports and the ingest secret once (the environment
 * carries them to the app server and the test workers) and runs this file's default export as the
 * global setup, which starts nginx and returns its teardown.
 */

export const NGINX = "/usr/sbin/nginx";
export const RTMP_MODULE = "/usr/lib/nginx/modules/ngx_rtmp_module.so";
const CONF = path.resolve(import.meta.dirname, "..", "..", "deploy", "nginx-rtmp.conf");

/** What the live journey needs that this machine lacks, as Debian package names (empty when all there). */
export function missingMediaTools(): string[] {
  const missing: string[] = [];
  if (!existsSync(NGINX)) missing.push("nginx");
  if (!existsSync(RTMP_MODULE)) missing.push("libnginx-mod-rtmp");
  if (!onPath("ffmpeg")) missing.push("ffmpeg");
  return missing;
}

function onPath(command: string): boolean {
  return (process.env.PATH ?? "").split(path.delimiter).some((dir) => dir !== "" && existsSync(path.join(dir, command)));
}

export interface MediaSettings {
  rtmpPort: number;
  httpPort: number;
  ingestSecret: string;
}

const SETTINGS_ENV = "E2E_MEDIA_SERVER";

/**
 * The media server's ports and ingest secret for this run. Playwright loads its config in the
 * runner and again in every worker: the first load picks free ports and stores them in the
 * environment, which the workers (and the app server) inherit, so all of them agree.
 */
export function mediaSettings(): MediaSettings {
  const stored = process.env[SETTINGS_ENV];
  if (stored) return JSON.parse(stored) as MediaSettings;
  const [rtmpPort, httpPort] = freePorts(2);
  const settings: MediaSettings = { rtmpPort: rtmpPort!, httpPort: httpPort!, ingestSecret: randomBytes(16).toString("hex") };
  process.env[SETTINGS_ENV] = JSON.stringify(settings);
  return settings;
}

/** Ports the kernel hands out as free right now (the config is loaded synchronously, hence a child process). */
function freePorts(count: number): number[] {
  const script = `
    const net = require("node:net");
    const servers = Array.from({ length: ${count} }, () => net.createServer());
    Promise.all(servers.map((s) => new Promise((resolve) => s.listen(0, "127.0.0.1", () => resolve(s.address().port)))))
      .then((ports) => { console.log(JSON.stringify(ports)); servers.forEach((s) => s.close()); });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as number[];
}

/** Where the app and the browser reach the media server. */
export function mediaUrls(settings: MediaSettings) {
  const http = `http://127.0.0.1:${settings.httpPort}`;
  return {
    rtmp: `rtmp://127.0.0.1:${settings.rtmpPort}/live`,
    hls: `${http}/hls`,
    replay: `${http}/replay`,
  };
}

/** The app server's environment for this media server (the variables deploy/README.md documents). */
export function appLiveEnvironment(settings: MediaSettings): Record<string, string> {
  const urls = mediaUrls(settings);
  return { LIVE_RTMP_URL: urls.rtmp, LIVE_HLS_BASE_URL: urls.hls, LIVE_REPLAY_BASE_URL: urls.replay, LIVE_INGEST_SECRET: settings.ingestSecret };
}

export interface RunningMediaServer {
  dir: string;
  stop(): Promise<void>;
}

/**
 * Fills deploy/nginx-rtmp.conf's placeholders and starts nginx in the foreground (the config says
 * `daemon off`) on the chosen ports, with its callbacks pointing at the app on `appPort`. Resolves
 * once both ports accept connections.
 */
export async function startMediaServer(settings: MediaSettings, app: { port: number; origin: string }): Promise<RunningMediaServer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "ceramic-media-"));
  const prefix = path.join(dir, "nginx");
  const hls = path.join(dir, "hls");
  for (const sub of [prefix, path.join(hls, "live"), path.join(hls, "replay")]) mkdirSync(sub, { recursive: true });
  // Started as root (CI), nginx's workers run as nobody: they must get through mkdtemp's private
  // directory, and write the HLS files and the replay's closing line (only this run's test video).
  chmodSync(dir, 0o755);
  for (const sub of [hls, path.join(hls, "live"), path.join(hls, "replay")]) chmodSync(sub, 0o777);

  const values: Record<string, string> = {
    PREFIX: prefix,
    HLS_DIR: hls,
    APP_HOSTPORT: `127.0.0.1:${app.port}`,
    INGEST_SECRET: settings.ingestSecret,
    CORS_ORIGIN: app.origin,
    RTMP_BIND: "127.0.0.1",
    RTMP_PORT: String(settings.rtmpPort),
    HTTP_LISTEN: `127.0.0.1:${settings.httpPort}`,
  };
  const rendered = readFileSync(CONF, "utf8").replace(/@([A-Z_]+)@/g, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`deploy/nginx-rtmp.conf: unknown placeholder ${placeholder}`);
    return value;
  });
  const conf = path.join(prefix, "nginx.conf");
  writeFileSync(conf, rendered);

  const log: string[] = [];
  // Its own process group: stopping it takes the workers, the cache manager and exec'd children
  // along even when the master has to be killed outright.
  const nginx = spawn(NGINX, ["-c", conf, "-p", prefix], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-nginx.pid!, signal);
    } catch {
      // The group is gone already.
    }
  };
  const keep = (chunk: Buffer) => log.push(chunk.toString());
  nginx.stdout.on("data", keep);
  nginx.stderr.on("data", keep);
  const exited = new Promise<number | null>((resolve) => nginx.once("exit", (code) => resolve(code)));
  // A runner that dies without its teardown must not leave nginx holding the ports.
  const killOnExit = () => signalGroup("SIGKILL");
  process.once("exit", killOnExit);

  const stop = async () => {
    process.removeListener("exit", killOnExit);
    if (nginx.exitCode === null && nginx.signalCode === null) {
      signalGroup("SIGTERM");
      await Promise.race([exited, delay(10_000)]);
    }
    signalGroup("SIGKILL");
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await Promise.race([
      Promise.all([waitForPort(settings.rtmpPort), waitForPort(settings.httpPort)]),
      exited.then((code) => {
        throw new Error(`nginx exited (${code}) on start:\n${log.join("")}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { dir, stop };
}

async function waitForPort(port: number, timeoutMs = 10_000): Promise<void> {
  const net = await import("node:net");
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1", () => {
        socket.end();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on 127.0.0.1:${port} after ${timeoutMs} ms`);
    await delay(100);
  }
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export interface TestStream {
  /** Settles with ffmpeg's exit code once it ends (non-zero when the publish was refused). */
  exited: Promise<number | null>;
  /** What ffmpeg printed (warnings and errors only). */
  output(): string;
  /** Stops publishing the way an encoder does when the host clicks stop; resolves when ffmpeg has exited. */
  stop(): Promise<void>;
}

/**
 * Publishes ffmpeg's test picture and tone to `<rtmpUrl>/<streamKey>` in real time: 1 s keyframes
 * (-g 25 at 25 fps) so nginx-rtmp can cut the 1 s HLS fragments the config asks for.
 */
export function publishTestStream(rtmpUrl: string, streamKey: string): TestStream {
  const args = [
    "-hide_banner", "-loglevel", "warning", "-nostdin",
    "-re", "-f", "lavfi", "-i", "testsrc=size=640x360:rate=25",
    "-re", "-f", "lavfi", "-i", "sine=frequency=440",
    "-c:v", "libx264", "-preset", "veryfast", "-tune", "zerolatency", "-pix_fmt", "yuv420p", "-g", "25", "-keyint_min", "25", "-sc_threshold", "0",
    "-c:a", "aac", "-f", "flv", `${rtmpUrl}/${streamKey}`,
  ];
  const ffmpeg: ChildProcess = spawn("ffmpeg", args, { stdio: ["ignore", "ignore", "pipe"] });
  const output: string[] = [];
  ffmpeg.stderr!.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const exited = new Promise<number | null>((resolve) => ffmpeg.once("exit", (code) => resolve(code)));
  const killOnExit = () => ffmpeg.kill("SIGKILL");
  process.once("exit", killOnExit);
  void exited.then(() => process.removeListener("exit", killOnExit));
  return {
    exited,
    output: () => output.join(""),
    async stop() {
      if (ffmpeg.exitCode !== null || ffmpeg.signalCode !== null) return;
      // SIGINT: ffmpeg closes the RTMP stream properly, as an encoder's stop button does.
      ffmpeg.kill("SIGINT");
      await Promise.race([exited, delay(5000).then(() => ffmpeg.kill("SIGKILL"))]);
      await exited;
    },
  };
}

/** Playwright global setup: starts the media server for the run (callbacks to the app at baseURL), returns its teardown. */
export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  const baseURL = config.projects[0]?.use.baseURL;
  if (!baseURL) throw new Error("playwright.config.ts: the media server needs use.baseURL (the app it calls back)");
  const app = new URL(baseURL);
  const server = await startMediaServer(mediaSettings(), { port: Number(app.port), origin: app.origin });
  return server.stop;
}
