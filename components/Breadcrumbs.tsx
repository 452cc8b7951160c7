import type { Crumb } from "@/lib/content/breadcrumbs";

export function Breadcrumbs({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="パンくずリスト" className="no-print text-sm mb-4" data-chrome>
      <ol className="flex flex-wrap items-center gap-x-1 gap-y-1">
        {crumbs.map((crumb, index) => {
          const last = index === crumbs.length - 1;
          return (
            <li key={crumb.href} className="flex items-center gap-1">
              {last ? (
                <a href={crumb.href} aria-current="page" className="text-fg no-underline font-bold">
                  {crumb.label}
                </a>
              ) : (
                <>
                  <a href={crumb.href}>{crumb.label}</a>
                  <span aria-hidden="true" className="text-muted">
                    ›
                  </span>
                </>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
