import { renderHeadersFile } from "@/lib/hosting/headers-file";

// out/_headers, the policy of lib/security/csp.ts for Netlify and Cloudflare Pages. The folder is %5Fheaders
// because the App Router treats a leading "_" as a private folder; %5F is its escape for a literal "_".
export const dynamic = "force-static";

export function GET() {
  return new Response(renderHeadersFile(), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
