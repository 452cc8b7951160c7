/**
 * The QR codes on action pages (class view and print) must scan to the page's
 * absolute URL. We render qrSvg()'s SVG to pixels ourselves — no browser — and
 * read it back with jsQR, the way a phone camera would.
 */
import jsQR from "jsqr";
import { describe, expect, it } from "vitest";
import { qrSvg, shortUrl } from "@/lib/qr";
import { absoluteUrl, actionPath } from "@/lib/urls";

type Raster = { width: number; height: number; data: Uint8ClampedArray };

/**
 * qrcode draws a white background rect and then every dark run as a 1-unit-wide
 * horizontal stroke centred on y + 0.5: `M2 2.5h7m8 0h3…`. Only M/m/h/H/v/V
 * appear in its stroked path; anything else fails the test rather than being guessed.
 */
function modulesOf(svg: string): { size: number; dark: boolean[][]; background: string } {
  const viewBox = /viewBox="0 0 (\d+) (\d+)"/u.exec(svg);
  if (!viewBox || viewBox[1] !== viewBox[2]) throw new Error("expected a square viewBox");
  const size = Number(viewBox[1]);
  const background = /<path fill="([^"]+)" d="M0 0h(\d+)v(\d+)H0z"\/>/u.exec(svg);
  if (!background || Number(background[2]) !== size || Number(background[3]) !== size) {
    throw new Error("expected a background rect covering the whole viewBox");
  }
  const stroke = /<path stroke="([^"]+)" d="([^"]+)"/u.exec(svg);
  if (!stroke) throw new Error("expected one stroked path of dark modules");
  const dark = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
  let x = 0;
  let y = 0;
  for (const [, command, args] of stroke[2]!.matchAll(/([A-Za-z])([^A-Za-z]*)/gu)) {
    const n = (args ?? "").trim().split(/[\s,]+/u).filter(Boolean).map(Number);
    switch (command) {
      case "M":
        [x, y] = [n[0]!, n[1]!];
        break;
      case "m":
        [x, y] = [x + n[0]!, y + n[1]!];
        break;
      case "h":
      case "H": {
        const to = command === "h" ? x + n[0]! : n[0]!;
        const row = Math.floor(y);
        for (let col = Math.min(x, to); col < Math.max(x, to); col++) dark[row]![col] = true;
        x = to;
        break;
      }
      default:
        throw new Error(`unexpected path command ${command}`);
    }
  }
  return { size, dark, background: background[1]! };
}

/**
 * Draws the module matrix at `scale` px per module on white, with `quiet` extra
 * white modules around the SVG's own margin (as on a page with space around the code).
 */
function rasterise(svg: string, scale = 8, quiet = 2): Raster {
  const { size, dark } = modulesOf(svg);
  const side = (size + 2 * quiet) * scale;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      if (!dark[row]![col]) continue;
      for (let dy = 0; dy < scale; dy++) {
        for (let dx = 0; dx < scale; dx++) {
          const offset = (((row + quiet) * scale + dy) * side + (col + quiet) * scale + dx) * 4;
          data[offset] = data[offset + 1] = data[offset + 2] = 0;
        }
      }
    }
  }
  return { width: side, height: side, data };
}

const decode = ({ data, width, height }: Raster) => jsQR(data, width, height)?.data ?? null;

const urls = [
  absoluteUrl("/"),
  // The plan's longest action, and the last one: long paths make bigger codes.
  absoluteUrl(actionPath("3", 1, 2)),
  absoluteUrl(actionPath("partnership", 1, 1)),
  // A site hosted under a base path, as SITE_URL allows.
  "https://www.city.kanazawa.ishikawa.jp/sdgs/directions/5/goals/1/actions/3/",
];

describe("qrSvg", () => {
  it.each(urls)("decodes to %s", async (url) => {
    expect(decode(rasterise(await qrSvg(url)))).toBe(url);
  });

  it("decodes with only its own margin as the quiet zone, as printed and projected", async () => {
    const url = absoluteUrl(actionPath("1", 4, 4));
    const svg = await qrSvg(url);
    const { size, dark, background } = modulesOf(svg);
    expect(background).toBe("#ffffff");
    // The outer two rings of modules are light on every side.
    for (let i = 0; i < size; i++) {
      for (const [row, col] of [[0, i], [1, i], [size - 1, i], [size - 2, i], [i, 0], [i, 1], [i, size - 1], [i, size - 2]] as const) {
        expect(dark[row]![col], `module ${row},${col}`).toBe(false);
      }
    }
    expect(decode(rasterise(svg, 6, 0))).toBe(url);
  });

  it("is hidden from assistive technology (the figure carries the label)", async () => {
    expect(await qrSvg(absoluteUrl("/"))).toMatch(/^<svg aria-hidden="true" focusable="false" /u);
  });
});

describe("shortUrl", () => {
  it("drops the scheme and keeps the rest exactly", () => {
    expect(shortUrl("https://imagine-kanazawa-2030.example.jp/directions/3/goals/1/actions/2/")).toBe(
      "imagine-kanazawa-2030.example.jp/directions/3/goals/1/actions/2/",
    );
    expect(shortUrl("http://example.jp/a/")).toBe("example.jp/a/");
  });
});
