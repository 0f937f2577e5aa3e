import { z } from "zod";

/**
 * Product pictures drawn without a camera: a piece of porcelain (shape, glaze, painted motif)
 * rendered as an 800×800 SVG "studio photo" on a soft backdrop. Deterministic: the same spec
 * always gives the same bytes, so the pictures can be served with an immutable cache header.
 *
 * The body of a vessel is a surface of revolution seen from slightly above: its silhouette is
 * the envelope of its horizontal cross-section ellipses, and decoration is wrapped onto it
 * (angle θ around the axis, height t along it), so bands curve and motifs foreshorten at the
 * sides as on a real pot.
 */

// ───────────────────────────── public vocabulary ─────────────────────────────

export const ARTWORK_SHAPES = [
  "bowl",
  "plate",
  "dish",
  "cup",
  "mug",
  "teapot",
  "tea-set",
  "dinnerware-set",
  "vase",
  "pear-vase",
  "jar",
  "canister",
  "spoon",
] as const;
export type ArtworkShape = (typeof ARTWORK_SHAPES)[number];

export const ARTWORK_GLAZES = [
  "qinghua",
  "celadon",
  "white",
  "tenmoku",
  "flambe",
  "famille-rose",
  "matte",
  "cobalt",
  "ru",
  "linglong",
] as const;
export type ArtworkGlaze = (typeof ARTWORK_GLAZES)[number];

/** front: three-quarter product shot (the default); top: looking down; detail: close-up of the glaze. */
export const ARTWORK_VIEWS = ["front", "top", "detail"] as const;
export type ArtworkView = (typeof ARTWORK_VIEWS)[number];

/**
 * The painted or glaze patterns each glaze knows. A motif number picks one by its last digit
 * (motif % 10, wrapped to the list's length); the other digits vary angle, proportions,
 * backdrop and details, so every motif number gives a different picture.
 */
export const ARTWORK_PATTERNS = {
  qinghua: ["lotus-scroll", "waves", "plum", "fish", "clouds", "bamboo", "floral-dots"],
  celadon: ["plain", "lotus-petals", "ribbed", "crackle"],
  white: ["plain", "gold-rim", "relief-rings", "ribbed", "blue-line"],
  tenmoku: ["hares-fur", "oil-spot", "tortoiseshell", "rust-rim"],
  flambe: ["sunset", "sky", "ember"],
  "famille-rose": ["peony", "plum", "chrysanthemum", "sprigs"],
  matte: ["speckled", "ash-drip", "brushed", "two-tone"],
  cobalt: ["plain", "gold-band", "white-flowers", "ribbed"],
  ru: ["crackle", "fine-crackle", "plain"],
  linglong: ["rice-grain", "rice-flowers"],
} as const satisfies Record<ArtworkGlaze, readonly string[]>;

export const MAX_MOTIF = 9999;

export interface ArtworkSpec {
  shape: ArtworkShape;
  glaze: ArtworkGlaze;
  motif: number;
  view?: ArtworkView;
}

export const artworkSpecSchema = z.object({
  shape: z.enum(ARTWORK_SHAPES),
  glaze: z.enum(ARTWORK_GLAZES),
  motif: z.number().int().min(0).max(MAX_MOTIF),
  view: z.enum(ARTWORK_VIEWS).optional(),
});

/** The pattern a motif number selects for a glaze. */
export function artworkPattern(glaze: ArtworkGlaze, motif: number): string {
  const list: readonly string[] = ARTWORK_PATTERNS[glaze];
  return list[(motif % 10) % list.length]!;
}

/** A motif number that shows `pattern` (a name from ARTWORK_PATTERNS[glaze]); `variation` ≥ 0 makes it unique. */
export function artworkMotif(glaze: ArtworkGlaze, pattern: string, variation: number): number {
  const index = (ARTWORK_PATTERNS[glaze] as readonly string[]).indexOf(pattern);
  if (index < 0) throw new Error(`unknown pattern "${pattern}" for glaze "${glaze}"`);
  const motif = variation * 10 + index;
  if (!Number.isInteger(variation) || variation < 0 || motif > MAX_MOTIF) throw new RangeError(`variation out of range: ${variation}`);
  return motif;
}

/** The picture's address: `/art/<shape>-<glaze>-<motif>[-<view>].svg` (the front view has no suffix). */
export function artworkUrl(spec: ArtworkSpec): string {
  const { shape, glaze, motif, view } = artworkSpecSchema.parse(spec);
  return `/art/${shape}-${glaze}-${motif}${view && view !== "front" ? `-${view}` : ""}.svg`;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, "\\$&");
const byLength = (a: string, b: string) => b.length - a.length;
const NAME_PATTERN = new RegExp(
  `^(${[...ARTWORK_SHAPES].sort(byLength).map(escapeRegExp).join("|")})` +
    `-(${[...ARTWORK_GLAZES].sort(byLength).map(escapeRegExp).join("|")})` +
    `-(0|[1-9]\\d{0,3})(?:-(${ARTWORK_VIEWS.filter((v) => v !== "front").join("|")}))?\\.svg$`,
);

/**
 * Reads a picture name ("bowl-qinghua-12-top.svg", optionally with the "/art/" prefix) back
 * into its spec, view "front" when it has no suffix. Only canonical names are accepted (no
 * leading zeros, no "-front"), so each picture has exactly one address. Null when invalid.
 */
export function parseArtworkName(name: string): (ArtworkSpec & { view: ArtworkView }) | null {
  if (typeof name !== "string" || name.length > 80) return null;
  const match = NAME_PATTERN.exec(name.startsWith("/art/") ? name.slice(5) : name);
  if (!match) return null;
  const parsed = artworkSpecSchema.safeParse({
    shape: match[1],
    glaze: match[2],
    motif: Number(match[3]),
    view: match[4] ?? "front",
  });
  if (!parsed.success) return null;
  return { ...parsed.data, view: parsed.data.view ?? "front" };
}

// ───────────────────────────── rendering entry ─────────────────────────────

const SIZE = 800;

/** The scene being drawn (rendering is synchronous), so motif placement can share definitions. */
let activeScene: Scene | null = null;

/** A repeated motif: a <use> of a shared definition while a scene is being drawn. */
function sharedMotif(svg: string): string {
  return activeScene ? activeScene.motif(svg) : svg;
}

export function renderArtwork(spec: ArtworkSpec): string {
  const { shape, glaze, motif, view = "front" } = artworkSpecSchema.parse(spec);
  const seed = hashString(`${shape}|${glaze}|${motif}`);
  // Variation shared by all views of one product, drawn first and in a fixed order.
  const vr = mulberry32(seed);
  const vary: Vary = {
    tilt: 0.9 + vr() * 0.2,
    widen: 0.94 + vr() * 0.12,
    heighten: 0.93 + vr() * 0.14,
    phase: vr() * TAU,
    backdrop: Math.floor(vr() * 1000),
    count: vr(),
    accent: vr(),
    light: vr(),
  };
  const pattern = artworkPattern(glaze, motif);
  const scene = new Scene(`a${seed.toString(36).slice(0, 4)}`);
  const p: Paint = {
    s: scene,
    rng: mulberry32(seed ^ 0x5bd1e995),
    vary,
    glaze,
    pattern,
    look: makeLook(glaze, pattern, vary),
  };
  const backdrop = drawBackdrop(p, view);
  let subject: string;
  activeScene = scene;
  try {
    if (view === "top") subject = drawTopView(p, shape);
    else {
      const front = drawFrontView(p, shape);
      subject = view === "detail" ? zoomInto(front) : front.svg;
    }
  } finally {
    activeScene = null;
  }
  const label = `${glaze} ${pattern} ${shape}, ${view} view`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}" width="${SIZE}" height="${SIZE}" role="img" aria-label="${label}">` +
    `<title>${label}</title><defs>${p.s.defs.join("")}</defs>${backdrop}${subject}</svg>`
  );
}

// ───────────────────────────── small utilities ─────────────────────────────

const TAU = Math.PI * 2;
const HALF = Math.PI / 2;
type Pt = [number, number];
interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
type Rng = () => number;

interface Vary {
  tilt: number;
  widen: number;
  heighten: number;
  phase: number;
  backdrop: number;
  count: number;
  accent: number;
  light: number;
}

interface Paint {
  s: Scene;
  rng: Rng;
  vary: Vary;
  glaze: ArtworkGlaze;
  pattern: string;
  look: Look;
}

function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length) % list.length]!;

/** Compact number for SVG output. */
function n(v: number): string {
  const r = Math.round(v * 10) / 10;
  return Object.is(r, -0) ? "0" : String(r);
}

/** Three decimals, for scale factors. */
function n3(v: number): string {
  const r = Math.round(v * 1000) / 1000;
  return Object.is(r, -0) ? "0" : String(r);
}

function poly(points: Pt[], close = false): string {
  return points.map(([x, y], i) => `${i ? "L" : "M"}${n(x)} ${n(y)}`).join("") + (close ? "Z" : "");
}

