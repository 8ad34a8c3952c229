import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { type TrendPoint, formatShare } from '@/lib/retro/trend';

export interface TrendChartProps {
  points: readonly TrendPoint[];
  testId?: string;
}

const WIDTH = 640;
const HEIGHT = 220;
const PAD = { left: 44, right: 44, top: 12, bottom: 40 };
/** A different marker per line, so the lines differ by shape as well as colour. */
const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const;

function marker(shape: (typeof MARKERS)[number], x: number, y: number) {
  if (shape === 'circle') return <circle cx={x} cy={y} r={4.5} />;
  if (shape === 'square') return <rect x={x - 4} y={y - 4} width={8} height={8} />;
  if (shape === 'triangle') return <polygon points={`${x},${y - 5.5} ${x + 5},${y + 4} ${x - 5},${y + 4}`} />;
  return <polygon points={`${x},${y - 6} ${x + 6},${y} ${x},${y + 6} ${x - 6},${y}`} />;
}

/** Runs of consecutive known values, so a session without votes breaks the line rather than bridging it. */
function segments(values: readonly (number | null)[], x: (i: number) => number, y: (v: number) => number): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  values.forEach((value, index) => {
    if (value === null) {
      if (run.length > 1) runs.push(run.join(' '));
      run = [];
    } else run.push(`${x(index)},${y(value)}`);
  });
  if (run.length > 1) runs.push(run.join(' '));
  return runs;
}

/**
 * Each statement's share of thumbs up and the share of checked tickets with a clear benefit, per
 * session, as an inline SVG with a title and description, and the same numbers as a table.
 */
export function TrendChart({ points, testId = 'trend-chart' }: TrendChartProps) {
  const id = useId();
  if (points.length === 0) return <p class="hint">{t('retro.chart.empty')}</p>;
  const series = [
    ...[0, 1, 2].map((index) => ({ label: t('retro.chart.statement', [index + 1]), values: points.map((p) => p.statements[index] ?? null) })),
    { label: t('retro.chart.tickets'), values: points.map((p) => p.clearTickets) },
  ];
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number): number => PAD.left + (points.length === 1 ? innerWidth / 2 : (index * innerWidth) / (points.length - 1));
  const y = (value: number): number => PAD.top + (1 - value) * innerHeight;
  return (
    <figure class="trend" data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} class="trend-svg">
        <title id={`${id}-title`}>{t('retro.chart.heading')}</title>
        <desc id={`${id}-desc`}>{t('retro.chart.description')}</desc>
        {[0, 0.5, 1].map((value) => (
          <g key={value} class="trend-grid">
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} />
            <text x={PAD.left - 6} y={y(value) + 4} text-anchor="end">
              {formatShare(value)}
            </text>
          </g>
        ))}
        {points.map((point, index) => (
          <text key={point.id} class="trend-axis" x={x(index)} y={HEIGHT - PAD.bottom + 18} text-anchor="middle">
            {point.date}
          </text>
        ))}
        {series.map((line, index) => (
          <g key={line.label} class={`trend-series trend-series-${index + 1}`}>
            {segments(line.values, x, y).map((run) => (
              <polyline key={run} points={run} fill="none" />
            ))}
            {line.values.map((value, at) => (value === null ? null : <g key={at}>{marker(MARKERS[index]!, x(at), y(value))}</g>))}
          </g>
        ))}
      </svg>
      <figcaption>
        <ul class="trend-legend">
          {series.map((line, index) => (
            <li key={line.label} class={`trend-series trend-series-${index + 1}`}>
              <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
                {marker(MARKERS[index]!, 0, 0)}
              </svg>{' '}
              {index < 3 ? `${line.label}: ${t(`retro.health.${index + 1}` as 'retro.health.1')}` : line.label}
            </li>
          ))}
        </ul>
        <details>
          <summary>{t('retro.chart.tableCaption')}</summary>
          <table data-testid={`${testId}-table`}>
            <thead>
              <tr>
                <th scope="col">{t('retro.chart.session')}</th>
                {series.map((line) => (
                  <th scope="col" key={line.label}>
                    {line.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {points.map((point, index) => (
                <tr key={point.id}>
                  <th scope="row">
                    {point.date} {point.teamName}
                  </th>
                  {series.map((line) => (
                    <td key={line.label}>{formatShare(line.values[index] ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      </figcaption>
    </figure>
  );
}
