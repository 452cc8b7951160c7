/**
 * The built open-data files are exactly what the pure functions produce (tests/unit/open-data.test.ts
 * checks those functions), served with the right types. Runs after `npm run build`, so out/ is fresh.
 */
import { expect, test } from "@playwright/test";
import { getPlan } from "../../lib/content/plan";
import { toOpenData } from "../../lib/open-data/build";
import { initiativesCsv } from "../../lib/open-data/csv";
import { openPlanJsonSchema } from "../../lib/open-data/schema";
import { getSourceMeta } from "../../lib/source/meta";

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.name !== "desktop", "served files do not depend on the viewport");
});

test("/data/plan.json is the plan's open data", async ({ request }) => {
  const response = await request.get("/data/plan.json");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect(await response.json()).toEqual(toOpenData(getPlan(), getSourceMeta()));
});

test("/data/plan.schema.json is the generated schema", async ({ request }) => {
  const response = await request.get("/data/plan.schema.json");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual(openPlanJsonSchema());
});

test("/data/initiatives.csv is byte for byte the CSV of the open data, BOM included", async ({ request }) => {
  const response = await request.get("/data/initiatives.csv");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("text/csv; charset=utf-8");
  expect((await response.body()).equals(Buffer.from(initiativesCsv(toOpenData(getPlan(), getSourceMeta())), "utf8"))).toBe(true);
});