/** Smooth open curve through points (Catmull-Rom as cubic Béziers). */
function smooth(points: Pt[]): string {
  if (points.length < 3) return poly(points);
  let d = `M${n(points[0]![0])} ${n(points[0]![1])}`;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = points[Math.max(0, i - 1)]!;
    const p1 = points[i]!;
    const p2 = points[i + 1]!;
    const p3 = points[Math.min(points.length - 1, i + 2)]!;
    const c1: Pt = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Pt = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${n(c1[0])} ${n(c1[1])} ${n(c2[0])} ${n(c2[1])} ${n(p2[0])} ${n(p2[1])}`;
  }
  return d;
}

function mix(a: string, b: string, t: number): string {
  const pa = parseHex(a);
  const pb = parseHex(b);
  const c = pa.map((v, i) => Math.round(v + (pb[i]! - v) * t));
  return `#${c.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

function parseHex(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

type Stop = [offset: number, color: string, opacity?: number];

class Scene {
  private counter = 0;
  readonly defs: string[] = [];
  constructor(private readonly prefix: string) {}
  id(tag: string): string {
    return `${this.prefix}${tag}${(this.counter++).toString(36)}`;
  }
  private stops(stops: Stop[]): string {
    return stops
      .map(([o, c, a]) => `<stop offset="${n(o * 100)}%" stop-color="${c}"${a === undefined ? "" : ` stop-opacity="${Math.round(a * 1000) / 1000}"`}/>`)
      .join("");
  }
  /** A gradient in user space (x1,y1)→(x2,y2). */
  linear(stops: Stop[], x1: number, y1: number, x2: number, y2: number): string {
    const id = this.id("l");
    this.defs.push(
      `<linearGradient id="${id}" gradientUnits="userSpaceOnUse" x1="${n(x1)}" y1="${n(y1)}" x2="${n(x2)}" y2="${n(y2)}">${this.stops(stops)}</linearGradient>`,
    );
    return `url(#${id})`;
  }
  /** A gradient across an element's own box (0..1 coordinates). */
  linearBox(stops: Stop[], x1 = 0, y1 = 0, x2 = 1, y2 = 0): string {
    const id = this.id("b");
    this.defs.push(`<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${this.stops(stops)}</linearGradient>`);
    return `url(#${id})`;
  }
  radial(stops: Stop[], cx: number, cy: number, r: number, fx = cx, fy = cy, transform?: string): string {
    const id = this.id("r");
    this.defs.push(
      `<radialGradient id="${id}" gradientUnits="userSpaceOnUse" cx="${n(cx)}" cy="${n(cy)}" r="${n(r)}" fx="${n(fx)}" fy="${n(fy)}"${transform ? ` gradientTransform="${transform}"` : ""}>${this.stops(stops)}</radialGradient>`,
    );
    return `url(#${id})`;
  }
  radialBox(stops: Stop[], cx = 0.5, cy = 0.5, r = 0.5): string {
    const id = this.id("q");
    this.defs.push(`<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${this.stops(stops)}</radialGradient>`);
    return `url(#${id})`;
  }
  /** A path defined once, for use as fill, clip and outline alike. */
  shape(d: string): string {
    const id = this.id("p");
    this.defs.push(`<path id="${id}" d="${d}"/>`);
    return id;
  }
  clipUse(shapeId: string): string {
    const id = this.id("c");
    this.defs.push(`<clipPath id="${id}"><use href="#${shapeId}"/></clipPath>`);
    return `url(#${id})`;
  }
  clip(d: string, transform?: string): string {
    const id = this.id("c");
    this.defs.push(`<clipPath id="${id}"><path d="${d}"${transform ? ` transform="${transform}"` : ""}/></clipPath>`);
    return `url(#${id})`;
  }
  private motifs = new Map<string, string>();
  /** A motif drawn many times: defined once, then placed with <use>. */
  motif(svg: string): string {
    let id = this.motifs.get(svg);
    if (!id) {
      id = this.id("m");
      this.motifs.set(svg, id);
      this.defs.push(`<g id="${id}">${svg}</g>`);
    }
    return `<use href="#${id}"/>`;
  }
  blur(std: number): string {
    const id = this.id("f");
    this.defs.push(`<filter id="${id}" x="-30%" y="-30%" width="160%" height="160%"><feGaussianBlur stdDeviation="${std}"/></filter>`);
    return `url(#${id})`;
  }
  /** Fine grain for matte and kiln-transformed glazes. */
  grain(seed: number, frequency: string, color: string, opacity: number): string {
    const id = this.id("g");
    const [r, g, b] = parseHex(color).map((v) => Math.round((v / 255) * 1000) / 1000);
    this.defs.push(
      `<filter id="${id}" x="0" y="0" width="100%" height="100%"><feTurbulence type="fractalNoise" baseFrequency="${frequency}" numOctaves="3" seed="${seed % 1000}"/>` +
        `<feColorMatrix values="0 0 0 0 ${r} 0 0 0 0 ${g} 0 0 0 0 ${b} 0 0 0 ${n(opacity * 3)} ${n(-opacity * 1.1)}"/></filter>`,
    );
    return `url(#${id})`;
  }
}

// ───────────────────────────── glaze looks ─────────────────────────────

interface Look {
  base: string;
  interior: string;
  foot: string;
  lip?: string;
  gloss: number;
  dark: boolean;
  paint: string;
  wash: string;
  /** Gradient fills for kiln-transformed glazes; a flat colour otherwise. */
  fill?: (p: Paint, box: Box, round: boolean) => string;
}

const FLAMBE_PALETTES: Record<string, string[]> = {
  sunset: ["#b3262a", "#8f1d2c", "#6a2a5c", "#3f4f95"],
  sky: ["#5a6fb0", "#3d5a9e", "#6a3f78", "#9a2432"],
  ember: ["#a8242a", "#7b1622", "#5b1a3a", "#a8242a"],
};

function makeLook(glaze: ArtworkGlaze, pattern: string, vary: Vary): Look {
  const a = vary.accent;
  switch (glaze) {
    case "qinghua":
      return { base: mix("#f7f8fa", "#f4f6f9", a), interior: "#f5f7f9", foot: "#eee7dc", gloss: 0.95, dark: false, paint: mix("#1d3b8b", "#233c7d", a), wash: mix("#3d63b3", "#4a6db6", a) };
    case "linglong":
      return { base: "#f7f8f8", interior: "#f6f8f8", foot: "#eee7dc", gloss: 0.95, dark: false, paint: "#24489a", wash: "#4a6fba" };
    case "famille-rose":
      return { base: "#fbf8f2", interior: "#fbf8f3", foot: "#efe6d8", lip: "#c9a14c", gloss: 0.85, dark: false, paint: "#c9506e", wash: "#e99ab0" };
    case "white":
      return { base: mix("#fbfbf8", "#f8f9fa", a), interior: "#fbfbf9", foot: "#eee9e0", lip: pattern === "gold-rim" ? "#c9a14c" : undefined, gloss: 0.9, dark: false, paint: "#2d4f9e", wash: "#e6e7e4" };
    case "celadon": {
      const base = mix("#a9c8ae", "#9fc2b3", a);
      return { base, interior: mix(base, "#ffffff", 0.12), foot: "#cdb08c", gloss: 0.75, dark: false, paint: mix(base, "#3e6b4f", 0.45), wash: mix(base, "#ffffff", 0.35) };
    }
    case "ru": {
      const base = mix("#b9d0d2", "#c2d3c6", a);
      return { base, interior: mix(base, "#ffffff", 0.08), foot: "#cbbba2", gloss: 0.45, dark: false, paint: mix(base, "#4d6a6c", 0.55), wash: mix(base, "#ffffff", 0.3) };
    }
    case "tenmoku":
      return { base: mix("#2a1c15", "#231a16", a), interior: "#2b1d16", foot: "#a27d5a", lip: "#7c4a25", gloss: 1, dark: true, paint: "#b8743a", wash: "#d49a5a" };
    case "flambe": {
      const palette = FLAMBE_PALETTES[pattern] ?? FLAMBE_PALETTES.sunset!;
      return {
        base: palette[0]!,
        interior: palette[1]!,
        foot: "#ddd0bd",
        lip: "#e8dccb",
        gloss: 1,
        dark: true,
        paint: palette[3]!,
        wash: palette[2]!,
        fill: (p, box, round) => {
          const stops: Stop[] = palette.map((c, i) => [i / (palette.length - 1), c]);
          return round
            ? p.s.radial(stops, box.x + box.w / 2, box.y + box.h / 2, box.w / 2)
            : p.s.linear(stops, 0, box.y, 0, box.y + box.h);
        },
      };
    }
    case "matte": {
      const base = pick(mulberry32(Math.floor(a * 1e6)), ["#d3cab9", "#c9c5ba", "#d8cdb9", "#bfc2b8"]);
      return { base, interior: pattern === "two-tone" ? "#3b3430" : mix(base, "#ffffff", 0.15), foot: "#b6977a", gloss: 0.12, dark: false, paint: "#5d4a3b", wash: "#8a9a7a" };
    }
    case "cobalt":
      return { base: mix("#1f3f91", "#1b3580", a), interior: "#f6f7f9", foot: "#eee8dd", lip: pattern === "gold-band" ? "#caa34f" : "#f2f3f5", gloss: 1, dark: true, paint: "#caa34f", wash: "#f4f6fa" };
  }
}

function bodyFill(p: Paint, box: Box, round = false): string {
  return p.look.fill ? p.look.fill(p, box, round) : p.look.base;
}

// ───────────────────────────── backdrop ─────────────────────────────

const BACKDROPS: Array<[top: string, sweep: string, floor: string]> = [
  ["#f4f1ec", "#e4ddd2", "#efebe4"],
  ["#eef2f5", "#dbe3ea", "#e9eef2"],
  ["#eef3ef", "#dbe6dd", "#e9f0ea"],
  ["#f2f1ef", "#e0ddd8", "#edebe8"],
  ["#f5efed", "#e8dcd7", "#f1e9e6"],
  ["#f1f0ea", "#e2e0d2", "#eeede5"],
];

function drawBackdrop(p: Paint, view: ArtworkView): string {
  const { s, vary } = p;
  let options = BACKDROPS;
  if (p.glaze === "celadon" || p.glaze === "ru") options = BACKDROPS.filter((_, i) => i !== 2);
  if (p.glaze === "white" || p.glaze === "linglong") options = BACKDROPS.filter((_, i) => i !== 3);
  let [top, sweep, floor] = options[vary.backdrop % options.length]!;
  if (!p.look.dark && view !== "top") {
    // White ware needs a little more tone behind it to read as porcelain, not paper.
    [top, sweep, floor] = [mix(top, "#cfcac2", 0.22), mix(sweep, "#bdb7ad", 0.25), mix(floor, "#cfcac2", 0.2)];
  }
  if (view === "top") {
    // Looking down on a table: a flat surface with soft light and a faint linen weave.
    const fill = s.radial([[0, mix(floor, "#ffffff", 0.5)], [0.7, floor], [1, sweep]], 330, 300, 640);
    let weave = "";
    if (vary.backdrop % 3 === 0) {
      weave = `<g stroke="${sweep}" stroke-opacity=".35" stroke-width="1">`;
      for (let i = 0; i < SIZE; i += 6) weave += `<path d="M${i} 0V${SIZE}M0 ${i}H${SIZE}"/>`;
      weave += "</g>";
    }
    return `<rect width="${SIZE}" height="${SIZE}" fill="${fill}"/>${weave}`;
  }
  const sweepFill = s.linear([[0, top], [0.55, mix(top, sweep, 0.55)], [0.72, sweep], [1, floor]], 0, 0, 0, SIZE);
  const glow = s.radial([[0, "#ffffff", 0.75], [1, "#ffffff", 0]], 360, 300, 420);
  let windowLight = "";
  if (vary.light > 0.55) {
    const wl = s.linearBox([[0, "#ffffff", 0], [0.5, "#ffffff", 0.32], [1, "#ffffff", 0]], 0, 0, 1, 0.3);
    const x = 40 + vary.light * 260;
    windowLight = `<path d="M${n(x)} 0L${n(x + 150)} 0L${n(x + 380)} ${SIZE}L${n(x + 170)} ${SIZE}Z" fill="${wl}"/>`;
  }
  return `<rect width="${SIZE}" height="${SIZE}" fill="${sweepFill}"/><rect width="${SIZE}" height="${SIZE}" fill="${glow}"/>${windowLight}`;
}

/** Contact shadow plus a broad ambient shadow falling to the right (light from the upper left). */
function groundShadow(p: Paint, cx: number, y: number, rx: number, ry: number, strength = 1): string {
  const { s } = p;
  const ambient = s.radial([[0, "#3a3128", 0.22 * strength], [0.6, "#3a3128", 0.08 * strength], [1, "#3a3128", 0]], 0, 0, 1);
  const contact = s.radial([[0, "#2a221c", 0.45 * strength], [0.7, "#2a221c", 0.16 * strength], [1, "#2a221c", 0]], 0, 0, 1);
  return (
    `<ellipse cx="0" cy="0" rx="1" ry="1" fill="${ambient}" transform="translate(${n(cx + rx * 0.28)} ${n(y + ry * 0.2)}) scale(${n3(rx * 1.55)} ${n(ry * 1.9)})"/>` +
    `<ellipse cx="0" cy="0" rx="1" ry="1" fill="${contact}" transform="translate(${n(cx + rx * 0.04)} ${n(y)}) scale(${n3(rx * 1.05)} ${n(ry * 1.05)})"/>`
  );
}

// ───────────────────────────── profile geometry ─────────────────────────────

/** Monotone cubic interpolation through (t, r) points, t ascending (Fritsch–Carlson). */
function interpolate(points: ReadonlyArray<readonly [number, number]>): (t: number) => number {
  const xs = points.map((q) => q[0]);
  const ys = points.map((q) => q[1]);
  const count = xs.length;
  const d: number[] = [];
  for (let i = 0; i < count - 1; i++) d.push((ys[i + 1]! - ys[i]!) / (xs[i + 1]! - xs[i]! || 1e-9));
  const m: number[] = new Array<number>(count).fill(0);
  m[0] = d[0]!;
  m[count - 1] = d[count - 2]!;
  for (let i = 1; i < count - 1; i++) m[i] = d[i - 1]! * d[i]! <= 0 ? 0 : (d[i - 1]! + d[i]!) / 2;
  for (let i = 0; i < count - 1; i++) {
    if (d[i] === 0) {
      m[i] = 0;
      m[i + 1] = 0;
      continue;
    }
    const a = m[i]! / d[i]!;
    const b = m[i + 1]! / d[i]!;
    const h = a * a + b * b;
    if (h > 9) {
      const tau = 3 / Math.sqrt(h);
      m[i] = tau * a * d[i]!;
      m[i + 1] = tau * b * d[i]!;
    }
  }
  return (t: number) => {
    const tc = Math.min(xs[count - 1]!, Math.max(xs[0]!, t));
    let i = 0;
    while (i < count - 2 && tc > xs[i + 1]!) i++;
    const h = xs[i + 1]! - xs[i]! || 1e-9;
    const u = (tc - xs[i]!) / h;
    const u2 = u * u;
    const u3 = u2 * u;
    return (2 * u3 - 3 * u2 + 1) * ys[i]! + (u3 - 2 * u2 + u) * h * m[i]! + (-2 * u3 + 3 * u2) * ys[i + 1]! + (u3 - u2) * h * m[i + 1]!;
  };
}

interface Zones {
  rim?: number;
  shoulder?: [number, number];
  main?: [number, number];
  base?: [number, number];
  foot?: number;
  neck?: [number, number];
}

type TopKind = "open" | "face" | "mouth" | "cap";

interface VesselSpec {
  cx: number;
  top: number;
  height: number;
  k: number;
  profile: ReadonlyArray<readonly [number, number]>;
  kind: TopKind;
  zones: Zones;
  /** Height (t) below which the unglazed foot shows. */
  footT: number;
  /** Wall thickness at the lip for open vessels. */
  wall?: number;
  /** Interior depth visible (t) for open vessels' inner bands. */
  plain?: boolean;
}

/** A surface to wrap decoration onto: θ around the axis (0 = facing us), t from top to foot. */
interface Wrap {
  cx: number;
  k: number;
  y: (t: number) => number;
  r: (t: number) => number;
  pt: (theta: number, t: number) => Pt;
  /** Pixels per unit of t, for sizing motifs. */
  height: number;
  box: Box;
}

function makeWrap(spec: VesselSpec): Wrap {
  const r = interpolate(spec.profile);
  const y = (t: number) => spec.top + t * spec.height;
  let rMax = 0;
  for (let i = 0; i <= 100; i++) rMax = Math.max(rMax, r(i / 100));
  const box: Box = { x: spec.cx - rMax - 2, y: spec.top - r(0) * spec.k - 2, w: rMax * 2 + 4, h: spec.height + r(0) * spec.k + r(1) * spec.k + 6 };
  return {
    cx: spec.cx,
    k: spec.k,
    y,
    r,
    height: spec.height,
    box,
    pt: (theta, t) => [spec.cx + r(t) * Math.sin(theta), y(t) + r(t) * spec.k * Math.cos(theta)],
  };
}

/**
 * Silhouette of a surface of revolution seen from above at tilt k: the envelope of its
 * cross-section ellipses. Section t touches the outline where cos φ = -k·dr/dy (φ = 0 facing
 * us), so the sides follow the profile (concave necks stay concave) and the rim and foot close
 * it with the back and front halves of their ellipses.
 */
function silhouette(w: Wrap): { outline: string; area: string } {
  const T = 110;
  const left: Pt[] = [];
  const right: Pt[] = [];
  const ledges: number[] = [];
  const contact = (t: number): number | null => {
    const dt = 0.002;
    const dr = (w.r(Math.min(1, t + dt)) - w.r(Math.max(0, t - dt))) / ((Math.min(1, t + dt) - Math.max(0, t - dt)) * w.height);
    const c = -w.k * dr;
    return Math.abs(c) > 0.9 ? null : c;
  };
  for (let i = 0; i <= T; i++) {
    const t = i / T;
    const c = contact(t);
    if (c === null) {
      ledges.push(t);
      continue;
    }
    const rr = w.r(t);
    const sx = rr * Math.sqrt(1 - c * c);
    const sy = w.y(t) + rr * w.k * c;
    left.push([w.cx - sx, sy]);
    right.push([w.cx + sx, sy]);
  }
  const arc = (t: number, from: number, to: number, steps = 36): Pt[] => {
    const out: Pt[] = [];
    for (let i = 0; i <= steps; i++) {
      const ph = from + ((to - from) * i) / steps;
      out.push([w.cx + w.r(t) * Math.sin(ph), w.y(t) + w.r(t) * w.k * Math.cos(ph)]);
    }
    return out;
  };
  const c0 = Math.acos(contact(0) ?? 0);
  const c1 = Math.acos(contact(1) ?? 0);
  const outline = poly([...left, ...arc(1, -c1, c1), ...right.reverse(), ...arc(0, c0, TAU - c0)], true);
  // Where the wall is nearly horizontal (a plate's underside, a foot ledge) the sections have no
  // side contact; their ellipses, added as same-direction subpaths, complete the union.
  let area = outline;
  const step = Math.max(1, Math.ceil(ledges.length / 10));
  for (let i = 0; i < ledges.length; i += step) area += poly(arc(ledges[i]!, -HALF, TAU - HALF, 28), true);
  if (ledges.length) area += poly(arc(ledges[ledges.length - 1]!, -HALF, TAU - HALF, 28), true);
  return { outline, area };
}

/** Front half of the cross-section at t, left to right. */
function frontArc(w: Wrap, t: number): string {
  const rr = w.r(t);
  const yy = w.y(t);
  return `M${n(w.cx - rr)} ${n(yy)}A${n(rr)} ${n(rr * w.k)} 0 0 0 ${n(w.cx + rr)} ${n(yy)}`;
}

function ring(w: Wrap, t: number, color: string, width: number, opacity = 1): string {
  return `<path d="${frontArc(w, t)}" fill="none" stroke="${color}" stroke-width="${n(width)}"${opacity < 1 ? ` stroke-opacity="${opacity}"` : ""}/>`;
}

/** The band between two heights, as a closed region on the front. */
function bandRegion(w: Wrap, t0: number, t1: number): string {
  const a: Pt[] = [];
  const b: Pt[] = [];
  for (let i = 0; i <= 40; i++) {
    const th = -HALF + (Math.PI * i) / 40;
    a.push(w.pt(th, t0));
    b.push(w.pt(th, t1));
  }
  return poly([...a, ...b.reverse()], true);
}

/** A curve on the surface; samples outside the visible half are dropped (splitting the path). */
function wrapCurve(w: Wrap, f: (u: number) => [theta: number, t: number], steps = 60, u0 = 0, u1 = 1): string {
  let d = "";
  let pen = false;
  for (let i = 0; i <= steps; i++) {
    const [th, t] = f(u0 + ((u1 - u0) * i) / steps);
    const visible = Math.abs(normAngle(th)) <= HALF;
    if (!visible) {
      pen = false;
      continue;
    }
    const [x, y] = w.pt(th, t);
    d += `${pen ? "L" : "M"}${n(x)} ${n(y)}`;
    pen = true;
  }
  return d;
}

function normAngle(th: number): number {
  let a = th % TAU;
  if (a > Math.PI) a -= TAU;
  if (a < -Math.PI) a += TAU;
  return a;
}

/** Place a motif drawn in a ±50 unit box onto the surface, foreshortened by the curvature. */
function placeOn(w: Wrap, theta: number, t: number, size: number, svg: string, rotate = 0, flip = false): string {
  const th = normAngle(theta);
  if (Math.abs(th) > HALF - 0.08) return "";
  const [x, y] = w.pt(th, t);
  const sc = size / 100;
  return `<g transform="translate(${n(x)} ${n(y)}) scale(${n3(Math.cos(th) * sc * (flip ? -1 : 1))} ${n3(sc)}) rotate(${n(rotate)})">${sharedMotif(svg)}</g>`;
}

/** Evenly spaced angles around the vessel, those on the visible half. */
function around(count: number, phase: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < count; i++) {
    const th = normAngle(phase + (TAU * i) / count);
    if (Math.abs(th) < HALF - 0.08) out.push(th);
  }
  return out;
}

const bandPx = (w: Wrap, band: [number, number]) => (band[1] - band[0]) * w.height;

// ───────────────────────────── motif library (±50 unit boxes) ─────────────────────────────

function petalPath(len: number, wid: number, rot = 0): string {
  return `<path d="M0 0C${n(-wid)} ${n(-len * 0.35)} ${n(-wid * 0.6)} ${n(-len * 0.85)} 0 ${n(-len)}C${n(wid * 0.6)} ${n(-len * 0.85)} ${n(wid)} ${n(-len * 0.35)} 0 0Z"${rot ? ` transform="rotate(${n(rot)})"` : ""}/>`;
}

const M = {
  lotus(paint: string, wash: string, sw = 3): string {
    return (
      `<g transform="translate(0 22)" fill="${wash}" fill-opacity=".5" stroke="${paint}" stroke-width="${sw}" stroke-linejoin="round">` +
      `${petalPath(40, 15, -64)}${petalPath(40, 15, 64)}${petalPath(50, 17, -32)}${petalPath(50, 17, 32)}${petalPath(58, 19)}` +
      `<path d="M-30 4Q0 16 30 4" fill="none"/><path d="M0 -14V-44" fill="none" stroke-width="${sw * 0.6}"/></g>`
    );
  },
  lotusTop(paint: string, wash: string, sw = 2.5): string {
    let g = `<g fill="${wash}" fill-opacity=".45" stroke="${paint}" stroke-width="${sw}" stroke-linejoin="round">`;
    for (let i = 0; i < 8; i++) g += petalPath(48, 15, i * 45 + 22.5);
    for (let i = 0; i < 8; i++) g += petalPath(34, 12, i * 45);
    g += `<circle r="12" fill="${paint}" fill-opacity=".8"/></g>`;
    return g;
  },
  leaf(paint: string, wash: string, sw = 3): string {
    return `<g stroke="${paint}" stroke-width="${sw}" stroke-linejoin="round"><path d="M-42 0Q-8 -24 42 0Q-8 24 -42 0Z" fill="${wash}" fill-opacity=".55"/><path d="M-38 0Q0 -3 38 0" fill="none" stroke-width="${sw * 0.6}"/></g>`;
  },
  tendril(paint: string, sw = 2.5): string {
    return `<path d="M-30 10C-20 -20 20 -24 22 -2C24 14 4 16 4 4C4 -4 12 -6 14 0" fill="none" stroke="${paint}" stroke-width="${sw}" stroke-linecap="round"/>`;
  },
  plum(fill: string, stroke: string, center: string, sw = 2.5, fillOpacity = 1): string {
    let g = `<g stroke="${stroke}" stroke-width="${sw}" fill="${fill}" fill-opacity="${fillOpacity}">`;
    for (let i = 0; i < 5; i++) {
      const a = (i * 72 - 90) * (Math.PI / 180);
      g += `<circle cx="${n(Math.cos(a) * 17)}" cy="${n(Math.sin(a) * 17)}" r="16"/>`;
    }
    g += `</g><circle r="8" fill="${center}"/>`;
    for (let i = 0; i < 7; i++) {
      const a = (i * 51 + 10) * (Math.PI / 180);
      g += `<circle cx="${n(Math.cos(a) * 13)}" cy="${n(Math.sin(a) * 13)}" r="2.2" fill="${stroke}"/>`;
    }
    return g;
  },
  fish(paint: string, wash: string, sw = 2.5): string {
    return (
      `<g stroke="${paint}" stroke-width="${sw}" stroke-linejoin="round" stroke-linecap="round">` +
      `<path d="M-34 0L-56 -20Q-48 0 -56 20Z" fill="${wash}" fill-opacity=".7"/>` +
      `<path d="M-36 0C-24 -24 18 -26 42 -2C44 0 44 2 42 4C18 26 -24 24 -36 0Z" fill="${wash}" fill-opacity=".45"/>` +
      `<path d="M-6 -17Q4 -34 18 -16" fill="${wash}" fill-opacity=".7"/><path d="M0 16Q8 28 16 15" fill="${wash}" fill-opacity=".7"/>` +
      `<path d="M22 -12Q16 0 22 12" fill="none"/><path d="M-18 -6q5 6 0 12M-8 -8q5 8 0 16M2 -9q5 9 0 18" fill="none" stroke-width="${sw * 0.6}"/>` +
      `<circle cx="32" cy="-4" r="3" fill="${paint}"/></g>`
    );
  },
  cloud(paint: string, wash: string, sw = 2.5): string {
    return (
      `<g stroke="${paint}" stroke-width="${sw}" stroke-linecap="round" stroke-linejoin="round">` +
      `<path d="M-44 12C-54 -4 -38 -20 -24 -12C-22 -32 6 -34 10 -16C22 -28 44 -18 38 0C50 6 44 22 30 18L-36 18C-42 18 -46 16 -44 12Z" fill="${wash}" fill-opacity=".4"/>` +
      `<path d="M-24 -10c-2 10 10 12 10 4c0 -5 -6 -5 -6 -1M10 -14c-4 10 8 14 10 6c1 -5 -5 -6 -6 -2M-30 8h50" fill="none" stroke-width="${sw * 0.7}"/></g>`
    );
  },
  bambooLeaf(paint: string, wash: string, sw = 2): string {
    return `<path d="M0 0Q9 -22 0 -64Q-9 -22 0 0Z" fill="${wash}" fill-opacity=".75" stroke="${paint}" stroke-width="${sw}"/>`;
  },
  floret(paint: string, sw = 2): string {
    let g = `<g fill="${paint}" stroke="${paint}" stroke-width="${sw}">`;
    for (let i = 0; i < 4; i++) g += `<ellipse cx="0" cy="-11" rx="6" ry="10" transform="rotate(${i * 90 + 45})" fill-opacity=".55"/>`;
    return `${g}<circle r="3.5"/></g>`;
  },
  panel(paint: string, wash: string, sw = 2.5): string {
    return (
      `<g fill="none" stroke="${paint}" stroke-width="${sw}" stroke-linejoin="round">` +
      `<path d="M-24 0V-40Q-24 -64 0 -76Q24 -64 24 -40V0"/><path d="M-15 0V-38Q-15 -54 0 -62Q15 -54 15 -38V0" fill="${wash}" fill-opacity=".35"/>` +
      `<path d="M0 -12Q-8 -26 0 -40Q8 -26 0 -12Z" fill="${paint}" fill-opacity=".6"/></g>`
    );
  },
  plantain(paint: string, wash: string, sw = 2.5): string {
    return (
      `<g stroke="${paint}" stroke-width="${sw}" stroke-linejoin="round"><path d="M-20 0Q-18 -70 0 -124Q18 -70 20 0Z" fill="${wash}" fill-opacity=".35"/>` +
      `<path d="M0 0V-112M0 -20l-12 -10M0 -40l-12 -10M0 -60l-10 -10M0 -80l-8 -8M0 -20l12 -10M0 -40l12 -10M0 -60l10 -10M0 -80l8 -8" fill="none" stroke-width="${sw * 0.55}"/></g>`
    );
  },
  scale(paint: string, bg: string, sw = 2.5): string {
    return (
      `<g fill="none" stroke="${paint}" stroke-width="${sw}"><path d="M-42 0A42 42 0 0 1 42 0Z" fill="${bg}" stroke="none"/>` +
      `<path d="M-42 0A42 42 0 0 1 42 0M-30 0A30 30 0 0 1 30 0M-18 0A18 18 0 0 1 18 0M-6 0A6 6 0 0 1 6 0"/></g>`
    );
  },
  peony(dark: string, light: string, center: string): string {
    let g = `<g stroke="${dark}" stroke-width="1.6" stroke-linejoin="round">`;
    for (let i = 0; i < 8; i++) g += `<path d="M0 0C-20 -8 -24 -40 -6 -48C-2 -42 2 -42 6 -48C24 -40 20 -8 0 0Z" fill="${light}" transform="rotate(${i * 45 + 10})"/>`;
    for (let i = 0; i < 6; i++) g += `<path d="M0 0C-14 -6 -16 -28 -4 -32C0 -28 2 -28 4 -32C16 -28 14 -6 0 0Z" fill="${mix(light, dark, 0.45)}" transform="rotate(${i * 60 + 30})"/>`;
    g += `</g><circle r="9" fill="${center}"/>`;
    for (let i = 0; i < 9; i++) g += `<circle cx="${n(Math.cos(i * 0.7) * 9)}" cy="${n(Math.sin(i * 0.7) * 9)}" r="2" fill="#b8862f"/>`;
    return g;
  },
  chrysanthemum(dark: string, light: string): string {
    let g = `<g stroke="${dark}" stroke-width="1.2">`;
    for (let i = 0; i < 20; i++) g += `<ellipse cx="0" cy="-26" rx="5" ry="20" fill="${light}" transform="rotate(${i * 18})"/>`;
    for (let i = 0; i < 14; i++) g += `<ellipse cx="0" cy="-16" rx="4" ry="13" fill="${mix(light, dark, 0.35)}" transform="rotate(${i * 25.7 + 9})"/>`;
    return `${g}</g><circle r="8" fill="${dark}"/>`;
  },
  greenLeaf(dark: string, light: string): string {
    return `<path d="M-40 0Q-6 -26 40 0Q-6 26 -40 0Z" fill="${light}" stroke="${dark}" stroke-width="1.6"/><path d="M-36 0Q0 -2 36 0M-10 0l-8 -8M6 0l-8 -8M-10 0l-8 8M6 0l-8 8" fill="none" stroke="${dark}" stroke-width="1.2"/>`;
  },
  butterfly(paint: string, light: string): string {
    return (
      `<g stroke="${paint}" stroke-width="1.4"><ellipse cx="-14" cy="-10" rx="14" ry="10" transform="rotate(-25 -14 -10)" fill="${light}"/>` +
      `<ellipse cx="14" cy="-10" rx="14" ry="10" transform="rotate(25 14 -10)" fill="${light}"/><ellipse cx="-9" cy="9" rx="9" ry="7" fill="${light}"/><ellipse cx="9" cy="9" rx="9" ry="7" fill="${light}"/>` +
      `<path d="M0 -14V16M0 -14l-6 -12M0 -14l6 -12" fill="none" stroke-width="2"/></g>`
    );
  },
  peach(): string {
    return `<path d="M0 -30C26 -30 34 -4 24 14C16 28 -16 28 -24 14C-34 -4 -26 -30 0 -30Z" fill="#f0b39a" stroke="#c9694f" stroke-width="1.6"/><path d="M0 -30C8 -10 6 10 0 26" fill="none" stroke="#d98a70" stroke-width="1.5"/><path d="M-16 -10C-10 -20 0 -20 6 -14" fill="none" stroke="#fff" stroke-opacity=".6" stroke-width="4" stroke-linecap="round"/>`;
  },
  grain(): string {
    return `<ellipse rx="6.5" ry="13" fill="#b9dfe9" fill-opacity=".9" stroke="#7fb3c4" stroke-width="1.4"/><ellipse cx="-1.5" cy="-3" rx="2" ry="6" fill="#ffffff" fill-opacity=".7"/>`;
  },
};

// ───────────────────────────── textures ─────────────────────────────

function crackle(p: Paint, box: Box, color: string, count: number, width: number, opacity: number): string {
  const { rng } = p;
  let d = "";
  for (let i = 0; i < count; i++) {
    let x = box.x + rng() * box.w;
    let y = box.y + rng() * box.h;
    let a = rng() * TAU;
    d += `M${n(x)} ${n(y)}`;
    const segs = 3 + Math.floor(rng() * 6);
    for (let j = 0; j < segs; j++) {
      a += (rng() - 0.5) * 0.7 + (rng() < 0.25 ? (rng() < 0.5 ? 1 : -1) * 1.1 : 0);
      const len = (box.w / 26) * (0.5 + rng());
      x += Math.cos(a) * len;
      y += Math.sin(a) * len;
      d += `L${n(x)} ${n(y)}`;
    }
  }
  return `<path d="${d}" fill="none" stroke="${color}" stroke-width="${width}" stroke-opacity="${opacity}" stroke-linejoin="round"/>`;
}

function speckle(p: Paint, box: Box, color: string, count: number, maxR: number, opacity: number): string {
  const { rng } = p;
  let out = `<g fill="${color}" fill-opacity="${opacity}">`;
  for (let i = 0; i < count; i++) {
    out += `<circle cx="${n(box.x + rng() * box.w)}" cy="${n(box.y + rng() * box.h)}" r="${n(0.5 + rng() * rng() * maxR)}"/>`;
  }
  return `${out}</g>`;
}

function grainLayer(p: Paint, box: Box, color: string, opacity: number, frequency = "0.9"): string {
  const filter = p.s.grain(Math.floor(p.vary.backdrop * 7 + p.vary.accent * 997), frequency, color, opacity);
  return `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.w)}" height="${n(box.h)}" filter="${filter}"/>`;
}

// ───────────────────────────── decoration on wrapped bodies ─────────────────────────────

/** What a glaze paints on a body of revolution (front view). `minor` surfaces (lids, small parts) get a quieter version. */
function decorateWrap(p: Paint, w: Wrap, z: Zones, minor = false): string {
  const { look, vary, rng } = p;
  const phase = vary.phase;
  const ink = look.paint;
  const wash = look.wash;
  const sw = Math.max(1.6, w.height / 130);
  let out = "";
  const rims = (color: string, width = sw * 1.1) => {
    let r = "";
    if (z.rim !== undefined) r += ring(w, z.rim, color, width) + ring(w, z.rim + 0.022, color, width * 0.6);
    if (z.foot !== undefined) r += ring(w, z.foot, color, width) + ring(w, z.foot - 0.022, color, width * 0.6);
    return r;
  };
  switch (p.glaze) {
    case "qinghua": {
      out += rims(ink);
      if (minor) {
        if (z.main) out += ring(w, z.main[0], ink, sw) + ring(w, z.main[1], ink, sw * 0.7);
        break;
      }
      if (z.shoulder) out += qinghuaBand(p, w, z.shoulder, "clouds-small", sw);
      if (z.neck) out += qinghuaNeck(p, w, z.neck, sw);
      if (z.main) out += qinghuaMain(p, w, z.main, sw, phase);
      if (z.base) out += qinghuaBand(p, w, z.base, "panels", sw);
      break;
    }
    case "linglong": {
      out += rims(ink);
      const band = z.main ?? z.shoulder;
      if (!band) break;
      if (minor) {
        out += ring(w, band[0], ink, sw);
        break;
      }
      const [t0, t1] = band;
      out += ring(w, t0, ink, sw) + ring(w, t1, ink, sw);
      const h = bandPx(w, band);
      if (p.pattern === "rice-grain") {
        const rows = Math.max(2, Math.round(h / 34));
        for (let r = 0; r < rows; r++) {
          const t = t0 + ((r + 0.5) / rows) * (t1 - t0);
          const cols = Math.round((w.r(t) * TAU) / 26);
          for (const th of around(cols, phase + (r % 2) * (Math.PI / cols))) out += placeOn(w, th, t, Math.min(h / rows, 34) * 1.5, M.grain(), r % 2 ? 18 : -18);
        }
      } else {
        const rows = Math.max(1, Math.round(h / 90));
        for (let r = 0; r < rows; r++) {
          const t = t0 + ((r + 0.5) / rows) * (t1 - t0);
          const cols = Math.max(4, Math.round((w.r(t) * TAU) / 110));
          for (const th of around(cols, phase + (r % 2) * (Math.PI / cols))) {
            let g = "";
            for (let i = 0; i < 6; i++) g += `<g transform="rotate(${i * 60}) translate(0 -20)">${sharedMotif(M.grain())}</g>`;
            g += `<circle r="6" fill="${ink}"/>`;
            out += placeOn(w, th, t, Math.min(h / rows, 90) * 0.9, g);
          }
        }
      }
      if (z.base && !minor) out += ring(w, z.base[0], ink, sw * 0.8) + ring(w, z.base[0] + 0.02, wash, sw * 0.5);
      break;
    }
    case "famille-rose": {
      if (z.rim !== undefined) out += ring(w, z.rim - 0.004, "#c9a14c", sw * 1.8);
      if (z.foot !== undefined) out += ring(w, z.foot, "#c9a14c", sw * 1.2);
      if (!minor && z.main) out += familleRoseMain(p, w, z.main);
      else if (z.main) out += ring(w, z.main[0], "#c9a14c", sw);
      break;
    }
    case "white": {
      const pat = p.pattern;
      if (pat === "gold-rim" && z.rim !== undefined) out += ring(w, z.rim - 0.004, "#c9a14c", sw * 2) + ring(w, z.rim + 0.03, "#c9a14c", sw * 0.6);
      if (pat === "blue-line") {
        if (z.rim !== undefined) out += ring(w, z.rim + 0.01, "#2d4f9e", sw * 1.2);
        if (z.main) out += ring(w, z.main[1], "#2d4f9e", sw * 0.9) + ring(w, z.main[1] + 0.025, "#2d4f9e", sw * 0.5);
      }
      if (pat === "relief-rings" && z.main) out += reliefRings(w, z.main, 5, look.base);
      if (pat === "ribbed" && z.main) out += ribs(w, z.main, Math.round(w.r(z.main[0]) / 9), phase, look.base, 0.18);
      break;
    }
    case "celadon": {
      const pat = p.pattern;
      if (pat === "lotus-petals") {
        const band = z.base ?? z.main;
        if (band) out += carvedPetals(p, w, band, minor ? 10 : 12);
        if (z.main && z.base && !minor) out += ring(w, z.main[0], look.paint, sw * 0.8, 0.5);
      }
      if (pat === "ribbed" && (z.main || z.base)) out += ribs(w, z.main ?? z.base!, Math.round(w.r((z.main ?? z.base!)[0]) / 8), phase, look.base, 0.28);
      if (pat === "crackle") out += crackle(p, w.box, mix(look.base, "#27402f", 0.5), Math.round(w.box.w / 7), 1.2, 0.35);
      break;
    }
    case "ru": {
      const count = p.pattern === "fine-crackle" ? Math.round(w.box.w / 3) : p.pattern === "crackle" ? Math.round(w.box.w / 7) : 0;
      if (count) {
        out += crackle(p, w.box, mix(look.base, "#2f4040", 0.45), count, p.pattern === "fine-crackle" ? 0.8 : 1.3, 0.45);
        out += crackle(p, w.box, "#c89a5a", Math.round(count / 5), 1.1, 0.35);
      }
      break;
    }
    case "tenmoku": {
      const pat = p.pattern;
      const top = z.rim ?? 0;
      if (pat === "hares-fur") {
        // Streaks batched into a few paths by colour and weight: small files, same look.
        const colors = ["#c0803f", "#9a5a2a", "#d8a25e", "#6e3d1e"];
        const batches = colors.map(() => ["", ""]);
        const count = Math.round(Math.min(110, Math.max(40, w.box.w / 4)));
        for (let i = 0; i < count; i++) {
          const th = -HALF + rng() * Math.PI;
          const t0 = top + rng() * 0.08;
          const t1 = t0 + 0.25 + rng() * 0.45;
          const wiggle = (rng() - 0.5) * 0.05;
          const c = Math.floor(rng() * colors.length);
          batches[c]![rng() < 0.5 ? 0 : 1] += wrapCurve(w, (u) => [th + wiggle * Math.sin(u * 6), t0 + (t1 - t0) * u], 8);
        }
        batches.forEach(([thin, thick], c) => {
          if (thin) out += `<path d="${thin}" fill="none" stroke="${colors[c]}" stroke-width="1.1" stroke-opacity=".55" stroke-linecap="round"/>`;
          if (thick) out += `<path d="${thick}" fill="none" stroke="${colors[c]}" stroke-width="2.2" stroke-opacity=".45" stroke-linecap="round"/>`;
        });
      } else if (pat === "oil-spot") {
        const spot = p.s.radialBox([[0, "#e8e2d6"], [0.5, "#b9b0a0", 0.9], [1, "#8a7d6b", 0]]);
        for (let i = 0; i < 170; i++) {
          const th = -HALF + rng() * Math.PI;
          const t = top + 0.05 + rng() * 0.7;
          const rr = 2 + rng() * 5;
          const [x, y] = w.pt(th, t);
          out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rr * Math.max(0.25, Math.cos(th)))}" ry="${n(rr)}" fill="${spot}"/>`;
        }
      } else if (pat === "tortoiseshell") {
        const blur = p.s.blur(Math.max(3, w.box.w / 70));
        out += `<g filter="${blur}">`;
        for (let i = 0; i < 28; i++) {
          const th = -HALF + rng() * Math.PI;
          const t = top + 0.05 + rng() * 0.75;
          const [x, y] = w.pt(th, t);
          const rr = (w.box.w / 18) * (0.5 + rng());
          out += `<ellipse cx="${n(x)}" cy="${n(y)}" rx="${n(rr * Math.max(0.3, Math.cos(th)))}" ry="${n(rr * 0.7)}" fill="${pick(rng, ["#b9782e", "#d49a4a", "#8a4f22"])}" fill-opacity=".75"/>`;
        }
        out += "</g>";
      }
      if (z.rim !== undefined) {
        const blur = p.s.blur(Math.max(2, w.box.w / 120));
        out += `<g filter="${blur}">${ring(w, z.rim + 0.012, "#8a5229", sw * (pat === "rust-rim" ? 7 : 4), 0.85)}</g>`;
      }
      break;
    }
    case "flambe": {
      const blur = p.s.blur(Math.max(4, w.box.w / 45));
      const palette = FLAMBE_PALETTES[p.pattern] ?? FLAMBE_PALETTES.sunset!;
      out += `<g filter="${blur}">`;
      for (let i = 0; i < 22; i++) {
        const th = -HALF + rng() * Math.PI;
        const t0 = 0.05 + rng() * 0.4;
        const t1 = Math.min(0.98, t0 + 0.25 + rng() * 0.5);
        const c = pick(rng, palette);
        out += `<path d="${wrapCurve(w, (u) => [th + Math.sin(u * 4) * 0.05, t0 + (t1 - t0) * u], 12)}" fill="none" stroke="${c}" stroke-width="${n(w.box.w / 30 + rng() * (w.box.w / 18))}" stroke-opacity="${n(0.35 + rng() * 0.4)}" stroke-linecap="round"/>`;
      }
      out += "</g>";
      out += grainLayer(p, w.box, "#ffffff", 0.12, "0.08 0.008");
      if (z.rim !== undefined) {
        const soft = p.s.blur(Math.max(2, w.box.w / 140));
        out += `<g filter="${soft}">${ring(w, z.rim + 0.01, look.lip ?? "#eee", sw * 2.5, 0.75)}</g>`;
      }
      break;
    }
    case "matte": {
      const pat = p.pattern;
      if (pat === "two-tone") {
        const split = z.main ? z.main[0] + (z.main[1] - z.main[0]) * 0.45 : 0.45;
        const blur = p.s.blur(2.5);
        out += `<path d="${bandRegion(w, -0.2, split)}" fill="#3b3430" filter="${blur}"/>`;
      }
      if (pat === "ash-drip") {
        const blur = p.s.blur(Math.max(2, w.box.w / 160));
        let drips = "";
        for (let i = 0; i < 26; i++) {
          const th = -HALF + (i + rng() * 0.6) * (Math.PI / 26);
          const t1 = 0.12 + rng() * rng() * 0.45;
          drips += `<path d="${wrapCurve(w, (u) => [th, (z.rim ?? 0) + (t1 - (z.rim ?? 0)) * u], 10)}" stroke-width="${n(w.box.w / 40 + rng() * 8)}"/>`;
        }
        out += `<g filter="${blur}" fill="none" stroke="#7f8f68" stroke-opacity=".85" stroke-linecap="round">${drips}</g>`;
        out += `<path d="${bandRegion(w, -0.2, (z.rim ?? 0) + 0.08)}" fill="#7a8a63" fill-opacity=".9" filter="${blur}"/>`;
      }
      if (pat === "brushed" && z.main) {
        const blur = p.s.blur(1.2);
        let strokes = "";
        for (let i = 0; i < 9; i++) {
          const t = z.main[0] + ((i + 0.5) / 9) * (z.main[1] - z.main[0]);
          const th0 = -HALF - 0.2 + rng() * 0.3;
          const th1 = HALF - rng() * 0.6;
          strokes += `<path d="${wrapCurve(w, (u) => [th0 + (th1 - th0) * u, t + Math.sin(u * 5 + i) * 0.01], 30)}" stroke-width="${n(w.height / 40 + rng() * 6)}" stroke-opacity="${n(0.25 + rng() * 0.35)}"/>`;
        }
        out += `<g filter="${blur}" fill="none" stroke="#f4efe6" stroke-linecap="round">${strokes}</g>`;
      }
      out += speckle(p, w.box, look.paint, Math.round(w.box.w * w.box.h / 900), 2.2, 0.55);
      out += grainLayer(p, w.box, "#5a4a3a", 0.16);
      break;
    }
    case "cobalt": {
      const pat = p.pattern;
      if (pat === "gold-band") {
        if (z.rim !== undefined) out += ring(w, z.rim - 0.004, "#caa34f", sw * 2);
        const band = z.main ?? z.shoulder;
        if (band) out += ring(w, band[0], "#caa34f", sw * 1.4) + ring(w, band[0] + 0.03, "#caa34f", sw * 0.7) + (minor ? "" : ring(w, band[1], "#caa34f", sw * 1.2));
        if (z.foot !== undefined) out += ring(w, z.foot, "#caa34f", sw * 1.2);
      }
      if (pat === "white-flowers" && z.main && !minor) {
        const h = bandPx(w, z.main);
        const rows = Math.max(1, Math.round(h / 70));
        for (let r = 0; r < rows; r++) {
          const t = z.main[0] + ((r + 0.5) / rows) * (z.main[1] - z.main[0]);
          const cols = Math.max(4, Math.round((w.r(t) * TAU) / 80));
          for (const th of around(cols, phase + (r % 2) * (Math.PI / cols))) out += placeOn(w, th, t, Math.min(h / rows, 70) * 0.8, M.plum("#f6f7fb", "#dfe6f5", "#caa34f", 1.5), rng() * 60);
        }
      }
      if (pat === "ribbed" && z.main) out += ribs(w, z.main, Math.round(w.r(z.main[0]) / 8), phase, look.base, 0.3);
      break;
    }
  }
  return out;
}

