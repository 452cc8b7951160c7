/**
 * npm run images: renders the share image and app icons with Chromium.
 * Run by hand when the design changes; the PNGs are committed, so the build
 * itself needs no browser.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { chromium } from "@playwright/test";
import { chromiumArgs, chromiumPath } from "@/lib/server/browser";

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
const page = await browser.newPage();
const og = path.resolve("scripts/assets/og.html");
await page.setViewportSize({ width: 1200, height: 630 });
await page.goto(`file://${og}`);
await page.screenshot({ path: "public/og.png" });
const icon = await readFile("app/icon.svg", "utf8");
for (const [file, size] of [["app/apple-icon.png", 180], ["public/icon-192.png", 192], ["public/icon-512.png", 512]] as const) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${icon}`);
  await page.screenshot({ path: file, omitBackground: true });
}
await browser.close();
console.log("images: public/og.png, app/apple-icon.png, public/icon-192.png, public/icon-512.png");
