import type { ActionBox, MapLayout, Rect, SectionBox } from "@/lib/overview/layout";
import { countsText } from "@/lib/overview/tree";
import { actionPath, sectionPath } from "@/lib/urls";
import "./overview-map.css";

/** Coordinates with one decimal: exact enough on any screen, and short in the HTML. */
const n = (value: number) => String(Math.round(value * 10) / 10);

const box = (r: Rect) => ({ x: n(r.x), y: n(r.y), width: n(r.width), height: n(r.height) });

/** A rectangle inside another by `by` on every side, for focus rings that nothing painted later can cover. */
const shrink = (r: Rect, by: number): Rect => ({ x: r.x + by, y: r.y + by, width: r.width - 2 * by, height: r.height - 2 * by });

function ActionShape({ a, headerTips }: { a: ActionBox; headerTips: boolean }) {
  const { node } = a;
  return (
    <a
      href={actionPath(node.section, node.goal, node.number)}
      className="map-action"
      data-action={node.code}
      aria-label={`${node.code} ${node.title}、${countsText(node)}`}
    >
      <rect className="map-cell" {...box(a.shape)} />
      {a.featured.height > 0 && <rect className="map-featured" {...box(a.featured)} />}
      <rect className="map-pill" {...box(a.label)} />
      <text className="map-code" x={n(a.label.x + a.label.width / 2)} y={n(a.label.y + a.label.height / 2)} fontSize={a.label.size}>
        {node.code}
      </text>
      <rect className="map-focus" {...box(shrink(a.shape, 2.5))} />
      {/* The title, where the picture keeps room for it; shown on hover and focus (CSS), painted over
          that room only, so nothing drawn later can cover it. */}
      <foreignObject className={headerTips ? "map-tip map-tip--header" : "map-tip"} {...box(a.tip)}>
        {/* The title alone: with the code beside it in the shape, the pair reads as the link's name. */}
        <p className="map-tip__text">{node.title}</p>
      </foreignObject>
    </a>
  );
}

function SectionShape({ s, headerTips }: { s: SectionBox; headerTips: boolean }) {
  const { node } = s;
  return (
    <g data-section={node.id} role="group" aria-label={`${node.label} ${node.title}、行動${node.actions}・${countsText(node)}`}>
      <a href={sectionPath(node.id)} className="map-head" aria-label={`${node.label} ${node.title}`}>
        <rect className="map-head__bg" {...box(s.header)} />
        <foreignObject {...box(s.header)}>
          <p className="map-head__text">
            <b>{node.label}</b>
            {` ${node.title}`}
          </p>
        </foreignObject>
        <rect className="map-focus" {...box(shrink(s.header, 2.5))} />
      </a>
      {s.goals.map((g) => (
        <g key={g.node.number} role="group" aria-label={`具体目標${g.node.number} ${g.node.title}`}>
          {g.actions.map((a) => (
            <ActionShape key={a.node.number} a={a} headerTips={headerTips} />
          ))}
        </g>
      ))}
    </g>
  );
}

/**
 * The plan in one picture (inline SVG, drawn at build time): each action a link whose area
 * is proportional to its initiatives and whose darker lower part is the share of ●. One
 * layout per kind of screen; CSS shows the one that fits (components/overview-map.css).
 */
export function OverviewMap({ layouts, label }: { layouts: MapLayout[]; label: string }) {
  return (
    <>
      {layouts.map((layout) => {
        const { spec, band } = layout;
        const headerTips = band === null;
        return (
          <svg
            key={spec.name}
            className={`map map--${spec.name}`}
            data-map={spec.name}
            viewBox={`0 0 ${spec.width} ${n(spec.height)}`}
            role="group"
            aria-label={label}
          >
            {band && (
              <g className="map-band" aria-hidden="true">
                <rect className="map-band__bg" {...box(band)} />
                <foreignObject {...box(band)}>
                  <p className="map-band__text">
                    行動コードにマウスを重ねるか、Tabキーで選ぶと、ここに行動の名前が出ます。
                  </p>
                </foreignObject>
              </g>
            )}
            {layout.sections.map((s) => (
              <SectionShape key={s.node.id} s={s} headerTips={headerTips} />
            ))}
          </svg>
        );
      })}
    </>
  );
}