function qinghuaMain(p: Paint, w: Wrap, band: [number, number], sw: number, phase: number): string {
  const { look, rng } = p;
  const ink = look.paint;
  const wash = look.wash;
  const [t0, t1] = band;
  const h = bandPx(w, band);
  let out = ring(w, t0, ink, sw * 0.9) + ring(w, t1, ink, sw * 0.9);
  const inner: [number, number] = [t0 + (t1 - t0) * 0.06, t1 - (t1 - t0) * 0.06];
  switch (p.pattern) {
    case "lotus-scroll": {
      const waves = Math.max(3, Math.round((w.r((t0 + t1) / 2) * TAU) / (h * 1.6)));
      const tc = (inner[0] + inner[1]) / 2;
      const amp = (inner[1] - inner[0]) * 0.26;
      const f = (th: number) => tc + amp * Math.sin(waves * (th - phase));
      out += `<path d="${wrapCurve(w, (u) => [-HALF + Math.PI * u, f(-HALF + Math.PI * u)], 90)}" fill="none" stroke="${ink}" stroke-width="${n(sw * 1.3)}" stroke-linecap="round"/>`;
      for (let j = 0; j < waves * 2; j++) {
        const th = phase + (HALF + Math.PI * j) / waves;
        const up = j % 2 === 0;
        const flowerT = tc + (up ? 1 : -1) * amp * 0.15 + (up ? -1 : 1) * 0;
        out += placeOn(w, th, flowerT + (up ? 0.02 : -0.01) * (t1 - t0), h * 0.55, M.lotus(ink, wash, 3.2));
        out += placeOn(w, th + Math.PI / waves / 2, tc - amp * 0.9, h * 0.3, M.leaf(ink, wash, 3.5), -30 + rng() * 20);
        out += placeOn(w, th + Math.PI / waves / 2, tc + amp * 0.95, h * 0.26, M.tendril(ink, 4), 10 + rng() * 30);
      }
      break;
    }
    case "waves": {
      const rows = Math.max(2, Math.round(h / 45));
      const dt = (inner[1] - inner[0]) / rows;
      for (let r = 0; r <= rows; r++) {
        const t = inner[0] + r * dt + dt * 0.9;
        const size = (dt * w.height) * 2.1;
        const cols = Math.max(5, Math.round((w.r(t) * TAU) / (size * 0.84)));
        for (const th of around(cols, phase + (r % 2) * (Math.PI / cols))) out += placeOn(w, th, Math.min(t, inner[1]), size, M.scale(ink, look.base, 3.4));
      }
      out += `<path d="${bandRegion(w, inner[1], t1)}" fill="${look.base}"/>` + ring(w, t1, ink, sw * 0.9);
      break;
    }
    case "plum": {
      out = ring(w, t0, ink, sw * 0.9);
      const front = normAngle(phase) * 0.2;
      const span = inner[1] - inner[0];
      const at = (th: number, f: number): [number, number] => [front + th, inner[0] + span * f];
      const branches: Array<{ pts: Array<[number, number]>; width: number }> = [
        { pts: [at(-1.05, 1.02), at(-0.75, 0.8), at(-0.55, 0.72), at(-0.3, 0.52), at(-0.05, 0.44), at(0.25, 0.26), at(0.55, 0.14)], width: 4.2 },
        { pts: [at(-0.55, 0.72), at(-0.45, 0.45), at(-0.28, 0.2), at(-0.22, 0.06)], width: 2.6 },
        { pts: [at(-0.05, 0.44), at(0.2, 0.58), at(0.45, 0.6), at(0.7, 0.72)], width: 2.4 },
        { pts: [at(0.6, 1.02), at(0.75, 0.75), at(0.95, 0.6)], width: 2.8 },
      ];
      const along = (pts: Array<[number, number]>) => (u: number): [number, number] => {
        const idx = Math.min(pts.length - 1.0001, u * (pts.length - 1));
        const a = pts[Math.floor(idx)]!;
        const b = pts[Math.floor(idx) + 1]!;
        const f = idx - Math.floor(idx);
        return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
      };
      for (const { pts, width } of branches) {
        // Tapered: three overlapping strokes, thick at the base, thin at the tip.
        for (let seg = 0; seg < 3; seg++) {
          out += `<path d="${wrapCurve(w, along(pts), 36, seg / 3, 1)}" fill="none" stroke="${ink}" stroke-width="${n(sw * width * (1 - seg * 0.28))}" stroke-linecap="round" stroke-linejoin="round"/>`;
        }
      }
      const blossoms: Array<[number, number, number]> = [
        [0.55, 0.14, 0.3], [0.25, 0.26, 0.26], [-0.22, 0.06, 0.22], [-0.3, 0.25, 0.3], [-0.05, 0.44, 0.24],
        [0.45, 0.6, 0.28], [0.7, 0.72, 0.22], [-0.75, 0.8, 0.22], [0.95, 0.6, 0.26], [0.1, 0.35, 0.16],
      ];
      for (const [th, f, size] of blossoms) {
        const [a, t] = at(th, f);
        const open = rng() > 0.3;
        out += placeOn(w, a, t, h * size, M.plum(open ? look.base : wash, ink, ink, 3.2, open ? 1 : 0.5), rng() * 70);
      }
      for (let i = 0; i < 7; i++) {
        const [a, t] = at(-0.9 + rng() * 1.8, 0.1 + rng() * 0.8);
        out += placeOn(w, a, t, h * 0.06, `<circle r="40" fill="${ink}"/>`);
      }
      break;
    }
    case "fish": {
      const front = normAngle(phase) * 0.15;
      const fish: Array<[number, number, number, boolean]> = [
        [front - 0.55, 0.35, 0.5, false],
        [front + 0.4, 0.62, 0.46, true],
        [front + 1.25, 0.3, 0.44, false],
      ];
      for (const [th, f, size, flip] of fish) out += placeOn(w, th, inner[0] + (inner[1] - inner[0]) * f, h * size, M.fish(ink, wash, 3), flip ? 10 : -8, flip);
      for (const weedTh of [front - 1.2, front - 0.05, front + 0.9]) {
        for (let k = -1; k <= 1; k++) {
          out += `<path d="${wrapCurve(w, (u) => [weedTh + k * 0.07 + Math.sin(u * 7 + k) * 0.04, inner[1] - u * (inner[1] - inner[0]) * (0.75 + 0.1 * k)], 24)}" fill="none" stroke="${wash}" stroke-width="${n(sw * 1.5)}" stroke-linecap="round"/>`;
        }
      }
      break;
    }
    case "clouds": {
      const rows = Math.max(1, Math.round(h / 70));
      for (let r = 0; r < rows; r++) {
        const t = inner[0] + ((r + 0.5) / rows) * (inner[1] - inner[0]);
        const size = Math.min(h / rows, 90) * 1.1;
        const cols = Math.max(4, Math.round((w.r(t) * TAU) / (size * 1.3)));
        for (const th of around(cols, phase + (r % 2) * (Math.PI / cols))) out += placeOn(w, th, t, size, M.cloud(ink, wash, 3.2), (r % 2 ? -1 : 1) * 6, r % 2 === 1);
      }
      break;
    }
    case "bamboo": {
      const front = normAngle(phase) * 0.2;
      for (let i = 0; i < 3; i++) {
        const th = front - 0.5 + i * 0.42;
        const tTop = inner[0] + (i % 2) * 0.06 * (inner[1] - inner[0]) * 4;
        out += `<path d="${wrapCurve(w, (u) => [th + u * 0.05, inner[1] - u * (inner[1] - tTop)], 20)}" fill="none" stroke="${wash}" stroke-width="${n(sw * 5)}"/>`;
        out += `<path d="${wrapCurve(w, (u) => [th - 0.025 + u * 0.05, inner[1] - u * (inner[1] - tTop)], 20)}" fill="none" stroke="${ink}" stroke-width="${n(sw * 0.8)}"/>`;
        for (let k = 1; k < 4; k++) {
          const t = inner[1] - (k / 4) * (inner[1] - tTop);
          out += placeOn(w, th + (k / 4) * 0.05, t, sw * 9, `<path d="M-32 0Q0 -8 32 0" fill="none" stroke="${ink}" stroke-width="12"/>`);
        }
        for (let k = 0; k < 5; k++) {
          const t = tTop + (k / 6) * (inner[1] - tTop) * 0.8;
          const side = k % 2 ? 1 : -1;
          out += placeOn(w, th + side * 0.06, t, h * (0.26 + rng() * 0.1), M.bambooLeaf(ink, wash, 3), side * (50 + rng() * 50));
        }
      }
      break;
    }
    default: {
      // floral-dots: scattered florets between fine lines, everyday ware.
      const rows = Math.max(1, Math.round(h / 48));
      for (let r = 0; r < rows; r++) {
        const t = inner[0] + ((r + 0.5) / rows) * (inner[1] - inner[0]);
        const size = Math.min(h / rows, 60) * 0.7;
        const cols = Math.max(5, Math.round((w.r(t) * TAU) / (size * 2.2)));
        for (const th of around(cols, phase + (r % 2) * (Math.PI / cols))) out += placeOn(w, th, t, size, M.floret(ink, 3), rng() * 40);
      }
      out += ring(w, t0 + 0.03, ink, sw * 0.5) + ring(w, t1 - 0.03, ink, sw * 0.5);
    }
  }
  return out;
}

