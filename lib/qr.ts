import QRCode from "qrcode";

/**
 * A QR code of an absolute URL as inline SVG, made at build time so the page
 * needs no script or image request to show it. Dark modules are black on a
 * white quiet zone in every colour scheme: phone cameras expect that.
 */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: "svg",
    errorCorrectionLevel: "M",
    margin: 2,
    color: { dark: "#000000", light: "#ffffff" },
  });
  // The SVG is decorative for assistive technology; the figure around it carries the label.
  return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" ');
}

/** The URL as printed under the code: without the scheme, which people do not type. */
export function shortUrl(url: string): string {
  return url.replace(/^https?:\/\//u, "");
}
