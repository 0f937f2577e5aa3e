import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { ACCEPTED_IMAGE_TYPES, MAX_IMAGE_BYTES, MAX_IMAGE_EDGE } from "./limits";

/**
 * Product photos uploaded by enterprise staff: checked (declared type and the bytes themselves
 * must be JPEG, PNG or WebP; at most 8 MB; a sane pixel count), turned upright, resized to at
 * most 1600 px on the long side, re-encoded as WebP without metadata (no GPS from a phone), and
 * stored under UPLOAD_DIR/products/<random>.webp, which app/media serves as /media/products/….
 */

export { ACCEPTED_IMAGE_TYPES, MAX_IMAGE_BYTES, MAX_IMAGE_EDGE } from "./limits";
/** Refuse decompression bombs: a small file that claims to be a gigapixel image. */
const MAX_INPUT_PIXELS = 50_000_000;
const FORMAT_OF_TYPE: Record<(typeof ACCEPTED_IMAGE_TYPES)[number], string> = { "image/jpeg": "jpeg", "image/png": "png", "image/webp": "webp" };

export type ImageProcessingError = "image.missing" | "image.type" | "image.tooLarge" | "image.unreadable";

export interface StoredImage {
  url: string;
  width: number;
  height: number;
}

/** Where uploads live: UPLOAD_DIR, by default .data/uploads under the working directory. */
export function uploadDir(): string {
  return path.resolve(process.env.UPLOAD_DIR ?? path.join(process.cwd(), ".data", "uploads"));
}

const STORED_NAME = /^[a-f0-9]{32}\.webp$/;
const MEDIA_URL = /^\/media\/products\/([a-f0-9]{32}\.webp)$/;

export async function processProductImage(
  buffer: Buffer,
  mime: string,
  options: { dir?: string } = {},
): Promise<{ ok: true; value: StoredImage } | { ok: false; error: ImageProcessingError }> {
  if (buffer.length === 0) return { ok: false, error: "image.missing" };
  if (buffer.length > MAX_IMAGE_BYTES) return { ok: false, error: "image.tooLarge" };
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(mime)) return { ok: false, error: "image.type" };

  // The declared type is only a claim: the bytes must say the same.
  let format: string | undefined;
  let pixels = 0;
  try {
    const metadata = await sharp(buffer, { limitInputPixels: false }).metadata();
    format = metadata.format;
    pixels = (metadata.width ?? 0) * (metadata.height ?? 0);
  } catch {
    return { ok: false, error: "image.type" };
  }
  if (format !== FORMAT_OF_TYPE[mime as keyof typeof FORMAT_OF_TYPE]) return { ok: false, error: "image.type" };
  if (pixels === 0 || pixels > MAX_INPUT_PIXELS) return { ok: false, error: "image.unreadable" };

  let output: { data: Buffer; info: sharp.OutputInfo };
  try {
    output = await sharp(buffer, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" })
      .rotate()
      .resize({ width: MAX_IMAGE_EDGE, height: MAX_IMAGE_EDGE, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
  } catch {
    return { ok: false, error: "image.unreadable" };
  }

  const dir = path.join(options.dir ?? uploadDir(), "products");
  await mkdir(dir, { recursive: true });
  const name = `${randomBytes(16).toString("hex")}.webp`;
  // Write under a temporary name first, so a half-written file is never served.
  const temporary = path.join(dir, `.${name}.tmp`);
  await writeFile(temporary, output.data, { flag: "wx" });
  await rename(temporary, path.join(dir, name));
  return { ok: true, value: { url: `/media/products/${name}`, width: output.info.width, height: output.info.height } };
}

/**
 * The file behind a /media/… path, or null for anything that is not exactly
 * products/<32 hex>.webp (no traversal, no other folders, no other types).
 */
export function mediaFilePath(segments: readonly string[], options: { dir?: string } = {}): string | null {
  if (segments.length !== 2 || segments[0] !== "products" || !STORED_NAME.test(segments[1] ?? "")) return null;
  return path.join(options.dir ?? uploadDir(), "products", segments[1]!);
}

export async function readStoredImage(segments: readonly string[], options: { dir?: string } = {}): Promise<Buffer | null> {
  const file = mediaFilePath(segments, options);
  if (!file) return null;
  try {
    return await readFile(file);
  } catch {
    return null;
  }
}

/** Deletes an uploaded file once its Media row is gone. Other urls (generated artwork) are left alone. */
export async function deleteStoredImage(url: string, options: { dir?: string } = {}): Promise<void> {
  const match = MEDIA_URL.exec(url);
  if (!match) return;
  try {
    await unlink(path.join(options.dir ?? uploadDir(), "products", match[1]!));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
}