function qinghuaBand(p: Paint, w: Wrap, band: [number, number], kind: "clouds-small" | "panels", sw: number): string {
  const { look, vary } = p;
  const [t0, t1] = band;
  const h = bandPx(w, band);
  let out = ring(w, t0, look.paint, sw * 0.8) + ring(w, t1, look.paint, sw * 0.8);
  if (kind === "panels") {
    const size = h * 1.05;
    const cols = Math.max(8, Math.round((w.r(t1) * TAU) / (size * 0.52)));
    for (const th of around(cols, vary.phase * 0.5)) out += placeOn(w, th, t1, size, `<g transform="translate(0 -2) scale(1 1.25)">${sharedMotif(M.panel(look.paint, look.wash, 3.2))}</g>`);
  } else {
    const size = h * 0.9;
    const cols = Math.max(6, Math.round((w.r((t0 + t1) / 2) * TAU) / (size * 1.15)));
    for (const th of around(cols, vary.phase * 0.7)) out += placeOn(w, th, (t0 + t1) / 2, size, M.cloud(look.paint, look.wash, 3.5));
  }
  return out;
}

function qinghuaNeck(p: Paint, w: Wrap, band: [number, number], sw: number): string {
  const { look, vary } = p;
  const [t0, t1] = band;
  const h = bandPx(w, band);
  let out = ring(w, t1, look.paint, sw * 0.8);
  const cols = Math.max(6, Math.round((w.r(t1) * TAU) / (h * 0.28)));
  for (const th of around(cols, vary.phase * 0.3)) out += placeOn(w, th, t1, h * 0.92, M.plantain(look.paint, look.wash, 3));
  out += ring(w, t0, look.paint, sw * 0.6);
  return out;
}

function familleRoseMain(p: Paint, w: Wrap, band: [number, number]): string {
  const { rng, vary } = p;
  const [t0, t1] = band;
  const h = bandPx(w, band);
  const tc = (t0 + t1) / 2;
  const green = "#6f9a5b";
  const greenDark = "#3f6a3c";
  let out = "";
  const flower = (size: number) => {
    switch (p.pattern) {
      case "chrysanthemum":
        return M.chrysanthemum("#b06a1e", pick(rng, ["#f2c14e", "#f0a64a", "#f7d774"]));
      case "plum":
        return M.plum(pick(rng, ["#f3b5c4", "#eea0b4"]), "#c9506e", "#f5d36b", 1.6);
      case "sprigs":
        return size > 0 ? M.plum(pick(rng, ["#f5c6d2", "#c9d9f2", "#f7e0a3"]), "#b85b77", "#e6b94a", 1.4) : "";
      default:
        return M.peony("#b8456a", pick(rng, ["#f4a7bb", "#f6b8c6", "#ef93ab"]), "#f2d36b");
    }
  };
  if (p.pattern === "sprigs") {
    const rows = Math.max(1, Math.round(h / 60));
    for (let r = 0; r < rows; r++) {
      const t = t0 + ((r + 0.5) / rows) * (t1 - t0);
      const cols = Math.max(5, Math.round((w.r(t) * TAU) / 75));
      for (const th of around(cols, vary.phase + (r % 2) * (Math.PI / cols))) {
        out += placeOn(w, th + 0.08, t + 0.03, Math.min(h, 60) * 0.5, M.greenLeaf(greenDark, green), -30);
        out += placeOn(w, th, t, Math.min(h / rows, 60) * 0.55, flower(1), rng() * 60);
      }
    }
    return out;
  }
  const branchTh = normAngle(vary.phase) * 0.2;
  const stem = (th0: number, th1: number) =>
    `<path d="${wrapCurve(w, (u) => [th0 + (th1 - th0) * u, t1 - (t1 - t0) * (0.1 + u * 0.6) + Math.sin(u * 5) * 0.03], 30)}" fill="none" stroke="#6b4a2e" stroke-width="${n(Math.max(2, h / 60))}" stroke-linecap="round"/>`;
  out += stem(branchTh - 1.1, branchTh + 0.7);
  out += stem(branchTh + 2.2, branchTh + 3.4);
  const blooms: Array<[number, number, number]> = [
    [branchTh - 0.2, tc - (t1 - t0) * 0.05, 0.8],
    [branchTh + 0.55, tc - (t1 - t0) * 0.2, 0.55],
    [branchTh - 0.75, tc + (t1 - t0) * 0.15, 0.5],
    [branchTh + 2.8, tc, 0.55],
  ];
  for (const [th, t, s] of blooms) {
    out += placeOn(w, th + 0.22, t + 0.06, h * s * 0.7, M.greenLeaf(greenDark, green), 20);
    out += placeOn(w, th - 0.2, t + 0.07, h * s * 0.6, M.greenLeaf(greenDark, mix(green, "#a9c77a", 0.4)), 160);
    out += placeOn(w, th, t, h * s, flower(1), rng() * 40);
  }
  if (p.pattern === "peony") out += placeOn(w, branchTh + 1.1, t0 + (t1 - t0) * 0.22, h * 0.2, M.butterfly("#8a4a2a", "#f2c96b"), -15);
  if (p.pattern === "plum") out += placeOn(w, branchTh + 1.3, tc, h * 0.32, M.peach(), 10);
  return out;
}

function reliefRings(w: Wrap, band: [number, number], count: number, base: string): string {
  let out = "";
  for (let i = 0; i < count; i++) {
    const t = band[0] + ((i + 0.5) / count) * (band[1] - band[0]);
    out += ring(w, t, mix(base, "#6d7780", 0.35), 2.2, 0.7) + ring(w, t + 0.006, "#ffffff", 2, 0.9);
  }
  return out;
}

function ribs(w: Wrap, band: [number, number], count: number, phase: number, base: string, strength: number): string {
  let out = "";
  const step = TAU / Math.max(12, count);
  for (let th = normAngle(phase) - Math.PI; th < Math.PI; th += step) {
    if (Math.abs(th) > HALF - 0.02) continue;
    out += `<path d="${wrapCurve(w, (u) => [th, band[0] + (band[1] - band[0]) * u], 14)}" fill="none" stroke="${mix(base, "#1c2a24", 0.5)}" stroke-opacity="${strength}" stroke-width="2.2"/>`;
    out += `<path d="${wrapCurve(w, (u) => [th - 0.035, band[0] + (band[1] - band[0]) * u], 14)}" fill="none" stroke="#ffffff" stroke-opacity="${strength * 1.4}" stroke-width="1.8"/>`;
  }
  return out;
}

function carvedPetals(p: Paint, w: Wrap, band: [number, number], count: number): string {
  const { look } = p;
  const h = bandPx(w, band);
  let out = "";
  const dark = mix(look.base, "#1f3a2a", 0.45);
  for (const th of around(count, p.vary.phase * 0.5)) {
    const petal = `<path d="M-30 0V-50Q-30 -86 0 -100Q30 -86 30 -50V0" fill="${mix(look.base, "#ffffff", 0.12)}" stroke="${dark}" stroke-opacity=".55" stroke-width="3"/><path d="M-24 -6V-50Q-24 -80 0 -92" fill="none" stroke="#fff" stroke-opacity=".5" stroke-width="2.5"/>`;
    out += placeOn(w, th, band[1], h * 0.98, petal);
  }
  return out;
}

