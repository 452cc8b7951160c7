import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { Enhancements } from "@/components/Enhancements";
import { prefsBootScript } from "@/lib/prefs";
import { SITE_NAME, SITE_URL } from "@/lib/urls";

export const metadata: Metadata = {
  metadataBase: new URL(`${SITE_URL}/`),
  title: { default: SITE_NAME, template: `%s｜${SITE_NAME}` },
  description:
    "金沢市の「金沢SDGs行動計画（IMAGINE KANAZAWA 2030）」の5つの方向性とパートナーシップ、具体目標、行動、取組例をすべて掲載したカタログです。",
  applicationName: SITE_NAME,
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#101418" },
  ],
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The boot script adds data-* attributes to <html> before React hydrates.
    <html lang="ja" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: prefsBootScript }} />
        {/* The first paint waits until the page's content is parsed, up to the footer.
            Chromium paints whatever it has parsed when the parser waits (for the stylesheet the
            boot script above waits on, for the network, for its time slice): the first paint
            showed the header alone and the <h1>, the largest text, came a frame later as the
            LCP. Blocking on the h1 itself is not enough: rendering resumes at its start tag,
            which can be before its text. Browsers without rel=expect ignore this. */}
        <link rel="expect" href="#site-footer" blocking="render" />
      </head>
      <body className="min-h-screen flex flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:bg-accent focus:text-accent-fg focus:px-4 focus:py-2 focus:rounded"
        >
          本文へスキップ
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="flex-1 w-full max-w-5xl mx-auto px-4 sm:px-6 py-6 sm:py-10 focus:outline-none">
          {children}
        </main>
        <SiteFooter />
        <Enhancements />
      </body>
    </html>
  );
}
