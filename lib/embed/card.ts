import type { ActionEntry } from "@/lib/content/plan";
import { shortCode } from "@/lib/content/codes";
import { actionPath, embedActionPath, embedStylesPath, absoluteUrl, SITE_NAME } from "@/lib/urls";

/**
 * An action as a card that another site can put in an <iframe>
 * (/embed/directions/{d}/goals/{g}/actions/{a}/): its code, title and initiatives with ●/・,
 * and a link to the full page. A plain HTML document with no site chrome and no framework:
 * one small stylesheet of its own (no inline styles, for `style-src 'self'`), and an inline
 * script that tells the page around it how tall the card is, so the snippet there can size
 * the iframe. Nothing is requested from anywhere but this site.
 */

/** The message a card posts to its parent window: `{ type, height }`. */
export const EMBED_HEIGHT_MESSAGE = "imagine-kanazawa-2030:embed-height";

/** Height the snippet gives the iframe before the card has reported its own. */
export const EMBED_DEFAULT_HEIGHT = 420;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text or an attribute value, safe inside HTML. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/gu, (c) => ESCAPES[c]!);

/**
 * Runs inside the card: posts the document's height to the parent whenever it changes
 * (first layout, fonts, a narrower iframe that wraps the text). The height is no secret,
 * so any parent may read it ("*").
 */
export const embedReporterScript = `(function(){if(window.parent===window)return;var last=0;function report(){var h=Math.ceil(document.documentElement.getBoundingClientRect().height);if(h!==last){last=h;window.parent.postMessage({type:${JSON.stringify(EMBED_HEIGHT_MESSAGE)},height:h},"*")}}if("ResizeObserver"in window)new ResizeObserver(report).observe(document.documentElement);else window.addEventListener("resize",report);window.addEventListener("load",report)})();`;

/**
 * Runs on the other site: sets the height of whichever of its iframes sent the message,
 * if that iframe shows this site. One listener serves every card on the page.
 */
export const embedListenerScript = (origin: string) =>
  `(function(){var o=${JSON.stringify(origin)};window.addEventListener("message",function(e){var d=e.data;if(e.origin!==o||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)}||typeof d.height!=="number")return;var f=document.getElementsByTagName("iframe");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].height=String(Math.ceil(d.height))})})();`;

const cardTitle = (entry: ActionEntry) => {
  const { section, goal, action } = entry;
  return `${shortCode(section.id, goal.number, action.number)} ${action.title}`;
};

/** What the action page offers to copy: the iframe and the listener that sizes it. */
export function embedSnippet(entry: ActionEntry): string {
  const { section, goal, action } = entry;
  const src = absoluteUrl(embedActionPath(section.id, goal.number, action.number));
  const title = `金沢SDGs行動計画 ${cardTitle(entry)}`;
  return [
    `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${EMBED_DEFAULT_HEIGHT}" loading="lazy"></iframe>`,
    `<script>${embedListenerScript(new URL(src).origin)}</script>`,
  ].join("\n");
}

/** The card's whole HTML document. */
export function embedCardHtml(entry: ActionEntry): string {
  const { section, goal, action } = entry;
  const code = shortCode(section.id, goal.number, action.number);
  const page = actionPath(section.id, goal.number, action.number);
  const items = action.initiatives
    .map((item) => {
      const mark = item.featured
        ? `<span class="mark mark--featured" aria-hidden="true">●</span><span class="sr-only">主な取組例：</span>`
        : `<span class="mark" aria-hidden="true">・</span>`;
      return `<li>${mark}<span>${escapeHtml(item.text)}${item.repeatOf ? "（再掲）" : ""}</span></li>`;
    })
    .join("");
  const featured = action.initiatives.filter((item) => item.featured).length;
  return `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(`${cardTitle(entry)}｜${SITE_NAME}`)}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(absoluteUrl(page))}">
<link rel="stylesheet" href="${embedStylesPath()}">
</head>
<body>
<main class="card" data-section="${escapeHtml(section.id)}" data-embed="${escapeHtml(embedActionPath(section.id, goal.number, action.number))}">
<p class="where"><span class="chip">${escapeHtml(section.label)}</span> 具体目標${goal.number}・金沢SDGs行動計画</p>
<h1><span class="code">${code}</span> ${escapeHtml(action.title)}</h1>
<p class="counts">取組例${action.initiatives.length}件（うち主な取組例●${featured}件）</p>
<ul class="items" aria-label="${escapeHtml(code)}の取組例">${items}</ul>
<p class="more"><a href="${escapeHtml(page)}" target="_blank" rel="noopener">この行動のページを見る<span class="sr-only">（新しいタブで開きます）</span></a></p>
</main>
<script>${embedReporterScript}</script>
</body>
</html>
`;
}