// ───────────────────────────── decoration on discs (plates, top views) ─────────────────────────────

/** What a glaze paints on a round face of radius R centred on the origin. */
function decorateDisc(p: Paint, R: number, options: { well?: number; minor?: boolean; medallion?: boolean } = {}): string {
  const { look, rng, vary } = p;
  const ink = look.paint;
  const wash = look.wash;
  const well = options.well ?? 0.6;
  const rot = (vary.phase * 180) / Math.PI;
  const box: Box = { x: -R, y: -R, w: 2 * R, h: 2 * R };
  const circle = (r: number, color: string, width: number, opacity = 1) =>
    `<circle r="${n(r)}" fill="none" stroke="${color}" stroke-width="${n(width)}"${opacity < 1 ? ` stroke-opacity="${opacity}"` : ""}/>`;
  const sw = Math.max(1.5, R / 90);
  let out = "";
  switch (p.glaze) {
    case "qinghua": {
      out += circle(R * 0.955, ink, sw * 1.3) + circle(R * 0.93, ink, sw * 0.6);
      if (options.minor) break;
      out += circle(R * well, ink, sw) + circle(R * well - sw * 2.2, ink, sw * 0.6);
      const medallion = R * well * 0.86;
      if (options.medallion !== false) out += `<g transform="rotate(${n(rot)})">${qinghuaMedallion(p, medallion, sw)}</g>`;
      out += qinghuaBorder(p, R * 0.93, R * well + sw * 2, sw, rot);
      break;
    }
    case "linglong": {
      out += circle(R * 0.955, ink, sw * 1.2);
      const r0 = R * Math.max(0.45, well);
      const r1 = R * 0.9;
      out += circle(r0, ink, sw) + circle(r1, ink, sw);
      const count = Math.round((TAU * ((r0 + r1) / 2)) / 26);
      for (let i = 0; i < count; i++) {
        const a = (i / count) * 360 + rot;
        out += `<g transform="rotate(${n(a)}) translate(0 ${n(-(r0 + r1) / 2)}) scale(${n3(Math.min(1.6, (r1 - r0) / 30))})">${sharedMotif(M.grain())}</g>`;
      }
      if (!options.minor && options.medallion !== false) out += `<g transform="scale(${n3(r0 / 70)})">${sharedMotif(M.lotusTop(ink, wash, 2))}</g>`;
      break;
    }
    case "famille-rose": {
      out += circle(R * 0.965, "#c9a14c", sw * 2.2) + circle(R * 0.9, "#c9a14c", sw * 0.6);
      if (options.minor) break;
      const s = (R * well) / 100;
      if (options.medallion === false) {
        const sprigs = 10;
        for (let i = 0; i < sprigs; i++) {
          const a = (i / sprigs) * 360 + rot;
          out += `<g transform="rotate(${n(a)}) translate(0 ${n(-(R * (well + 0.9)) / 2)}) scale(${n3((R * 0.2) / 100)})">${p.pattern === "chrysanthemum" ? M.chrysanthemum("#b06a1e", "#f2c14e") : M.peony("#b8456a", i % 2 ? "#f4a7bb" : "#f6c2cf", "#f2d36b")}</g>`;
        }
        break;
      }
      const green = "#6f9a5b";
      const dark = "#3f6a3c";
      let g = `<path d="M-80 60Q-20 20 10 -30Q30 -60 70 -70" fill="none" stroke="#6b4a2e" stroke-width="4" stroke-linecap="round"/>`;
      const bloom =
        p.pattern === "chrysanthemum"
          ? M.chrysanthemum("#b06a1e", "#f2c14e")
          : p.pattern === "plum"
            ? M.plum("#f3b5c4", "#c9506e", "#f5d36b", 1.6)
            : p.pattern === "sprigs"
              ? M.plum("#c9d9f2", "#5d7bb5", "#e6b94a", 1.4)
              : M.peony("#b8456a", "#f4a7bb", "#f2d36b");
      g += `<g transform="translate(38 -10) rotate(30) scale(.8)">${sharedMotif(M.greenLeaf(dark, green))}</g><g transform="translate(-40 30) rotate(-150) scale(.7)">${sharedMotif(M.greenLeaf(dark, green))}</g>`;
      g += `<g transform="translate(0 0) scale(1.1)">${bloom}</g><g transform="translate(52 -52) scale(.6)">${bloom}</g><g transform="translate(-58 44) scale(.5)">${bloom}</g>`;
      out += `<g transform="rotate(${n(rot * 0.2)}) scale(${n3(s)})">${g}</g>`;
      const sprigs = 8;
      for (let i = 0; i < sprigs; i++) {
        const a = (i / sprigs) * 360 + rot;
        out += `<g transform="rotate(${n(a)}) translate(0 ${n(-(R * (well + 0.9)) / 2)}) scale(${n3((R * 0.16) / 100)})">${sharedMotif(M.plum(i % 2 ? "#f5c6d2" : "#c9d9f2", "#b85b77", "#e6b94a", 2))}</g>`;
      }
      break;
    }
    case "white": {
      if (p.pattern === "gold-rim") out += circle(R * 0.975, "#c9a14c", sw * 2.4) + circle(R * 0.9, "#c9a14c", sw * 0.7);
      if (p.pattern === "blue-line") out += circle(R * 0.95, "#2d4f9e", sw * 1.5) + circle(R * well, "#2d4f9e", sw) + circle(R * well - sw * 2.5, "#2d4f9e", sw * 0.5);
      if (p.pattern === "relief-rings") for (let i = 0; i < 4; i++) out += circle(R * (0.72 + i * 0.06), mix(look.base, "#6d7780", 0.3), 2, 0.7) + circle(R * (0.72 + i * 0.06) + 2, "#fff", 2);
      if (p.pattern === "ribbed") out += radialRibs(R * well, R * 0.95, 48, look.base, 0.18);
      break;
    }
    case "celadon": {
      if (p.pattern === "lotus-petals") out += `<g transform="rotate(${n(rot)}) scale(${n3((R * well) / 60)})">${sharedMotif(M.lotusTop(mix(look.base, "#1f3a2a", 0.45), mix(look.base, "#ffffff", 0.25), 1.8))}</g>`;
      if (p.pattern === "ribbed") out += radialRibs(R * well, R * 0.96, 40, look.base, 0.3);
      if (p.pattern === "crackle") out += crackle(p, box, mix(look.base, "#27402f", 0.5), Math.round(R / 3.5), 1.1, 0.35);
      break;
    }
    case "ru": {
      if (p.pattern !== "plain") {
        const count = p.pattern === "fine-crackle" ? Math.round(R / 1.5) : Math.round(R / 3.5);
        out += crackle(p, box, mix(look.base, "#2f4040", 0.45), count, p.pattern === "fine-crackle" ? 0.8 : 1.3, 0.45);
        out += crackle(p, box, "#c89a5a", Math.round(count / 5), 1.1, 0.35);
      }
      break;
    }
    case "tenmoku": {
      if (p.pattern === "hares-fur") {
        for (let i = 0; i < 160; i++) {
          const a = rng() * TAU;
          const r0 = R * (0.15 + rng() * 0.3);
          const r1 = R * (0.7 + rng() * 0.3);
          out += `<path d="M${n(Math.cos(a) * r0)} ${n(Math.sin(a) * r0)}L${n(Math.cos(a + 0.03) * r1)} ${n(Math.sin(a + 0.03) * r1)}" stroke="${pick(rng, ["#c0803f", "#9a5a2a", "#d8a25e", "#6e3d1e"])}" stroke-width="${n(0.8 + rng() * 1.6)}" stroke-opacity="${n(0.3 + rng() * 0.4)}"/>`;
        }
      } else if (p.pattern === "oil-spot") {
        const spot = p.s.radialBox([[0, "#e8e2d6"], [0.5, "#b9b0a0", 0.9], [1, "#8a7d6b", 0]]);
        for (let i = 0; i < 150; i++) {
          const a = rng() * TAU;
          const r = Math.sqrt(rng()) * R * 0.9;
          out += `<circle cx="${n(Math.cos(a) * r)}" cy="${n(Math.sin(a) * r)}" r="${n(2 + rng() * 4)}" fill="${spot}"/>`;
        }
      } else if (p.pattern === "tortoiseshell") {
        const blur = p.s.blur(Math.max(3, R / 30));
        out += `<g filter="${blur}">`;
        for (let i = 0; i < 22; i++) {
          const a = rng() * TAU;
          const r = Math.sqrt(rng()) * R * 0.85;
          out += `<circle cx="${n(Math.cos(a) * r)}" cy="${n(Math.sin(a) * r)}" r="${n((R / 9) * (0.5 + rng()))}" fill="${pick(rng, ["#b9782e", "#d49a4a", "#8a4f22"])}" fill-opacity=".7"/>`;
        }
        out += "</g>";
      }
      const blur = p.s.blur(Math.max(2, R / 50));
      out += `<g filter="${blur}">${circle(R * 0.96, "#8a5229", R * (p.pattern === "rust-rim" ? 0.07 : 0.04), 0.85)}</g>`;
      break;
    }
    case "flambe": {
      const palette = FLAMBE_PALETTES[p.pattern] ?? FLAMBE_PALETTES.sunset!;
      const blur = p.s.blur(Math.max(4, R / 18));
      out += `<g filter="${blur}">`;
      for (let i = 0; i < 16; i++) {
        const a = rng() * TAU;
        out += `<path d="M0 0L${n(Math.cos(a) * R)} ${n(Math.sin(a) * R)}" stroke="${pick(rng, palette)}" stroke-width="${n(R / 8 + rng() * (R / 6))}" stroke-opacity="${n(0.3 + rng() * 0.4)}"/>`;
      }
      out += `</g>${grainLayer(p, box, "#ffffff", 0.1, "0.03")}`;
      out += `<g filter="${p.s.blur(Math.max(2, R / 60))}">${circle(R * 0.97, look.lip ?? "#eee", R * 0.03, 0.7)}</g>`;
      break;
    }
    case "matte": {
      if (p.pattern === "ash-drip") out += `<g filter="${p.s.blur(R / 25)}">${circle(R * 0.9, "#7f8f68", R * 0.18, 0.85)}</g>`;
      if (p.pattern === "two-tone") out += `<circle r="${n(R)}" fill="#3b3430"/>`;
      if (p.pattern === "brushed") {
        let g = `<g filter="${p.s.blur(1.2)}" fill="none" stroke="#f4efe6" stroke-linecap="round">`;
        for (let i = 0; i < 6; i++) g += `<circle r="${n(R * (0.3 + i * 0.11))}" stroke-width="${n(R / 25 + rng() * 5)}" stroke-opacity="${n(0.25 + rng() * 0.3)}" stroke-dasharray="${n(R * (1 + rng() * 2))} ${n(R * 0.4)}"/>`;
        out += `${g}</g>`;
      }
      out += speckle(p, box, look.paint, Math.round((R * R) / 250), 2.2, 0.55) + grainLayer(p, box, "#5a4a3a", 0.16);
      break;
    }
    case "cobalt": {
      if (p.pattern === "gold-band") out += circle(R * 0.965, "#caa34f", sw * 2.4) + circle(R * 0.88, "#caa34f", sw) + circle(R * 0.85, "#caa34f", sw * 0.6);
      if (p.pattern === "white-flowers") {
        for (let ring = 0; ring < 2; ring++) {
          const rr = R * (0.45 + ring * 0.33);
          const count = Math.round((TAU * rr) / 70);
          for (let i = 0; i < count; i++) {
            const a = (i / count) * 360 + rot + ring * 11;
            out += `<g transform="rotate(${n(a)}) translate(0 ${n(-rr)}) scale(${n3(R / 320)})">${sharedMotif(M.plum("#f6f7fb", "#dfe6f5", "#caa34f", 1.5))}</g>`;
          }
        }
        out += `<g transform="scale(${n3(R / 220)})">${sharedMotif(M.plum("#f6f7fb", "#dfe6f5", "#caa34f", 1.5))}</g>`;
      }
      if (p.pattern === "ribbed") out += radialRibs(R * 0.4, R * 0.96, 40, look.base, 0.35);
      break;
    }
  }
  return out;
}

function qinghuaMedallion(p: Paint, r: number, sw: number): string {
  const { look, rng } = p;
  const ink = look.paint;
  const wash = look.wash;
  const s = r / 100;
  switch (p.pattern) {
    case "lotus-scroll":
      return `<g transform="scale(${n3(s * 1.5)})">${sharedMotif(M.lotusTop(ink, wash, 2.2))}</g>` + `<circle r="${n(r * 0.8)}" fill="none" stroke="${ink}" stroke-width="${n(sw * 0.6)}" stroke-dasharray="${n(sw * 2)} ${n(sw * 3)}"/>`;
    case "waves": {
      let out = "";
      const clip = p.s.clip(`M${n(-r)} 0A${n(r)} ${n(r)} 0 1 0 ${n(r)} 0A${n(r)} ${n(r)} 0 1 0 ${n(-r)} 0Z`);
      let g = "";
      const size = r / 2.4;
      const rows = Math.ceil((2.2 * r) / (size * 0.22));
      const cols = Math.ceil((2.2 * r) / (size * 0.84)) + 1;
      for (let row = 0; row <= rows; row++) {
        const y = -r * 1.1 + row * size * 0.22;
        for (let col = -Math.ceil(cols / 2); col <= Math.ceil(cols / 2); col++) {
          g += `<g transform="translate(${n(col * size * 0.84 + (row % 2 ? size * 0.42 : 0))} ${n(y)}) scale(${n3(size / 100)})">${sharedMotif(M.scale(ink, look.base, 3.5))}</g>`;
        }
      }
      out += `<g clip-path="${clip}">${g}</g>`;
      return out;
    }
    case "plum": {
      let g = `<path d="M-90 70Q-40 40 -10 -10Q10 -50 60 -70M-10 -10Q30 0 70 10M-40 36Q-60 0 -52 -40" fill="none" stroke="${ink}" stroke-width="7" stroke-linecap="round"/>`;
      const spots: Pt[] = [[-14, -14], [52, -66], [68, 12], [-50, -38], [22, -40], [-70, 54], [36, 2]];
      for (const [x, y] of spots) g += `<g transform="translate(${x} ${y}) scale(${n3(0.4 + rng() * 0.25)}) rotate(${n(rng() * 70)})">${sharedMotif(M.plum(rng() > 0.4 ? look.base : wash, ink, ink, 3, rng() > 0.4 ? 1 : 0.45))}</g>`;
      return `<g transform="scale(${n3(s)})">${g}</g>`;
    }
    case "fish":
      return `<g transform="scale(${n3(s)})"><g transform="translate(0 -34) scale(1.05)">${sharedMotif(M.fish(ink, wash, 2.6))}</g><g transform="translate(0 34) scale(-1.05 1.05)">${sharedMotif(M.fish(ink, wash, 2.6))}</g><path d="M-70 0q10 -10 20 0t20 0t20 0t20 0t20 0t20 0t20 0" fill="none" stroke="${wash}" stroke-width="3"/></g>`;
    case "clouds":
      return `<g transform="scale(${n3(s)})"><g transform="translate(0 -8) scale(1.4)">${sharedMotif(M.cloud(ink, wash, 2))}</g><g transform="translate(-36 44) scale(.8)">${sharedMotif(M.cloud(ink, wash, 2.6))}</g><g transform="translate(40 46) scale(-.8 .8)">${sharedMotif(M.cloud(ink, wash, 2.6))}</g></g>`;
    case "bamboo": {
      let g = "";
      for (let i = 0; i < 3; i++) {
        const x = -40 + i * 34;
        g += `<path d="M${x} 90L${x + 6} -90" stroke="${wash}" stroke-width="10"/>`;
        for (let k = -2; k <= 2; k++) g += `<path d="M${x - 6 + k} ${k * 36}h14" stroke="${ink}" stroke-width="3"/>`;
      }
      for (let k = 0; k < 8; k++) g += `<g transform="translate(${-30 + (k % 3) * 30} ${-60 + k * 14}) rotate(${60 + k * 30}) scale(.6)">${sharedMotif(M.bambooLeaf(ink, wash, 2.5))}</g>`;
      return `<g transform="scale(${n3(s)})">${g}</g>`;
    }
    default: {
      let g = "";
      for (let ring = 0; ring < 3; ring++) {
        const rr = 22 + ring * 28;
        const count = ring === 0 ? 6 : 8 + ring * 6;
        for (let i = 0; i < count; i++) g += `<g transform="rotate(${n((i / count) * 360 + ring * 7)}) translate(0 ${-rr}) scale(.55)">${sharedMotif(M.floret(ink, 3))}</g>`;
      }
      g += `<g transform="scale(.7)">${sharedMotif(M.floret(ink, 3))}</g>`;
      return `<g transform="scale(${n3(s)})">${g}</g>`;
    }
  }
}

function qinghuaBorder(p: Paint, outer: number, inner: number, sw: number, rot: number): string {
  const { look } = p;
  const ink = look.paint;
  const wash = look.wash;
  const mid = (outer + inner) / 2;
  const width = outer - inner;
  if (width < 12) return "";
  let out = "";
  switch (p.pattern) {
    case "lotus-scroll": {
      const waves = Math.max(5, Math.round((TAU * mid) / (width * 2.4)));
      const amp = width * 0.22;
      const pts: Pt[] = [];
      for (let i = 0; i <= 240; i++) {
        const a = (i / 240) * TAU;
        const r = mid + amp * Math.sin(waves * a);
        pts.push([Math.cos(a) * r, Math.sin(a) * r]);
      }
      out += `<path d="${poly(pts, true)}" fill="none" stroke="${ink}" stroke-width="${n(sw)}"/>`;
      for (let j = 0; j < waves * 2; j++) {
        const a = ((HALF + Math.PI * j) / waves) * (180 / Math.PI);
        const r = mid + (j % 2 === 0 ? -1 : 1) * amp * 0.35;
        out += `<g transform="rotate(${n(a + 90)}) translate(0 ${n(-r)}) scale(${n3((width * 0.5) / 100)})">${j % 2 ? M.leaf(ink, wash, 3.5) : M.lotus(ink, wash, 3.5)}</g>`;
      }
      break;
    }
    case "waves": {
      const count = Math.round((TAU * mid) / (width * 0.7));
      for (let i = 0; i < count; i++) out += `<g transform="rotate(${n((i / count) * 360 + rot)}) translate(0 ${n(-inner - width * 0.15)}) scale(${n3((width * 0.75) / 100)})">${sharedMotif(M.scale(ink, look.base, 3.5))}</g>`;
      break;
    }
    case "clouds": {
      const count = Math.round((TAU * mid) / (width * 1.4));
      for (let i = 0; i < count; i++) out += `<g transform="rotate(${n((i / count) * 360 + rot)}) translate(0 ${n(-mid)}) scale(${n3((width * 0.85) / 100)})">${sharedMotif(M.cloud(ink, wash, 3))}</g>`;
      break;
    }
    case "floral-dots": {
      const count = Math.round((TAU * mid) / (width * 0.9));
      for (let i = 0; i < count; i++) out += `<g transform="rotate(${n((i / count) * 360 + rot)}) translate(0 ${n(-mid)}) scale(${n3((width * 0.45) / 100)})">${sharedMotif(M.floret(ink, 3))}</g>`;
      break;
    }
    case "fish":
    case "bamboo":
    case "plum": {
      const count = Math.round((TAU * mid) / (width * 0.8));
      for (let i = 0; i < count; i++) out += `<g transform="rotate(${n((i / count) * 360 + rot)}) translate(0 ${n(-mid)}) scale(${n3((width * 0.3) / 100)})"><circle r="40" fill="none" stroke="${ink}" stroke-width="8"/><circle r="12" fill="${wash}"/></g>`;
      break;
    }
  }
  return out;
}

