import { fullTitle, getSourceMeta, type SourceMeta } from "@/lib/source/meta";
import { sourceTermsPath } from "@/lib/urls";

/** Where to ask about using the text: the city, and the contact it gives if one is known. */
const askWhom = (meta: SourceMeta) => (meta.contact ? `${meta.publisher}（${meta.contact}）` : meta.publisher);

/**
 * The terms of use as the city states them, word for word, or, when they are not filled in
 * (content/source/*.meta.json), that they are the city's and whom to ask. Never a guessed licence.
 */
export function SourceTerms() {
  const meta = getSourceMeta();
  if (meta.terms) {
    return (
      <p data-source-terms>
        {meta.publisher}が示す利用条件：「{meta.terms}」
        {meta.termsUrl && (
          <>
            （<a href={meta.termsUrl}>{meta.publisher}による利用条件のページ</a>）
          </>
        )}
      </p>
    );
  }
  return (
    <p data-source-terms>
      計画の文言の利用条件は、計画を作成・公表した{meta.publisher}が定めるものです。このサイトでは{meta.publisher}の示す利用条件をまだ確認できていないため、ここには記載していません。転載や二次利用の条件は{askWhom(meta)}にお問い合わせください。
    </p>
  );
}

/** One line for the footer: whose document this is and where it is published. */
export function SourceCredit() {
  const meta = getSourceMeta();
  return (
    <p data-source-credit>
      出典：{meta.publisher}「{fullTitle(meta)}」{meta.planVersion && `（${meta.planVersion}）`}
      {meta.publicationUrl && (
        <>
          （<a href={meta.publicationUrl}>{meta.publisher}の公表ページ</a>）
        </>
      )}
      。掲載している文言は原文のままです（誤字を含め、表記は変更していません）。利用条件は{meta.publisher}の定めによります（
      <a href={sourceTermsPath()}>出典と利用条件</a>）。
    </p>
  );
}
