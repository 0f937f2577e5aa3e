import { describe, expect, it } from "vitest";
import { GET } from "@/app/art/[name]/route";
import {
  ARTWORK_GLAZES,
  ARTWORK_PATTERNS,
  ARTWORK_SHAPES,
  ARTWORK_VIEWS,
  artworkMotif,
  artworkPattern,
  artworkUrl,
  parseArtworkName,
  renderArtwork,
  type ArtworkSpec,
} from "./artwork";

/** Checks that tags nest and close properly: a small stand-in for an XML parser. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g;
  for (const match of svg.matchAll(tag)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}>`);
    } else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

function assertReferencesResolve(svg: string): void {
  const ids = new Set([...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
  const idList = [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
  expect(idList.length).toBe(ids.size);
  for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids.has(ref)).toBe(true);
}

const everyCombination: ArtworkSpec[] = ARTWORK_SHAPES.flatMap((shape) =>
  ARTWORK_GLAZES.flatMap((glaze, g) => ARTWORK_VIEWS.map((view) => ({ shape, glaze, motif: g * 7 + shape.length, view }))),
);

describe("renderArtwork", () => {
  it("draws a well-formed 800×800 SVG for every shape, glaze and view", () => {
    for (const spec of everyCombination) {
      const svg = renderArtwork(spec);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 800"')).toBe(true);
      expect(svg.endsWith("</svg>")).toBe(true);
      expect(svg).not.toMatch(/NaN|undefined|Infinity|null/);
      assertWellFormed(svg);
      assertReferencesResolve(svg);
      expect(svg.length).toBeGreaterThan(2_000);
      expect(svg.length).toBeLessThan(400_000);
    }
  });

  it("is deterministic", () => {
    const spec: ArtworkSpec = { shape: "vase", glaze: "qinghua", motif: 42, view: "detail" };
    expect(renderArtwork(spec)).toBe(renderArtwork({ ...spec }));
  });

  it("gives different pictures for different shapes, glazes, motifs and views", () => {
    const seen = new Set<string>();
    for (const spec of everyCombination) seen.add(renderArtwork(spec));
    for (let motif = 0; motif < 60; motif++) seen.add(renderArtwork({ shape: "bowl", glaze: "qinghua", motif }));
    for (let motif = 0; motif < 30; motif++) seen.add(renderArtwork({ shape: "mug", glaze: "white", motif }));
    expect(seen.size).toBe(everyCombination.length + 60 + 30 - 2);
  });

  it("paints the glaze's own colours", () => {
    const strokes = (svg: string) => [...svg.matchAll(/stroke="#([0-9a-f]{6})"/gi)].map((m) => [0, 2, 4].map((i) => parseInt(m[1]!.slice(i, i + 2), 16)));
    const cobaltInk = ([r, g, b]: number[]) => b! > 110 && b! > r! + 60 && b! > g! + 40;
    expect(strokes(renderArtwork({ shape: "bowl", glaze: "qinghua", motif: 0 })).some(cobaltInk)).toBe(true);
    expect(strokes(renderArtwork({ shape: "bowl", glaze: "white", motif: 0 })).some(cobaltInk)).toBe(false);
    expect(renderArtwork({ shape: "vase", glaze: "flambe", motif: 0 })).toContain("#b3262a");
    expect(renderArtwork({ shape: "plate", glaze: "famille-rose", motif: 0 })).toContain("#c9a14c");
  });

  it("rejects specs outside the vocabulary", () => {
    expect(() => renderArtwork({ shape: "sword", glaze: "qinghua", motif: 1 } as unknown as ArtworkSpec)).toThrow();
    expect(() => renderArtwork({ shape: "bowl", glaze: "qinghua", motif: 1.5 })).toThrow();
    expect(() => renderArtwork({ shape: "bowl", glaze: "qinghua", motif: -1 })).toThrow();
  });
});

describe("artwork names", () => {
  it("round-trips artworkUrl through parseArtworkName", () => {
    for (const spec of everyCombination) {
      const url = artworkUrl(spec);
      expect(url).toMatch(/^\/art\/[a-z-]+-[a-z-]+-\d+(-top|-detail)?\.svg$/);
      const parsed = parseArtworkName(url);
      expect(parsed).toEqual({ ...spec, view: spec.view ?? "front" });
      expect(parseArtworkName(url.slice("/art/".length))).toEqual(parsed);
      expect(artworkUrl(parsed!)).toBe(url);
    }
  });

  it("writes the front view without a suffix", () => {
    expect(artworkUrl({ shape: "tea-set", glaze: "famille-rose", motif: 12 })).toBe("/art/tea-set-famille-rose-12.svg");
    expect(artworkUrl({ shape: "tea-set", glaze: "famille-rose", motif: 12, view: "front" })).toBe("/art/tea-set-famille-rose-12.svg");
    expect(artworkUrl({ shape: "dinnerware-set", glaze: "white", motif: 0, view: "top" })).toBe("/art/dinnerware-set-white-0-top.svg");
  });

  it("rejects bad names", () => {
    const bad = [
      "",
      "bowl-qinghua-3",
      "bowl-qinghua-3.png",
      "bowl-qinghua-03.svg",
      "bowl-qinghua-10000.svg",
      "bowl-qinghua--1.svg",
      "bowl-qinghua-1.5.svg",
      "bowl-qinghua-3-front.svg",
      "bowl-qinghua-3-side.svg",
      "BOWL-qinghua-3.svg",
      "sword-qinghua-3.svg",
      "bowl-gold-3.svg",
      "bowl-qinghua-3.svg.svg",
      "../bowl-qinghua-3.svg",
      "bowl-qinghua-3.svg?x=1",
      "bowl qinghua 3.svg",
      "tea-set-famille-3.svg",
      "x".repeat(200),
    ];
    for (const name of bad) expect(parseArtworkName(name), name).toBeNull();
    expect(parseArtworkName(undefined as unknown as string)).toBeNull();
  });

  it("picks patterns by the motif's last digit", () => {
    expect(artworkPattern("qinghua", 0)).toBe("lotus-scroll");
    expect(artworkPattern("qinghua", 32)).toBe("plum");
    const motif = artworkMotif("tenmoku", "oil-spot", 17);
    expect(motif).toBe(171);
    expect(artworkPattern("tenmoku", motif)).toBe("oil-spot");
    for (const glaze of ARTWORK_GLAZES) {
      for (const pattern of ARTWORK_PATTERNS[glaze]) expect(artworkPattern(glaze, artworkMotif(glaze, pattern, 5))).toBe(pattern);
    }
    expect(() => artworkMotif("celadon", "lotus-scroll", 1)).toThrow();
    expect(() => artworkMotif("celadon", "plain", 1000)).toThrow();
  });
});

describe("GET /art/[name]", () => {
  const call = (name: string) => GET(new Request(`http://localhost/art/${name}`), { params: Promise.resolve({ name }) });

  it("serves the SVG with a long immutable cache", async () => {
    const response = await call("teapot-celadon-21-top.svg");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("image/svg+xml");
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=31536000, immutable");
    expect(await response.text()).toBe(renderArtwork({ shape: "teapot", glaze: "celadon", motif: 21, view: "top" }));
  });

  it("answers 404 for a name that is not a picture", async () => {
    for (const name of ["teapot-celadon-21", "teapot-gold-1.svg", "..%2Fsecret.svg"]) {
      const response = await call(name);
      expect(response.status).toBe(404);
    }
  });
});