function radialRibs(r0: number, r1: number, count: number, base: string, strength: number): string {
  let d = "";
  let light = "";
  for (let i = 0; i < count; i++) {
    const a = (i / count) * TAU;
    d += `M${n(Math.cos(a) * r0)} ${n(Math.sin(a) * r0)}L${n(Math.cos(a) * r1)} ${n(Math.sin(a) * r1)}`;
    light += `M${n(Math.cos(a + 0.02) * r0)} ${n(Math.sin(a + 0.02) * r0)}L${n(Math.cos(a + 0.02) * r1)} ${n(Math.sin(a + 0.02) * r1)}`;
  }
  return `<path d="${d}" stroke="${mix(base, "#1c2a24", 0.5)}" stroke-opacity="${strength}" stroke-width="2"/><path d="${light}" stroke="#fff" stroke-opacity="${strength * 1.5}" stroke-width="1.6"/>`;
}

// ───────────────────────────── drawing a vessel (front view) ─────────────────────────────

interface Drawn {
  svg: string;
  /** Where the detail view looks. */
  focus: Pt;
  zoom: number;
}

function drawVessel(p: Paint, spec: VesselSpec, options: { minor?: boolean; interiorDeco?: boolean } = {}): { svg: string; wrap: Wrap } {
  const { s, look } = p;
  const w = makeWrap(spec);
  const { outline, area } = silhouette(w);
  const areaId = s.shape(area);
  const clip = s.clipUse(areaId);
  const box = w.box;
  const dark = look.dark;

  // Light and shade from the slope of the wall: faces turned up are lit, faces turned down are shaded.
  const slopeStops: Stop[] = [];
  for (let i = 0; i <= 20; i++) {
    const t = i / 20;
    const dr = (w.r(Math.min(1, t + 0.01)) - w.r(Math.max(0, t - 0.01))) / (0.02 * spec.height);
    const up = dr / Math.sqrt(1 + dr * dr);
    slopeStops.push(up >= 0 ? [t, "#ffffff", Math.min(0.3, up * (dark ? 0.3 : 0.22))] : [t, "#1d1a17", Math.min(0.4, -up * (dark ? 0.25 : 0.3))]);
  }
  const slope = s.linear(slopeStops, 0, w.y(0), 0, w.y(1));
  // Light ware takes a cool grey shade, as porcelain does under a north window.
  const shadeInk = dark ? "#1d1a17" : "#2c3440";
  const side = s.linear(
    [
      [0, "#1d1a17", dark ? 0.3 : 0.2],
      [0.1, "#1d1a17", dark ? 0.1 : 0.06],
      [0.3, "#ffffff", dark ? 0.08 : 0.1],
      [0.5, "#ffffff", 0],
      [0.72, shadeInk, dark ? 0.14 : 0.12],
      [0.93, shadeInk, dark ? 0.34 : 0.32],
      [1, shadeInk, dark ? 0.2 : 0.2],
    ],
    box.x,
    0,
    box.x + box.w,
    0,
  );
  let body = `<use href="#${areaId}" fill="${bodyFill(p, box)}"/>`;
  body += `<g clip-path="${clip}">`;
  if (!spec.plain) body += decorateWrap(p, w, spec.zones, options.minor);
  body += `<rect x="${n(box.x)}" y="${n(box.y - 40)}" width="${n(box.w)}" height="${n(box.h + 80)}" fill="${slope}"/>`;
  body += `<rect x="${n(box.x)}" y="${n(box.y - 40)}" width="${n(box.w)}" height="${n(box.h + 80)}" fill="${side}"/>`;
  // Unglazed foot ring.
  if (spec.footT < 1) {
    const region = bandRegion(w, spec.footT, 1.2);
    const foot = s.linear([[0, mix(look.foot, "#ffffff", 0.15)], [0.3, look.foot], [1, mix(look.foot, "#3a3028", 0.35)]], box.x, 0, box.x + box.w, 0);
    body += `<path d="${region}" fill="${foot}"/>` + ring(w, spec.footT, "#000", 1.2, 0.12);
  }
  body += highlights(p, w, spec);
  body += `</g>`;
  body += `<path d="${outline}" fill="none" stroke="#2a2520" stroke-opacity="${dark ? 0.35 : 0.12}" stroke-width="1.2"/>`;

  // The top: interior, mouth, flat face or cap.
  let top = "";
  const r0 = w.r(0);
  const y0 = w.y(0);
  const k = w.k;
  if (spec.kind === "open" || spec.kind === "face") {
    const wall = spec.wall ?? Math.max(3, r0 * 0.028);
    const ri = r0 - wall;
    top += `<ellipse cx="${n(w.cx)}" cy="${n(y0)}" rx="${n(r0)}" ry="${n(r0 * k)}" fill="${look.lip ?? mix(look.base, "#ffffff", 0.25)}"/>`;
    const innerClip = s.clip(`M${n(w.cx - ri)} ${n(y0)}a${n(ri)} ${n(ri * k)} 0 1 0 ${n(ri * 2)} 0a${n(ri)} ${n(ri * k)} 0 1 0 ${n(-ri * 2)} 0Z`);
    if (spec.kind === "open") {
      const interior = look.fill && p.glaze === "flambe" ? bodyFill(p, { x: w.cx - ri, y: y0 - ri * k, w: ri * 2, h: ri * k * 2 }, true) : look.interior;
      const vertical = s.linear([[0, "#ffffff", 0.22], [0.5, "#ffffff", 0], [0.8, "#1d1a17", 0.1], [1, "#1d1a17", 0.22]], 0, y0 - ri * k, 0, y0 + ri * k);
      const across = s.linear([[0, "#1d1a17", 0.2], [0.35, "#1d1a17", 0.04], [0.75, "#ffffff", 0.12], [1, "#1d1a17", 0.05]], w.cx - ri, 0, w.cx + ri, 0);
      top += `<g clip-path="${innerClip}"><rect x="${n(w.cx - ri)}" y="${n(y0 - ri * k)}" width="${n(ri * 2)}" height="${n(ri * k * 2)}" fill="${interior}"/>`;
      top += interiorDecoration(p, w, ri, options.interiorDeco !== false);
      top += `<rect x="${n(w.cx - ri)}" y="${n(y0 - ri * k)}" width="${n(ri * 2)}" height="${n(ri * k * 2)}" fill="${vertical}"/>`;
      top += `<rect x="${n(w.cx - ri)}" y="${n(y0 - ri * k)}" width="${n(ri * 2)}" height="${n(ri * k * 2)}" fill="${across}"/>`;
      if (look.gloss > 0.5) {
        const spot = s.radial([[0, "#ffffff", 0.55 * look.gloss], [1, "#ffffff", 0]], 0, 0, 1);
        top += `<ellipse cx="0" cy="0" rx="1" ry="1" fill="${spot}" transform="translate(${n(w.cx + ri * 0.5)} ${n(y0 - ri * k * 0.15)}) rotate(-8) scale(${n3(ri * 0.22)} ${n(ri * k * 0.5)})"/>`;
      }
      top += `</g>`;
    } else {
      // A flat face (plates, dishes): the glaze's disc decoration in perspective.
      const face = look.fill ? bodyFill(p, { x: -ri, y: -ri, w: ri * 2, h: ri * 2 }, true) : look.base;
      const tilt = `translate(${n(w.cx)} ${n(y0)}) scale(1 ${n(k)})`;
      const well = 0.62;
      const wellShade = s.radial([[0, "#ffffff", 0], [0.93, "#ffffff", 0], [0.97, "#1d1a17", 0.07], [1, "#ffffff", 0.25]], 0, 0, ri * well);
      const faceLight = s.linear([[0, "#ffffff", 0.2], [0.5, "#ffffff", 0], [1, "#1d1a17", 0.12]], -ri, -ri, ri, ri);
      top += `<g clip-path="${innerClip}"><g transform="${tilt}"><circle r="${n(ri)}" fill="${face}"/>${decorateDisc(p, ri, { well, minor: options.minor })}`;
      top += `<circle r="${n(ri * well)}" fill="${wellShade}"/><circle r="${n(ri)}" fill="${faceLight}"/>`;
      const rimShade = s.radial([[0, "#1d1a17", 0], [0.8, "#1d1a17", 0], [0.9, "#1d1a17", 0.06], [1, "#1d1a17", 0.12]], -ri * 0.05, -ri * 0.1, ri);
      top += `<circle r="${n(ri)}" fill="${rimShade}"/>`;
      if (look.gloss > 0.3) {
        const glare = s.radial([[0, "#ffffff", 0.7 * look.gloss], [0.5, "#ffffff", 0.2 * look.gloss], [1, "#ffffff", 0]], 0, 0, 1);
        top += `<ellipse rx="1" ry="1" fill="${glare}" transform="translate(${n(-ri * 0.42)} ${n(-ri * 0.55)}) rotate(-35) scale(${n3(ri * 0.42)} ${n(ri * 0.12)})"/>`;
        top += `<ellipse rx="1" ry="1" fill="${glare}" transform="translate(${n(ri * 0.55)} ${n(ri * 0.52)}) rotate(-35) scale(${n3(ri * 0.22)} ${n(ri * 0.06)})" opacity=".6"/>`;
      }
      top += `</g></g>`;
    }
    // The lip: a bright line along the near edge, a softer one along the far inner edge.
    top += `<path d="M${n(w.cx - r0)} ${n(y0)}A${n(r0)} ${n(r0 * k)} 0 0 0 ${n(w.cx + r0)} ${n(y0)}" fill="none" stroke="#ffffff" stroke-opacity="${dark ? 0.45 : 0.85}" stroke-width="${n(Math.max(1.5, wall * 0.5))}"/>`;
    top += `<path d="M${n(w.cx - ri)} ${n(y0)}A${n(ri)} ${n(ri * k)} 0 0 1 ${n(w.cx + ri)} ${n(y0)}" fill="none" stroke="#1d1a17" stroke-opacity=".12" stroke-width="1.5"/>`;
  } else if (spec.kind === "mouth") {
    const ri = r0 * 0.8;
    const hole = s.linear([[0, "#1c1a18"], [0.6, "#34302c"], [1, "#4b4540"]], 0, y0 - ri * k, 0, y0 + ri * k);
    top += `<ellipse cx="${n(w.cx)}" cy="${n(y0)}" rx="${n(r0)}" ry="${n(r0 * k)}" fill="${look.lip && p.glaze !== "famille-rose" ? look.lip : mix(look.base, "#ffffff", 0.2)}"/>`;
    top += `<ellipse cx="${n(w.cx)}" cy="${n(y0 + r0 * k * 0.08)}" rx="${n(ri)}" ry="${n(ri * k)}" fill="${hole}"/>`;
    top += `<path d="M${n(w.cx - r0)} ${n(y0)}A${n(r0)} ${n(r0 * k)} 0 0 0 ${n(w.cx + r0)} ${n(y0)}" fill="none" stroke="#fff" stroke-opacity=".7" stroke-width="2"/>`;
  } else {
    const cap = s.linear([[0, mix(look.base, "#ffffff", 0.3)], [1, look.base]], w.cx - r0, y0, w.cx + r0, y0);
    top += `<ellipse cx="${n(w.cx)}" cy="${n(y0)}" rx="${n(r0)}" ry="${n(r0 * k)}" fill="${cap}"/>`;
  }
  return { svg: body + top, wrap: w };
}

function interiorDecoration(p: Paint, w: Wrap, ri: number, decorate: boolean): string {
  const { look } = p;
  const y0 = w.y(0);
  const k = w.k;
  const backArc = (depth: number, color: string, width: number, opacity = 1) => {
    const r = w.r(depth) * (ri / w.r(0));
    const y = w.y(depth);
    return `<path d="M${n(w.cx - r)} ${n(y)}A${n(r)} ${n(r * k)} 0 0 1 ${n(w.cx + r)} ${n(y)}" fill="none" stroke="${color}" stroke-width="${n(width)}" stroke-opacity="${opacity}"/>`;
  };
  const box: Box = { x: w.cx - ri, y: y0 - ri * k, w: ri * 2, h: ri * k * 2 };
  const sw = Math.max(1.4, w.height / 140);
  if (!decorate) return "";
  switch (p.glaze) {
    case "qinghua":
    case "linglong":
      return backArc(0.035, look.paint, sw * 1.1) + backArc(0.055, look.paint, sw * 0.6);
    case "famille-rose":
      return backArc(0.02, "#c9a14c", sw);
    case "ru":
    case "celadon":
      return p.pattern.includes("crackle") ? crackle(p, box, mix(look.base, "#2f4040", 0.45), Math.round(ri / 4), 1, 0.35) : "";
    case "tenmoku": {
      let out = "";
      if (p.pattern === "hares-fur") {
        let d = "";
        for (let i = 0; i < 40; i++) {
          const x = w.cx - ri + p.rng() * ri * 2;
          d += `M${n(x)} ${n(y0 - ri * k)}L${n(x + (x - w.cx) * 0.08)} ${n(y0 + ri * k)}`;
        }
        out += `<path d="${d}" stroke="#9a5a2a" stroke-width="1.4" stroke-opacity=".45"/>`;
      }
      return out + backArc(0.015, "#8a5229", sw * 4, 0.7);
    }
    case "matte":
      return speckle(p, box, look.paint, Math.round(ri / 2), 2, 0.45);
    case "cobalt":
      return p.pattern === "gold-band" ? backArc(0.03, "#caa34f", sw) : "";
    default:
      return "";
  }
}

function highlights(p: Paint, w: Wrap, spec: VesselSpec): string {
  const { s, look } = p;
  const g = look.gloss;
  if (g <= 0.05) return "";
  // Find where the wall stands most upright: the highlight runs along there.
  const t0 = spec.kind === "open" || spec.kind === "face" ? 0.06 : 0.08;
  const t1 = Math.min(spec.footT - 0.05, 0.92);
  const streak = (center: number, halfWidth: number, opacity: number, from: number, to: number) => {
    const left: Pt[] = [];
    const right: Pt[] = [];
    for (let i = 0; i <= 24; i++) {
      const u = i / 24;
      const t = from + (to - from) * u;
      const taper = Math.sin(Math.PI * u) ** 0.6;
      left.push(w.pt(center - halfWidth * taper, t));
      right.push(w.pt(center + halfWidth * taper, t));
    }
    const fill = s.linearBox([[0, "#ffffff", 0], [0.5, "#ffffff", opacity], [1, "#ffffff", 0]]);
    return `<path d="${poly([...left, ...right.reverse()], true)}" fill="${fill}"/>`;
  };
  let out = "";
  const strength = look.dark ? 1 : 0.5;
  out += streak(-0.62, 0.1 + (1 - g) * 0.15, 0.75 * g * strength, t0, t1);
  out += streak(-0.4, 0.04, 0.3 * g * strength, t0 + 0.05, t0 + (t1 - t0) * 0.55);
  out += streak(1.02, 0.07, 0.2 * g, t0 + 0.1, t1 - 0.1);
  if (g > 0.6) {
    // A small softbox reflection on the shoulder.
    const [x, y] = w.pt(-0.5, t0 + (t1 - t0) * 0.18);
    const soft = s.radial([[0, "#ffffff", 0.85 * g], [1, "#ffffff", 0]], 0, 0, 1);
    out += `<ellipse rx="1" ry="1" fill="${soft}" transform="translate(${n(x)} ${n(y)}) scale(${n3(w.box.w * 0.035)} ${n(w.box.h * 0.06)})"/>`;
  }
  return out;
}

// ───────────────────────────── shapes, front view ─────────────────────────────

type ShapeProfile = Array<[number, number]>;

function scaled(profile: ShapeProfile, sx: number): ShapeProfile {
  return profile.map(([t, r]) => [t, r * sx]);
}

function bowlSpec(p: Paint, cx: number, top: number, scale = 1): VesselSpec {
  const v = p.vary;
  const r0 = 250 * v.widen * scale;
  return {
    cx,
    top,
    height: 235 * v.heighten * scale,
    k: 0.36 * v.tilt,
    kind: "open",
    profile: scaled([[0, 1], [0.1, 0.985], [0.35, 0.92], [0.6, 0.77], [0.8, 0.58], [0.9, 0.45], [0.905, 0.39], [1, 0.38]], r0),
    zones: { rim: 0.035, main: [0.14, 0.6], base: [0.64, 0.84], foot: 0.87 },
    footT: 0.905,
  };
}

function cupSpec(p: Paint, cx: number, top: number, scale = 1): VesselSpec {
  const v = p.vary;
  const r0 = 185 * v.widen * scale;
  return {
    cx,
    top,
    height: 250 * v.heighten * scale,
    k: 0.32 * v.tilt,
    kind: "open",
    profile: scaled([[0, 1], [0.08, 0.96], [0.4, 0.84], [0.7, 0.68], [0.86, 0.52], [0.88, 0.43], [1, 0.44]], r0),
    zones: { rim: 0.04, main: [0.16, 0.7], foot: 0.83 },
    footT: 0.88,
  };
}

function mugSpec(p: Paint, cx: number, top: number): VesselSpec {
  const v = p.vary;
  const r0 = 162 * v.widen;
  return {
    cx,
    top,
    height: 330 * v.heighten,
    k: 0.25 * v.tilt,
    kind: "open",
    profile: scaled([[0, 1], [0.3, 1.02], [0.7, 1.02], [0.93, 0.98], [0.975, 0.93], [1, 0.9]], r0),
    zones: { rim: 0.03, main: [0.12, 0.86], foot: 0.92 },
    footT: 0.965,
  };
}

