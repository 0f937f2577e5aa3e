import { createHash, randomBytes } from "node:crypto";

/**
 * Stream keys: the secret an encoder (OBS, ffmpeg) publishes with. Only the SHA-256 is stored, so
 * a database leak does not let anyone go live as a host; the key is high-entropy, so an unsalted
 * hash is enough. The hint lets the host tell which key is current without revealing it.
 */

/** 32 random bytes, base64url without padding (43 characters, safe in an RTMP URL path). */
export function newStreamKey(): string {
  return randomBytes(32).toString("base64url");
}

/** Lower-case hex SHA-256 of the key, as stored in LiveSession.streamKeyHash. */
export function hashStreamKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/** The last 4 characters, shown to the host next to "••••". */
export function streamKeyHint(key: string): string {
  return key.slice(-4);
}

/** A freshly generated key with what is stored of it. */
export function generateStreamKey(): { key: string; hash: string; hint: string } {
  const key = newStreamKey();
  return { key, hash: hashStreamKey(key), hint: streamKeyHint(key) };
}
