import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const STAMP_FILE = "ceramic-build-stamp";

/** What a production build depends on; a change to any of these makes `npm start` rebuild. */
const BUILD_INPUTS = ["app", "components", "lib", "i18n", "messages", "public", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "prisma/schema.prisma"];
const distDir = () => process.env.NEXT_DIST_DIR ?? ".next";

function* files(root: string, entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of readdirSync(full).sort()) {
    if (child === "node_modules" || child === "generated" || child.endsWith(".test.ts")) continue;
    yield* files(root, path.join(entry, child));
  }
}

/** A content hash of the build inputs. */
export function sourceHash(root: string): string {
  const hash = createHash("sha256");
  for (const entry of BUILD_INPUTS) {
    for (const file of files(root, entry)) hash.update(file).update("\0").update(readFileSync(path.join(root, file)));
  }
  return hash.digest("hex");
}

export function buildIsCurrent(root: string): boolean {
  const stamp = path.join(root, distDir(), STAMP_FILE);
  return existsSync(path.join(root, distDir(), "BUILD_ID")) && existsSync(stamp) && readFileSync(stamp, "utf8") === sourceHash(root);
}

export async function runBuild(root: string): Promise<void> {
  const hash = sourceHash(root);
  console.log("[ceramic] building the app (next build)…");
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  writeFileSync(path.join(root, distDir(), STAMP_FILE), hash);
}