function handle(p: Paint, x: number, yTop: number, yBottom: number, reach: number, thickness: number): string {
  const { s, look } = p;
  const d = `M${n(x - 10)} ${n(yTop)}C${n(x + reach * 0.9)} ${n(yTop - thickness * 0.6)} ${n(x + reach * 1.15)} ${n(yBottom - (yBottom - yTop) * 0.1)} ${n(x - 6)} ${n(yBottom)}`;
  const shade = s.linear([[0, mix(look.base, "#ffffff", 0.2)], [0.6, look.base], [1, mix(look.base, "#1d1a17", 0.35)]], x, yTop, x + reach, yBottom);
  return (
    `<path d="${d}" fill="none" stroke="${mix(look.base, "#1d1a17", look.dark ? 0.45 : 0.2)}" stroke-width="${n(thickness + 3)}" stroke-linecap="round"/>` +
    `<path d="${d}" fill="none" stroke="${p.glaze === "flambe" ? look.wash : shade}" stroke-width="${n(thickness)}" stroke-linecap="round"/>` +
    `<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="${n(0.2 + 0.4 * look.gloss)}" stroke-width="${n(thickness * 0.18)}" stroke-linecap="round" transform="translate(${n(-thickness * 0.18)} ${n(-thickness * 0.2)})"/>`
  );
}

function plateSpec(p: Paint, cx: number, top: number, R: number, depth: number, k: number): VesselSpec {
  return {
    cx,
    top,
    height: depth,
    k,
    kind: "face",
    profile: [[0, R], [0.2, R * 0.998], [0.45, R * 0.95], [0.75, R * 0.78], [0.8, R * 0.62], [1, R * 0.6]],
    zones: { rim: 0.25 },
    footT: 0.8,
    wall: Math.max(4, R * 0.02),
    plain: true,
  };
}

function lidded(p: Paint, cx: number, top: number, r: number, k: number, height: number, knob: number): string {
  const spec: VesselSpec = {
    cx,
    top,
    height,
    k,
    kind: "cap",
    profile: [[0, knob * 0.8], [0.12, knob], [0.3, knob * 0.7], [0.42, knob * 1.1], [0.62, r * 0.7], [0.85, r * 0.97], [0.93, r], [1, r * 0.98]],
    zones: { main: [0.55, 0.85], rim: 0.9 },
    footT: 1,
  };
  return drawVessel(p, spec, { minor: true }).svg;
}

function drawFrontView(p: Paint, shape: ArtworkShape): Drawn {
  const v = p.vary;
  switch (shape) {
    case "bowl": {
      const spec = bowlSpec(p, 400, 300);
      const drawn = drawVessel(p, spec);
      const w = drawn.wrap;
      return { svg: groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.25, w.r(1) * w.k * 1.4) + drawn.svg, focus: w.pt(-0.25, 0.35), zoom: 2.2 };
    }
    case "cup": {
      const spec = cupSpec(p, 400, 290);
      const drawn = drawVessel(p, spec);
      const w = drawn.wrap;
      // A saucer under the cup on some variations.
      let saucer = "";
      if (v.count > 0.45) {
        const sp = plateSpec(p, 400, w.y(1) - 6, 240, 34, 0.32 * v.tilt);
        saucer = groundShadow(p, 400, w.y(1) + 30, 250, 80) + drawVessel(p, sp).svg;
      }
      return { svg: (saucer || groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.3, w.r(1) * w.k * 1.5)) + drawn.svg, focus: w.pt(-0.2, 0.4), zoom: 2.1 };
    }
    case "mug": {
      const spec = mugSpec(p, 380, 250);
      const w0 = makeWrap(spec);
      const hx = spec.cx + w0.r(0.2);
      const svgHandle = handle(p, hx, w0.y(0.2), w0.y(0.68), 118 * v.widen, 32);
      const drawn = drawVessel(p, spec);
      const w = drawn.wrap;
      return { svg: groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.3, w.r(1) * w.k * 1.4) + svgHandle + drawn.svg, focus: w.pt(-0.15, 0.45), zoom: 2.1 };
    }
    case "plate": {
      const R = 330 * v.widen;
      const spec = plateSpec(p, 400, 390, R, 46, 0.5 * v.tilt);
      const drawn = drawVessel(p, spec);
      return { svg: groundShadow(p, 412, 390 + 46 + R * 0.3, R * 0.75, R * 0.26, 0.9) + drawn.svg, focus: [400 - R * 0.25, 390 + R * 0.1], zoom: 2 };
    }
    case "dish": {
      const R = 250 * v.widen;
      const spec = plateSpec(p, 400, 390, R, 60, 0.55 * v.tilt);
      spec.profile = [[0, R], [0.15, R * 0.995], [0.4, R * 0.93], [0.75, R * 0.74], [0.8, R * 0.6], [1, R * 0.58]];
      const drawn = drawVessel(p, spec);
      return { svg: groundShadow(p, 410, 390 + 60 + R * 0.32, R * 0.72, R * 0.26, 0.9) + drawn.svg, focus: [400, 390], zoom: 1.9 };
    }
    case "teapot": {
      return teapot(p, 420, 330, 1);
    }
    case "tea-set": {
      let out = "";
      // A bamboo tray under the set.
      out += tray(p, 400, 560, 360, 120);
      const pot = teapot(p, 420, 330, 0.62, true);
      out += `<g transform="translate(${n(-90)} ${n(40)})">${pot.svg}</g>`;
      const cups = v.count > 0.5 ? 4 : 3;
      const positions: Pt[] = cups === 4 ? [[200, 520], [610, 470], [520, 600], [300, 630]] : [[210, 560], [600, 500], [420, 630]];
      positions.sort((a, b) => a[1] - b[1]);
      for (const [x, y] of positions) {
        const spec = cupSpec(p, x, y - 64, 0.36);
        const drawn = drawVessel(p, spec);
        out += groundShadow(p, x, drawn.wrap.y(1), drawn.wrap.r(1) * 1.4, drawn.wrap.r(1) * 0.5) + drawn.svg;
      }
      return { svg: out, focus: [480, 460], zoom: 1.8 };
    }
    case "dinnerware-set": {
      let out = "";
      const R = 230;
      const plates = v.count > 0.5 ? 4 : 3;
      const baseY = 520;
      out += groundShadow(p, 330, baseY + 40, R * 0.95, R * 0.3, 0.9);
      for (let i = 0; i < plates; i++) {
        const spec = plateSpec(p, 330, baseY - i * 24, R, 30, 0.34);
        // Only the top plate's face shows; the ones beneath need no painting.
        out += drawVessel(p, spec, { minor: i < plates - 1 }).svg;
      }
      const bowl = bowlSpec(p, 570, 470, 0.52);
      const drawnBowl = drawVessel(p, bowl);
      out += groundShadow(p, 570, drawnBowl.wrap.y(1), drawnBowl.wrap.r(1) * 1.3, drawnBowl.wrap.r(1) * 0.5);
      out += drawnBowl.svg;
      if (v.accent > 0.4) {
        const cup = cupSpec(p, 640, 600, 0.3);
        const drawnCup = drawVessel(p, cup);
        out += groundShadow(p, 640, drawnCup.wrap.y(1), drawnCup.wrap.r(1) * 1.4, drawnCup.wrap.r(1) * 0.5) + drawnCup.svg;
      }
      return { svg: out, focus: [380, 420], zoom: 1.7 };
    }
    case "vase": {
      const r = 195 * v.widen;
      const spec: VesselSpec = {
        cx: 400,
        top: 115,
        height: 560 * v.heighten,
        k: 0.2 * v.tilt,
        kind: "mouth",
        profile: scaled([[0, 0.24], [0.02, 0.23], [0.035, 0.26], [0.06, 0.3], [0.14, 0.72], [0.27, 0.98], [0.42, 0.95], [0.66, 0.74], [0.88, 0.56], [0.955, 0.58], [0.965, 0.55], [1, 0.55]], r),
        zones: { shoulder: [0.1, 0.24], main: [0.27, 0.7], base: [0.73, 0.91], foot: 0.94 },
        footT: 0.965,
      };
      const drawn = drawVessel(p, spec);
      const w = drawn.wrap;
      return { svg: groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.5, w.r(1) * w.k * 1.6) + drawn.svg, focus: w.pt(-0.2, 0.45), zoom: 2.2 };
    }
    case "pear-vase": {
      const r = 190 * v.widen;
      const spec: VesselSpec = {
        cx: 400,
        top: 110,
        height: 570 * v.heighten,
        k: 0.2 * v.tilt,
        kind: "open",
        wall: 5,
        profile: scaled([[0, 0.5], [0.05, 0.4], [0.16, 0.26], [0.3, 0.23], [0.42, 0.33], [0.58, 0.72], [0.72, 0.97], [0.82, 0.93], [0.92, 0.68], [0.94, 0.62], [0.95, 0.58], [1, 0.58]], r),
        zones: { neck: [0.07, 0.36], main: [0.5, 0.86], foot: 0.91 },
        footT: 0.95,
      };
      const drawn = drawVessel(p, spec, { interiorDeco: false });
      const w = drawn.wrap;
      return { svg: groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.5, w.r(1) * w.k * 1.6) + drawn.svg, focus: w.pt(-0.15, 0.68), zoom: 2.2 };
    }
    case "jar": {
      const r = 215 * v.widen;
      const spec: VesselSpec = {
        cx: 400,
        top: 300,
        height: 330 * v.heighten,
        k: 0.24 * v.tilt,
        kind: "mouth",
        profile: scaled([[0, 0.58], [0.05, 0.6], [0.1, 0.78], [0.25, 0.97], [0.5, 0.98], [0.8, 0.82], [0.95, 0.7], [1, 0.69]], r),
        zones: { shoulder: [0.1, 0.26], main: [0.29, 0.8], foot: 0.92 },
        footT: 0.965,
      };
      const drawn = drawVessel(p, spec);
      const w = drawn.wrap;
      const lid = lidded(p, 400, 300 - 80, w.r(0) * 1.06, w.k, 86, 26);
      return { svg: groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.45, w.r(1) * w.k * 1.6) + drawn.svg + lid, focus: w.pt(-0.2, 0.5), zoom: 2.1 };
    }
    case "canister": {
      const r = 165 * v.widen;
      const spec: VesselSpec = {
        cx: 400,
        top: 290,
        height: 330 * v.heighten,
        k: 0.26 * v.tilt,
        kind: "mouth",
        profile: scaled([[0, 0.95], [0.04, 1], [0.96, 1], [0.985, 0.97], [1, 0.95]], r),
        zones: { rim: 0.06, main: [0.16, 0.86], foot: 0.93 },
        footT: 0.975,
      };
      const drawn = drawVessel(p, spec);
      const w = drawn.wrap;
      const lid = bambooLid(p, 400, 290, w.r(0) * 1.02, w.k);
      return { svg: groundShadow(p, 400, w.y(1) + 2, w.r(1) * 1.3, w.r(1) * w.k * 1.4) + drawn.svg + lid, focus: w.pt(-0.15, 0.5), zoom: 2.1 };
    }
    case "spoon": {
      return spoons(p);
    }
  }
}

function teapot(p: Paint, cx: number, top: number, scale: number, inSet = false): Drawn {
  const v = p.vary;
  const { s, look } = p;
  const r = 205 * v.widen * scale;
  const spec: VesselSpec = {
    cx,
    top,
    height: 250 * v.heighten * scale,
    k: 0.26 * v.tilt,
    kind: "mouth",
    profile: scaled([[0, 0.42], [0.06, 0.55], [0.25, 0.86], [0.5, 1], [0.75, 0.9], [0.92, 0.66], [0.96, 0.62], [1, 0.6]], r),
    zones: { rim: 0.1, shoulder: [0.14, 0.3], main: [0.34, 0.78], foot: 0.9 },
    footT: 0.95,
  };
  const w = makeWrap(spec);
  // Spout: a tube tapering along a curved centreline that rises to the left.
  const sy = w.y(0.58);
  const sx = cx - w.r(0.58) * 0.8;
  const c0: Pt = [sx, sy];
  const c1: Pt = [sx - 110 * scale, sy + 10 * scale];
  const c2: Pt = [sx - 150 * scale, top + 10 * scale];
  const c3: Pt = [sx - 190 * scale, top - 30 * scale];
  const bez = (u: number): Pt => {
    const a = (1 - u) ** 3, b = 3 * (1 - u) ** 2 * u, c = 3 * (1 - u) * u * u, d = u ** 3;
    return [a * c0[0] + b * c1[0] + c * c2[0] + d * c3[0], a * c0[1] + b * c1[1] + c * c2[1] + d * c3[1]];
  };
  const upper: Pt[] = [];
  const lower: Pt[] = [];
  for (let i = 0; i <= 30; i++) {
    const u = i / 30;
    const [x0, y0] = bez(Math.max(0, u - 0.01));
    const [x1, y1] = bez(Math.min(1, u + 0.01));
    const len = Math.hypot(x1 - x0, y1 - y0) || 1;
    const nx = -(y1 - y0) / len;
    const ny = (x1 - x0) / len;
    const half = (112 - 70 * Math.sqrt(u)) * scale * 0.5;
    const [x, y] = bez(u);
    upper.push([x + nx * half, y + ny * half]);
    lower.push([x - nx * half, y - ny * half]);
  }
  const tipA = upper[upper.length - 1]!;
  const tipB = lower[lower.length - 1]!;
  const spoutShade = s.linear([[0, mix(look.base, "#1d1a17", look.dark ? 0.3 : 0.18)], [0.35, look.base], [0.7, mix(look.base, "#ffffff", 0.3)], [1, mix(look.base, "#1d1a17", 0.1)]], sx - 60 * scale, sy + 40 * scale, sx - 120 * scale, sy - 60 * scale);
  let spout = `<path d="${smooth(upper)}L${n(tipB[0])} ${n(tipB[1])}${smooth([...lower].reverse()).replace(/^M[^C]*/, "")}Z" fill="${p.glaze === "flambe" ? look.wash : spoutShade}" stroke="#1d1a17" stroke-opacity=".15"/>`;
  if (p.glaze === "qinghua" || p.glaze === "linglong") {
    const band = lower.slice(24, 25).concat(upper.slice(24, 25));
    spout += `<path d="${poly(band)}" stroke="${look.paint}" stroke-width="${n(5 * scale)}"/>`;
  }
  const tipMid: Pt = [(tipA[0] + tipB[0]) / 2, (tipA[1] + tipB[1]) / 2];
  const tipR = Math.hypot(tipA[0] - tipB[0], tipA[1] - tipB[1]) / 2;
  const tipAngle = (Math.atan2(tipA[1] - tipB[1], tipA[0] - tipB[0]) * 180) / Math.PI;
  spout += `<ellipse cx="${n(tipMid[0])}" cy="${n(tipMid[1])}" rx="${n(tipR)}" ry="${n(tipR * 0.45)}" transform="rotate(${n(tipAngle)} ${n(tipMid[0])} ${n(tipMid[1])})" fill="${mix(look.base, "#ffffff", 0.2)}"/>`;
  spout += `<ellipse cx="${n(tipMid[0])}" cy="${n(tipMid[1])}" rx="${n(tipR * 0.7)}" ry="${n(tipR * 0.28)}" transform="rotate(${n(tipAngle)} ${n(tipMid[0])} ${n(tipMid[1])})" fill="#2a2520"/>`;
  spout += `<path d="${smooth(upper.slice(4, 26).map(([x, y]) => [x + 3 * scale, y + 6 * scale] as Pt))}" fill="none" stroke="#fff" stroke-opacity="${n(0.25 + 0.4 * look.gloss)}" stroke-width="${n(5 * scale)}" stroke-linecap="round"/>`;
  const hx = cx + w.r(0.3) * 0.9;
  const svgHandle = handle(p, hx, w.y(0.2), w.y(0.72), 120 * scale, 28 * scale);
  const drawn = drawVessel(p, spec);
  const lid = lidded(p, cx, top - 58 * scale, w.r(0) * 1.05, w.k, 62 * scale, 20 * scale);
  const shadow = inSet ? groundShadow(p, cx, w.y(1), w.r(1) * 1.8, w.r(1) * 0.5) : groundShadow(p, cx - 20, w.y(1) + 2, w.r(1) * 1.9, w.r(1) * w.k * 1.9);
  return { svg: shadow + svgHandle + spout + drawn.svg + lid, focus: w.pt(-0.2, 0.5), zoom: 2 };
}

