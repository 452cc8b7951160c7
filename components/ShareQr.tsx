"use client";

import { useEffect, useState } from "react";

/**
 * The QR code of a list's share link, made in the browser: the link exists only here, and the `qrcode`
 * library is fetched with import() on /my/ alone, so no other page pays for it. Same look as the build's
 * codes (lib/qr.ts). Null until it is ready; "too-long" when the link holds more than a QR code can.
 */
export function useQrSvg(url: string | null): string | null | "too-long" {
  const [svg, setSvg] = useState<{ url: string; svg: string | "too-long" } | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    import("@/lib/qr")
      .then(({ qrSvg }) => qrSvg(url))
      .then((made) => live && setSvg({ url, svg: made }))
      .catch(() => live && setSvg({ url, svg: "too-long" }));
    return () => {
      live = false;
    };
  }, [url]);
  return svg && svg.url === url ? svg.svg : null;
}

export function QrFigure({ svg, label, className = "" }: { svg: string | null | "too-long"; label: string; className?: string }) {
  if (svg === "too-long") return <p className={`text-sm ${className}`}>リストが長いため、QRコードにできません。リンクを送ってください。</p>;
  if (!svg) return <div className={`aspect-square ${className}`} aria-hidden="true" />;
  return <div className={`qr-code__image bg-white ${className}`} role="img" aria-label={label} data-share-qr dangerouslySetInnerHTML={{ __html: svg }} />;
}
