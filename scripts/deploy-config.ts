/**
 * Writes the nginx configuration rendered from lib/security/csp.ts to scripts/deploy/nginx/imagine-kanazawa.conf.
 * Run it after changing the policy and commit the result; tests/unit/deploy-config.test.ts fails until you do.
 *
 *   npm run deploy:config
 */
import { readFileSync } from "node:fs";
import { renderSiteConfig, siteConfigPath } from "../lib/hosting/nginx-config";
import { writeFileAtomically } from "../lib/io/atomic-file";

const rendered = renderSiteConfig();
let current: string | null = null;
try {
  current = readFileSync(siteConfigPath, "utf8");
} catch {
  // first run
}
if (current === rendered) {
  console.log(`deploy:config: ${siteConfigPath} is up to date`);
} else {
  await writeFileAtomically(siteConfigPath, rendered);
  console.log(`deploy:config: wrote ${siteConfigPath}; the README's nginx section must show it unchanged`);
}