function tray(p: Paint, cx: number, cy: number, rx: number, ry: number): string {
  const { s } = p;
  const wood = s.linear([[0, "#c9a77c"], [0.5, "#b48d5f"], [1, "#9c764b"]], cx - rx, 0, cx + rx, 0);
  const edge = s.linear([[0, "#8a6641"], [1, "#6e5033"]], 0, cy, 0, cy + 26);
  let slats = "";
  for (let i = -6; i <= 6; i++) {
    const x = cx + (i * rx) / 7;
    const h = ry * Math.sqrt(Math.max(0, 1 - ((x - cx) / rx) ** 2));
    slats += `<path d="M${n(x)} ${n(cy - h + 4)}V${n(cy + h - 4)}" stroke="#7d5a36" stroke-opacity=".35" stroke-width="2"/>`;
  }
  return (
    groundShadow(p, cx, cy + 30, rx * 0.95, ry * 0.5, 0.8) +
    `<ellipse cx="${cx}" cy="${cy + 22}" rx="${rx}" ry="${ry}" fill="${edge}"/>` +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="${wood}"/>${slats}` +
    `<ellipse cx="${cx}" cy="${cy}" rx="${rx - 3}" ry="${ry - 2}" fill="none" stroke="#e6cfa8" stroke-opacity=".6" stroke-width="3"/>`
  );
}

function bambooLid(p: Paint, cx: number, top: number, r: number, k: number): string {
  const { s } = p;
  const thick = 34;
  const side = s.linear([[0, "#8f6a43"], [0.3, "#c49b6c"], [0.7, "#b08558"], [1, "#7a5735"]], cx - r, 0, cx + r, 0);
  const face = s.linear([[0, "#d9b88c"], [1, "#b99167"]], cx - r, top - thick - r * k, cx + r, top - thick + r * k);
  let grain = "";
  for (let i = 1; i < 9; i++) {
    const rr = r * (i / 9);
    grain += `<ellipse cx="${n(cx)}" cy="${n(top - thick)}" rx="${n(rr)}" ry="${n(rr * k)}" fill="none" stroke="#8a6440" stroke-opacity=".18" stroke-width="1.4"/>`;
  }
  return (
    `<path d="M${n(cx - r)} ${n(top - thick)}V${n(top)}A${n(r)} ${n(r * k)} 0 0 0 ${n(cx + r)} ${n(top)}V${n(top - thick)}Z" fill="${side}"/>` +
    `<path d="M${n(cx - r)} ${n(top - 6)}A${n(r)} ${n(r * k)} 0 0 0 ${n(cx + r)} ${n(top - 6)}" fill="none" stroke="#8e8e8a" stroke-width="6" stroke-opacity=".6"/>` +
    `<ellipse cx="${n(cx)}" cy="${n(top - thick)}" rx="${n(r)}" ry="${n(r * k)}" fill="${face}"/>${grain}` +
    `<path d="M${n(cx - r)} ${n(top - thick)}A${n(r)} ${n(r * k)} 0 0 0 ${n(cx + r)} ${n(top - thick)}" fill="none" stroke="#f1dcb8" stroke-opacity=".7" stroke-width="2"/>`
  );
}

/** A Chinese soup spoon lying along the x axis: an oval bowl at the left, the handle to the right. */
const SPOON_OUTLINE = "M-190 0C-190 -44 -140 -66 -80 -64C-30 -62 0 -36 24 -22L196 -32Q224 -32 224 -14Q224 2 198 4L24 14C0 36 -30 62 -80 64C-140 66 -190 44 -190 0Z";
const SPOON_WELL = "M-176 0C-176 -36 -136 -52 -84 -51C-40 -50 -12 -28 4 -4C-12 24 -40 48 -84 50C-136 52 -176 36 -176 0Z";

function spoons(p: Paint): Drawn {
  const { s, look } = p;
  const shadowBlur = s.blur(9);
  const one = (tx: number, ty: number, rot: number, sc: number) => {
    const fill = bodyFill(p, { x: -190, y: -66, w: 414, h: 132 });
    const bowlShade = s.linear([[0, "#1d1a17", look.dark ? 0.4 : 0.2], [0.4, "#1d1a17", 0.03], [0.75, "#ffffff", 0.15], [1, "#ffffff", 0.3]], -176, -52, -20, 50);
    const body = s.linear([[0, "#ffffff", 0.3], [0.45, "#ffffff", 0], [1, "#1d1a17", look.dark ? 0.35 : 0.2]], 0, -66, 0, 66);
    const clip = s.clip(SPOON_WELL);
    let deco = "";
    if (p.glaze === "qinghua" || p.glaze === "famille-rose" || p.glaze === "linglong" || (p.glaze === "cobalt" && p.pattern === "white-flowers")) {
      deco = `<g clip-path="${clip}"><g transform="translate(-86 0) scale(1.05 .62)">${decorateDisc(p, 80, { well: 0.72 })}</g></g>`;
    } else if (p.glaze !== "white" && p.glaze !== "cobalt") {
      deco = `<g clip-path="${clip}"><g transform="translate(-86 0)">${decorateDisc(p, 96, { well: 0.7, minor: true })}</g></g>`;
    }
    const handleLine =
      p.glaze === "qinghua" || p.glaze === "linglong"
        ? `<path d="M40 -14L200 -22M40 6L200 -4" stroke="${look.paint}" stroke-width="3"/><circle cx="206" cy="-14" r="6" fill="${look.paint}"/>`
        : p.glaze === "famille-rose" || (p.glaze === "white" && p.pattern === "gold-rim") || (p.glaze === "cobalt" && p.pattern === "gold-band")
          ? `<path d="M40 -14L200 -22M40 6L200 -4" stroke="#c9a14c" stroke-width="2.5"/>`
          : "";
    const gloss =
      look.gloss > 0.3
        ? `<path d="M-150 -30C-130 -48 -100 -52 -70 -50" fill="none" stroke="#fff" stroke-opacity="${n(0.8 * look.gloss)}" stroke-width="5" stroke-linecap="round"/><path d="M70 -20L190 -27" stroke="#fff" stroke-opacity="${n(0.6 * look.gloss)}" stroke-width="4" stroke-linecap="round"/><ellipse cx="-40" cy="24" rx="26" ry="9" fill="#fff" fill-opacity="${n(0.35 * look.gloss)}" transform="rotate(-30 -40 24)"/>`
        : "";
    return (
      `<g transform="translate(${tx} ${ty}) rotate(${rot}) scale(${sc})">` +
      `<path d="${SPOON_OUTLINE}" fill="#2a221c" fill-opacity=".3" filter="${shadowBlur}" transform="translate(10 16) scale(1 1)"/>` +
      `<path d="M30 10L210 40" stroke="#2a221c" stroke-opacity=".12" stroke-width="26" filter="${shadowBlur}"/>` +
      `<path d="${SPOON_OUTLINE}" fill="${fill}"/><path d="${SPOON_OUTLINE}" fill="${body}" stroke="#1d1a17" stroke-opacity=".18"/>` +
      `<path d="${SPOON_WELL}" fill="${p.glaze === "cobalt" ? look.interior : fill}"/>${deco}${handleLine}<path d="${SPOON_WELL}" fill="${bowlShade}"/>` +
      `<path d="${SPOON_WELL}" fill="none" stroke="#fff" stroke-opacity=".55" stroke-width="2.5" transform="translate(-1 2)"/>${gloss}</g>`
    );
  };
  const angle = -18 + p.vary.accent * 10;
  const svg = one(390, 330, angle, 1.25) + one(420, 500, angle, 1.25);
  return { svg, focus: [300, 340], zoom: 1.9 };
}

function zoomInto(front: Drawn): string {
  const [fx, fy] = front.focus;
  const z = front.zoom;
  return `<g transform="translate(400 400) scale(${z}) translate(${n(-fx)} ${n(-fy)})">${front.svg}</g>`;
}

// ───────────────────────────── top views ─────────────────────────────

function discShadow(p: Paint, cx: number, cy: number, r: number): string {
  const sh = p.s.radial([[0, "#2a221c", 0.32], [0.8, "#2a221c", 0.14], [1, "#2a221c", 0]], 0, 0, 1);
  return `<ellipse rx="1" ry="1" fill="${sh}" transform="translate(${n(cx + r * 0.08)} ${n(cy + r * 0.1)}) scale(${n3(r * 1.1)})"/>`;
}

/** An open vessel seen from above: rim, interior with the disc decoration, curved-wall shading. */
function topOpen(p: Paint, cx: number, cy: number, R: number, options: { well?: number; deep?: boolean } = {}): string {
  const { s, look } = p;
  const wall = Math.max(4, R * 0.03);
  const ri = R - wall;
  const fill = bodyFill(p, { x: -R, y: -R, w: 2 * R, h: 2 * R }, true);
  const interiorFill = p.glaze === "cobalt" || (p.glaze === "matte" && p.pattern === "two-tone") ? look.interior : fill;
  const wallShade = s.radial(
    options.deep
      ? [[0, "#1d1a17", 0.12], [0.55, "#1d1a17", 0.05], [0.8, "#1d1a17", 0.12], [1, "#1d1a17", 0.3]]
      : [[0, "#ffffff", 0.08], [0.6, "#ffffff", 0], [0.85, "#1d1a17", 0.06], [1, "#1d1a17", 0.18]],
    0,
    0,
    ri,
    ri * 0.12,
    ri * 0.16,
  );
  const diag = s.linear([[0, "#1d1a17", 0.14], [0.5, "#1d1a17", 0], [1, "#ffffff", 0.16]], -ri, -ri, ri, ri);
  let out = discShadow(p, cx, cy, R);
  out += `<g transform="translate(${n(cx)} ${n(cy)})">`;
  out += `<circle r="${n(R)}" fill="${look.lip ?? mix(look.base, "#ffffff", 0.2)}"/>`;
  out += `<circle r="${n(ri)}" fill="${interiorFill}"/>`;
  const clip = s.clip(`M${n(-ri)} 0a${n(ri)} ${n(ri)} 0 1 0 ${n(ri * 2)} 0a${n(ri)} ${n(ri)} 0 1 0 ${n(-ri * 2)} 0Z`);
  const decorate = !(p.glaze === "cobalt" && p.pattern !== "gold-band") && !(p.glaze === "matte" && p.pattern === "two-tone");
  out += `<g clip-path="${clip}">${decorate ? decorateDisc(p, ri, { well: options.well ?? 0.55 }) : ""}<circle r="${n(ri)}" fill="${wallShade}"/><circle r="${n(ri)}" fill="${diag}"/>`;
  if (look.gloss > 0.3) {
    const glare = s.radial([[0, "#ffffff", 0.75 * look.gloss], [1, "#ffffff", 0]], 0, 0, 1);
    out += `<ellipse rx="1" ry="1" fill="${glare}" transform="rotate(-40) translate(0 ${n(ri * 0.72)}) scale(${n3(ri * 0.35)} ${n(ri * 0.07)})"/>`;
    out += `<ellipse rx="1" ry="1" fill="${glare}" transform="translate(${n(-ri * 0.28)} ${n(-ri * 0.3)}) scale(${n3(ri * 0.09)} ${n(ri * 0.06)})" opacity=".7"/>`;
  }
  out += `</g><circle r="${n(R - wall / 2)}" fill="none" stroke="#ffffff" stroke-opacity=".7" stroke-width="${n(wall * 0.5)}"/>`;
  out += `<circle r="${n(R)}" fill="none" stroke="#1d1a17" stroke-opacity=".12" stroke-width="1.2"/></g>`;
  return out;
}

/** A closed vessel seen from above: the shoulder as a lit dome, decoration ring, mouth or lid. */
function topClosed(p: Paint, cx: number, cy: number, R: number, mouth: number, lid: "mouth" | "cap" | "wood"): string {
  const { s, look } = p;
  const fill = bodyFill(p, { x: -R, y: -R, w: 2 * R, h: 2 * R }, true);
  const dome = s.radial([[0, "#ffffff", 0.35 * Math.max(0.4, look.gloss)], [0.35, "#ffffff", 0.05], [0.8, "#1d1a17", 0.1], [1, "#1d1a17", 0.3]], 0, 0, R, -R * 0.3, -R * 0.32);
  let out = discShadow(p, cx, cy, R) + `<g transform="translate(${n(cx)} ${n(cy)})"><circle r="${n(R)}" fill="${fill}"/>`;
  const clip = s.clip(`M${n(-R)} 0a${n(R)} ${n(R)} 0 1 0 ${n(R * 2)} 0a${n(R)} ${n(R)} 0 1 0 ${n(-R * 2)} 0Z`);
  out += `<g clip-path="${clip}">${decorateDisc(p, R, { well: Math.min(0.8, Math.max(0.5, (mouth / R) * 1.5)), medallion: false })}<circle r="${n(R)}" fill="${dome}"/></g>`;
  if (look.gloss > 0.3) {
    const glare = s.radial([[0, "#ffffff", 0.85 * look.gloss], [1, "#ffffff", 0]], 0, 0, 1);
    out += `<ellipse rx="1" ry="1" fill="${glare}" transform="translate(${n(-R * 0.42)} ${n(-R * 0.42)}) rotate(-45) scale(${n3(R * 0.2)} ${n(R * 0.08)})"/>`;
  }
  if (lid === "mouth") {
    const hole = s.radial([[0, "#111"], [0.7, "#2b2724"], [1, "#4b4540"]], 0, 0, mouth, mouth * 0.2, mouth * 0.2);
    out += `<circle r="${n(mouth)}" fill="${mix(look.base, "#ffffff", 0.25)}"/><circle r="${n(mouth * 0.8)}" fill="${hole}"/>`;
  } else if (lid === "cap") {
    const cap = s.radial([[0, mix(look.base, "#ffffff", 0.35)], [1, mix(look.base, "#1d1a17", 0.15)]], 0, 0, mouth, -mouth * 0.3, -mouth * 0.3);
    out += `<circle r="${n(mouth * 1.05)}" fill="#1d1a17" fill-opacity=".18" transform="translate(4 5)"/><circle r="${n(mouth)}" fill="${cap}"/>`;
    out += `<circle r="${n(mouth * 0.3)}" fill="#1d1a17" fill-opacity=".2" transform="translate(3 4)"/><circle r="${n(mouth * 0.28)}" fill="${cap}"/>`;
    if (p.glaze === "qinghua" || p.glaze === "linglong") out += `<circle r="${n(mouth * 0.8)}" fill="none" stroke="${look.paint}" stroke-width="3"/><circle r="${n(mouth * 0.28)}" fill="none" stroke="${look.paint}" stroke-width="2.5"/>`;
  } else {
    const wood = s.radial([[0, "#dcbd92"], [1, "#b38a5e"]], 0, 0, mouth, -mouth * 0.3, -mouth * 0.3);
    let grain = "";
    for (let i = 1; i < 10; i++) grain += `<circle r="${n((mouth * i) / 10)}" fill="none" stroke="#8a6440" stroke-opacity=".2" stroke-width="1.4"/>`;
    out += `<circle r="${n(mouth * 1.02)}" fill="#1d1a17" fill-opacity=".18" transform="translate(4 5)"/><circle r="${n(mouth)}" fill="${wood}"/>${grain}`;
  }
  out += `<circle r="${n(R)}" fill="none" stroke="#1d1a17" stroke-opacity=".12" stroke-width="1.2"/></g>`;
  return out;
}

function drawTopView(p: Paint, shape: ArtworkShape): string {
  const v = p.vary;
  switch (shape) {
    case "bowl":
      return topOpen(p, 400, 400, 300 * v.widen, { well: 0.5, deep: true });
    case "cup":
      return topOpen(p, 400, 400, 250 * v.widen, { well: 0.45, deep: true });
    case "plate":
      return topOpen(p, 400, 400, 340 * v.widen, { well: 0.62 });
    case "dish":
      return topOpen(p, 400, 400, 280 * v.widen, { well: 0.6 });
    case "mug": {
      const { s, look } = p;
      const R = 220 * v.widen;
      const hw = 50;
      const handleFill = s.linear([[0, mix(look.base, "#ffffff", 0.25)], [1, mix(look.base, "#1d1a17", 0.2)]], 0, 400 - hw, 0, 400 + hw);
      const handleSvg = `<rect x="${n(400 + R - 20)}" y="${n(400 - hw / 2 + 8)}" width="${n(150)}" height="${hw}" rx="${hw / 2}" fill="#1d1a17" fill-opacity=".18"/><rect x="${n(400 + R - 30)}" y="${n(400 - hw / 2)}" width="${n(150)}" height="${hw}" rx="${hw / 2}" fill="${p.glaze === "flambe" ? look.wash : handleFill}"/>`;
      return handleSvg + topOpen(p, 380, 400, R, { well: 0.55, deep: true });
    }
    case "teapot":
      return teapotTop(p, 400, 400, 1);
    case "tea-set": {
      let out = "";
      const { s } = p;
      const wood = s.radial([[0, "#cfae82"], [1, "#a9825a"]], 400, 400, 360);
      out += discShadow(p, 400, 400, 350) + `<circle cx="400" cy="400" r="350" fill="${wood}"/>`;
      for (let i = -5; i <= 5; i++) out += `<path d="M${400 + i * 60} ${n(400 - Math.sqrt(Math.max(0, 350 ** 2 - (i * 60) ** 2)) + 6)}V${n(400 + Math.sqrt(Math.max(0, 350 ** 2 - (i * 60) ** 2)) - 6)}" stroke="#7d5a36" stroke-opacity=".35" stroke-width="2"/>`;
      out += teapotTop(p, 360, 350, 0.6);
      const cups = v.count > 0.5 ? 4 : 3;
      for (let i = 0; i < cups; i++) {
        const a = HALF * 0.2 + (i / cups) * Math.PI * 0.95;
        out += topOpen(p, 400 + Math.cos(a) * 240, 420 + Math.sin(a) * 200, 72, { well: 0.45, deep: true });
      }
      return out;
    }
    case "dinnerware-set": {
      let out = "";
      out += topOpen(p, 310, 330, 230, { well: 0.62 });
      out += topOpen(p, 520, 520, 200, { well: 0.62 });
      out += topOpen(p, 250, 590, 130, { well: 0.5, deep: true });
      return out;
    }
    case "vase":
      return topClosed(p, 400, 400, 290 * v.widen, 70, "mouth");
    case "pear-vase":
      return topClosed(p, 400, 400, 280 * v.widen, 130, "mouth");
    case "jar":
      return topClosed(p, 400, 400, 300 * v.widen, 160, "cap");
    case "canister":
      return topClosed(p, 400, 400, 270 * v.widen, 250, "wood");
    case "spoon": {
      const front = spoons(p);
      return front.svg;
    }
  }
}

function teapotTop(p: Paint, cx: number, cy: number, scale: number): string {
  const { s, look } = p;
  const R = 240 * scale * p.vary.widen;
  const spoutFill = s.linear([[0, mix(look.base, "#ffffff", 0.2)], [1, mix(look.base, "#1d1a17", 0.25)]], 0, cy - 30 * scale, 0, cy + 30 * scale);
  const spout = `<path d="M${n(cx - R * 0.8)} ${n(cy - 40 * scale)}L${n(cx - R - 150 * scale)} ${n(cy - 14 * scale)}Q${n(cx - R - 166 * scale)} ${n(cy)} ${n(cx - R - 150 * scale)} ${n(cy + 14 * scale)}L${n(cx - R * 0.8)} ${n(cy + 40 * scale)}Z" fill="${p.glaze === "flambe" ? look.wash : spoutFill}"/><circle cx="${n(cx - R - 150 * scale)}" cy="${n(cy)}" r="${n(9 * scale)}" fill="#2a2520"/>`;
  const hw = 34 * scale;
  const handleSvg = `<path d="M${n(cx + R * 0.85)} ${n(cy)}H${n(cx + R + 110 * scale)}" stroke="${mix(look.base, "#1d1a17", 0.15)}" stroke-width="${n(hw)}" stroke-linecap="round"/><path d="M${n(cx + R * 0.85)} ${n(cy - hw * 0.2)}H${n(cx + R + 105 * scale)}" stroke="#ffffff" stroke-opacity=".35" stroke-width="${n(hw * 0.2)}" stroke-linecap="round"/>`;
  return `<g opacity="1">${discShadow(p, cx - 40 * scale, cy, R + 60 * scale)}</g>` + spout + handleSvg + topClosed(p, cx, cy, R, R * 0.45, "cap");
}
