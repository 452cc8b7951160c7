import { Fragment } from "react";
import { qrSvg, shortUrl } from "@/lib/qr";

/** The page's QR code with its URL written under it; shown in class view and in print. */
export async function QrCode({ url }: { url: string }) {
  const svg = await qrSvg(url);
  return (
    <figure className="qr-code" data-qr={url}>
      <div className="qr-code__image" role="img" aria-label="このページのURLのQRコード" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="qr-code__url">
        {/* Lines break after a slash, dot or hyphen, never inside "2030" or "directions". */}
        {shortUrl(url)
          .split(/(?<=[/.-])/u)
          .map((part, i) => (
            <Fragment key={i}>
              {i > 0 && <wbr />}
              {part}
            </Fragment>
          ))}
      </figcaption>
    </figure>
  );
}
