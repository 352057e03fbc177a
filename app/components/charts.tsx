// Charts drawn on the server as SVG (no JavaScript needed); each stands beside a table of its figures.
import type { ReactNode } from "react";

const BLUE = [230, 238, 248];
const DEEP = [11, 74, 139];

function shade(value: number, max: number) {
  const t = max ? value / max : 0;
  const c = BLUE.map((b, i) => Math.round(b + (DEEP[i]! - b) * t));
  return `rgb(${c.join(",")})`;
}

/** A heat map: rows × columns, darker for more; the numbers are written in the cells too. */
export function HeatMap({
  rows,
  columns,
  value,
  label,
}: {
  rows: { key: string; label: string }[];
  columns: { key: string; label: string }[];
  value: (row: string, column: string) => number;
  label: string;
}) {
  const cell = 44;
  const left = 150;
  const top = 110;
  const max = Math.max(1, ...rows.flatMap((r) => columns.map((c) => value(r.key, c.key))));
  const width = left + columns.length * cell + 10;
  const height = top + rows.length * cell + 10;
  return (
    <svg className="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label} width={width} height={height}>
      {columns.map((c, j) => (
        <text key={c.key} transform={`translate(${left + j * cell + cell / 2},${top - 8}) rotate(-45)`} fontSize="12">
          {c.label}
        </text>
      ))}
      {rows.map((r, i) => (
        <g key={r.key}>
          <text x={left - 8} y={top + i * cell + cell / 2 + 4} textAnchor="end" fontSize="12">
            {r.label}
          </text>
          {columns.map((c, j) => {
            const v = value(r.key, c.key);
            return (
              <g key={c.key}>
                <rect x={left + j * cell} y={top + i * cell} width={cell - 2} height={cell - 2} fill={shade(v, max)}>
                  <title>{`${r.label} × ${c.label}: ${v}`}</title>
                </rect>
                <text
                  x={left + j * cell + cell / 2 - 1}
                  y={top + i * cell + cell / 2 + 4}
                  textAnchor="middle"
                  fontSize="12"
                  fill={v / max > 0.5 ? "#fff" : "#1c2430"}
                >
                  {v}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
}

/** Horizontal paired bars: for each row, two series side by side, with a darker share inside each. */
export function PairedBars({
  rows,
  series,
  label,
}: {
  /** `inner`: the part of each value drawn dark (the unmatched share); all of it when absent. */
  rows: { label: string; values: [number, number]; inner?: [number, number] }[];
  series: [string, string];
  label: string;
}) {
  const left = 150;
  const barWidth = 360;
  const rowHeight = 34;
  const max = Math.max(1, ...rows.flatMap((r) => r.values));
  const colors: [string, string] = ["#4b2a85", "#17663a"];
  const light: [string, string] = ["#cdb8ee", "#a9d8bb"];
  const height = 30 + rows.length * rowHeight;
  return (
    <svg className="chart" viewBox={`0 0 ${left + barWidth + 60} ${height}`} role="img" aria-label={label} width={left + barWidth + 60} height={height}>
      {series.map((s, k) => (
        <g key={s}>
          <rect x={left + k * 150} y={4} width={12} height={12} fill={colors[k]} />
          <text x={left + k * 150 + 18} y={14} fontSize="12">
            {s}
          </text>
        </g>
      ))}
      {rows.map((r, i) => {
        const y = 28 + i * rowHeight;
        return (
          <g key={r.label}>
            <text x={left - 8} y={y + 16} textAnchor="end" fontSize="12">
              {r.label}
            </text>
            {r.values.map((v, k) => {
              const w = (v / max) * barWidth;
              const inner = ((r.inner ?? r.values)[k]! / max) * barWidth;
              return (
                <g key={k}>
                  <rect x={left} y={y + k * 13} width={w} height={12} fill={light[k as 0 | 1]} />
                  <rect x={left} y={y + k * 13} width={inner} height={12} fill={colors[k as 0 | 1]} />
                  <text x={left + w + 4} y={y + k * 13 + 10} fontSize="11">
                    {v}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

/** Vertical stacked bars over time. */
export function MonthBars({ months, series, label }: { months: { label: string; values: [number, number] }[]; series: [string, string]; label: string }) {
  const bar = 40;
  const chartHeight = 160;
  const max = Math.max(1, ...months.map((m) => m.values[0] + m.values[1]));
  const width = 60 + months.length * (bar + 16);
  const colors = ["#4b2a85", "#17663a"];
  return (
    <svg className="chart" viewBox={`0 0 ${Math.max(width, 300)} ${chartHeight + 60}`} role="img" aria-label={label} width={Math.max(width, 300)} height={chartHeight + 60}>
      {series.map((s, k) => (
        <g key={s}>
          <rect x={40 + k * 150} y={4} width={12} height={12} fill={colors[k]} />
          <text x={40 + k * 150 + 18} y={14} fontSize="12">
            {s}
          </text>
        </g>
      ))}
      {months.map((m, i) => {
        const x = 40 + i * (bar + 16);
        let y = chartHeight + 24;
        const parts: ReactNode[] = m.values.map((v, k) => {
          const h = (v / max) * chartHeight;
          y -= h;
          return <rect key={k} x={x} y={y} width={bar} height={h} fill={colors[k]} />;
        });
        return (
          <g key={m.label}>
            {parts}
            <text x={x + bar / 2} y={y - 4} textAnchor="middle" fontSize="11">
              {m.values[0] + m.values[1]}
            </text>
            <text x={x + bar / 2} y={chartHeight + 40} textAnchor="middle" fontSize="11">
              {m.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
