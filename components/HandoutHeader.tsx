import { Fragment } from "react";
import type { TitleStep } from "@/lib/content/breadcrumbs";
import { getSourceMeta, planWithPublisher } from "@/lib/source/meta";
import { absoluteUrl } from "@/lib/urls";
import { JaText } from "./JaText";
import { QrCode } from "./QrCode";

/**
 * What a printed page says about itself: the plan and the city, where in the plan the page is,
 * its URL with a QR code, and the day it was printed. Placed first in the page's header; on
 * screen only the QR code shows, and only in class view (see globals.css). `qr={false}` leaves the QR
 * code out where the page must fit one sheet (the overview).
 */
export function HandoutHeader({ path, trail, qr = true }: { path: string; trail: TitleStep[]; qr?: boolean }) {
  const url = absoluteUrl(path);
  return (
    <>
      {qr && (
        <div className="qr-slot">
          <QrCode url={url} />
        </div>
      )}
      <div className="print-masthead" data-print-masthead>
        <p className="font-bold">{planWithPublisher(getSourceMeta())}</p>
        <p data-print-trail>
          {trail.map((step, i) => (
            <Fragment key={step.label}>
              {i > 0 && " › "}
              {step.label}
              {step.title && (
                <>
                  {" "}
                  <JaText text={step.title} />
                </>
              )}
            </Fragment>
          ))}
        </p>
        <p className="print-url">URL：{url}</p>
        <p>
          印刷日：<span data-print-date>　　年　　月　　日</span>
        </p>
      </div>
    </>
  );
}
