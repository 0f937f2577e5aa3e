import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deleteStoredImage, MAX_IMAGE_BYTES, mediaFilePath, processProductImage, readStoredImage } from "./images";

describe("product image processing", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "ceramic-uploads-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const png = (width: number, height: number) =>
    sharp({ create: { width, height, channels: 3, background: { r: 31, g: 58, b: 122 } } })
      .png()
      .toBuffer();
  const stored = async () => (await readdir(path.join(dir, "products")).catch(() => [])).filter((f) => f.endsWith(".webp"));

  it("refuses a text file pretending to be a PNG, and writes nothing", async () => {
    const result = await processProductImage(Buffer.from("<?php echo 'not a picture'; ?>"), "image/png", { dir });
    expect(result).toEqual({ ok: false, error: "image.type" });
    expect(await stored()).toEqual([]);
  });

  it("refuses a real picture of a type it does not take, or whose bytes disagree with the declared type", async () => {
    const gif = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#fff" } }).gif().toBuffer();
    expect(await processProductImage(gif, "image/gif", { dir })).toEqual({ ok: false, error: "image.type" });
    expect(await processProductImage(gif, "image/png", { dir })).toEqual({ ok: false, error: "image.type" });
    expect(await processProductImage(await png(4, 4), "image/jpeg", { dir })).toEqual({ ok: false, error: "image.type" });
  });

  it("refuses a file over 8 MB before reading it", async () => {
    const big = Buffer.alloc(MAX_IMAGE_BYTES + 1, 0);
    (await png(2, 2)).copy(big);
    expect(await processProductImage(big, "image/png", { dir })).toEqual({ ok: false, error: "image.tooLarge" });
    expect(await processProductImage(Buffer.alloc(0), "image/png", { dir })).toEqual({ ok: false, error: "image.missing" });
  });

  it("turns a PNG into a WebP of at most 1600 px, stored under products/", async () => {
    const result = await processProductImage(await png(2400, 1200), "image/png", { dir });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ width: 1600, height: 800 });
    expect(result.value.url).toMatch(/^\/media\/products\/[a-f0-9]{32}\.webp$/);
    const segments = result.value.url.split("/").slice(2);
    const bytes = await readStoredImage(segments, { dir });
    const metadata = await sharp(bytes!).metadata();
    expect([metadata.format, metadata.width, metadata.height]).toEqual(["webp", 1600, 800]);
    expect(await stored()).toHaveLength(1);

    // Small pictures are not blown up.
    const small = await processProductImage(await png(300, 200), "image/png", { dir });
    expect(small).toMatchObject({ ok: true, value: { width: 300, height: 200 } });

    await deleteStoredImage(result.value.url, { dir });
    expect(await readStoredImage(segments, { dir })).toBeNull();
    await deleteStoredImage(result.value.url, { dir }); // already gone: fine
  });

  it("takes JPEG and WebP too, and turns a phone photo upright", async () => {
    const jpeg = await sharp({ create: { width: 200, height: 100, channels: 3, background: "#c00" } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toBuffer();
    expect(await processProductImage(jpeg, "image/jpeg", { dir })).toMatchObject({ ok: true, value: { width: 100, height: 200 } });
    const webp = await sharp({ create: { width: 50, height: 40, channels: 4, background: "#0c0" } }).webp().toBuffer();
    expect(await processProductImage(webp, "image/webp", { dir })).toMatchObject({ ok: true, value: { width: 50, height: 40 } });
  });

  it("serves only products/<random>.webp: no traversal, no other files", async () => {
    await writeFile(path.join(dir, "secret.txt"), "secret");
    expect(mediaFilePath(["products", "0123456789abcdef0123456789abcdef.webp"], { dir })).toBe(path.join(dir, "products", "0123456789abcdef0123456789abcdef.webp"));
    for (const segments of [
      ["..", "secret.txt"],
      ["products", "..", "..", "secret.txt"],
      ["products", "../secret.txt"],
      ["products", "0123456789abcdef0123456789abcdef.png"],
      ["products", "%2e%2e"],
      ["other", "0123456789abcdef0123456789abcdef.webp"],
      ["products"],
    ]) {
      expect(mediaFilePath(segments, { dir }), segments.join("/")).toBeNull();
      expect(await readStoredImage(segments, { dir })).toBeNull();
    }
    await deleteStoredImage("/art/bowl-qinghua-10.svg", { dir }); // not ours: left alone, no error
  });
});
