/** The running footer of every printed sheet (an @page margin box in globals.css) names the plan as the metadata does. */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { getSourceMeta, planWithPublisher } from "@/lib/source/meta";

it("the text printed at the foot of every sheet is the metadata's 「title（publisher）」", () => {
  const css = readFileSync("app/globals.css", "utf8");
  const footer = /@bottom-left\s*\{\s*content:\s*"([^"]*)"/u.exec(css)?.[1];
  expect(footer).toBe(planWithPublisher(getSourceMeta()));
  expect(footer).toBe("金沢SDGs行動計画（金沢市）");
});
