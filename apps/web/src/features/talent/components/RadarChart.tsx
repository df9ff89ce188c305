import { theme } from 'antd';
import type { RadarPoint } from '../api/types';
import { axisPoint, radarPolygon } from './radar';

const W = 460;
const H = 300;
const CX = W / 2;
const CY = H / 2;
const R = 105;
const RINGS = [20, 40, 60, 80, 100];

/** The indicator scores of a match as a radar (0–100 on every axis); drawn in SVG, no chart library. */
export function RadarChart({ points, title }: { points: RadarPoint[]; title: string }) {
  const { token } = theme.useToken();
  const n = points.length;
  if (n === 0) return null;
  return (
    <svg
      viewBox={`0 0 ${W} ${H}`}
      width="100%"
      style={{ maxWidth: W }}
      role="img"
      aria-label={title}
      data-testid="talent-radar"
    >
      <title>{title}</title>
      {RINGS.map((ring) => (
        <polygon
          key={ring}
          points={radarPolygon(
            points.map(() => ring),
            R,
            CX,
            CY,
          )}
          fill="none"
          stroke={token.colorBorderSecondary}
        />
      ))}
      {points.map((p, i) => {
        const [x, y] = axisPoint(i, n, R, CX, CY);
        const [lx, ly] = axisPoint(i, n, R + 16, CX, CY);
        const anchor = Math.abs(lx - CX) < 4 ? 'middle' : lx > CX ? 'start' : 'end';
        return (
          <g key={p.code}>
            <line x1={CX} y1={CY} x2={x} y2={y} stroke={token.colorBorderSecondary} />
            <text
              x={lx}
              y={ly}
              textAnchor={anchor}
              dominantBaseline="middle"
              fontSize={12}
              fill={token.colorText}
            >
              {p.title}
              <tspan fill={token.colorTextSecondary}>{` ${p.score ?? '—'}`}</tspan>
            </text>
          </g>
        );
      })}
      <polygon
        points={radarPolygon(
          points.map((p) => p.score),
          R,
          CX,
          CY,
        )}
        fill={token.colorPrimary}
        fillOpacity={0.25}
        stroke={token.colorPrimary}
        strokeWidth={2}
      />
    </svg>
  );
}
