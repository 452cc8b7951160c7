import { qrSvg, shortUrl } from "@/lib/qr";

/** The page's QR code with its URL written under it; shown in class view and in print. */
export async function QrCode({ url }: { url: string }) {
  const svg = await qrSvg(url);
  return (
    <figure className="qr-code" data-qr={url}>
      <div className="qr-code__image" role="img" aria-label="このページのURLのQRコード" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="qr-code__url">{shortUrl(url)}</figcaption>
    </figure>
  );
}
