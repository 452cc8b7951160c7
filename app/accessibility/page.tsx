import { pageMetadata } from "@/lib/content/meta";
import { loadReport, summarize } from "@/lib/a11y/report";
import { accessibilityPath } from "@/lib/urls";
import { AccessibilityReport } from "@/components/AccessibilityReport";

export const metadata = pageMetadata({
  title: "ウェブアクセシビリティ方針",
  description:
    "金沢SDGs行動計画カタログサイトのウェブアクセシビリティ方針と試験結果。JIS X 8341-3:2016 の適合レベルAAを目標に、全ページを自動試験とキーボード・スクリーンリーダーの確認で試験しています。",
  path: accessibilityPath(),
});

export default function AccessibilityPage() {
  const report = loadReport();
  return <AccessibilityReport report={report} summary={summarize(report)} />;
}
