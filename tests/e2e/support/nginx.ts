/**
 * Where the tests' nginx listens: playwright.config.ts starts it (`npm run preview:nginx` with the committed
 * configuration, on out/) and the specs that test real hosting talk to it. NGINX_PORT sets the port; otherwise
 * PW_PORT picks one of 8181–8189, so test runs of different worktrees on one machine use different ports.
 */
export function nginxPort(): number {
  if (process.env.NGINX_PORT) return Number(process.env.NGINX_PORT);
  return 8181 + (Number(process.env.PW_PORT ?? 4173) % 9);
}

/** 127.0.0.1, which Chromium treats as a secure context, like an HTTPS host. */
export const nginxOrigin = `http://127.0.0.1:${nginxPort()}`;
