/**
 * A chart.js chart in a canvas, rebuilt when its data changes, with the numbers also given as a
 * table for screen readers and anyone who prefers to read them.
 */
import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);

export interface Series {
  readonly label: string;
  readonly colour: string;
  /** One value per label; null where there is none. */
  readonly values: readonly (number | null)[];
}

interface Props {
  readonly title: string;
  readonly kind: 'line' | 'bar';
  readonly labels: readonly string[];
  readonly series: readonly Series[];
  readonly unit: string;
  /** Said instead of an empty chart. */
  readonly empty: string;
}

export function ChartCanvas({ title, kind, labels, series, unit, empty }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const hasData = series.some((entry) => entry.values.some((value) => value !== null));
  useEffect(() => {
    if (canvas.current === null || !hasData) {
      return;
    }
    const chart = new Chart(canvas.current, {
      type: kind,
      data: {
        labels: [...labels],
        datasets: series.map((entry) => ({
          label: entry.label,
          data: [...entry.values],
          borderColor: entry.colour,
          backgroundColor: entry.colour,
          spanGaps: true,
          tension: 0.2,
        })),
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          y: { beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: unit } },
        },
        plugins: { legend: { position: 'bottom' } },
      },
    });
    return () => chart.destroy();
  }, [kind, labels, series, unit, hasData]);

  return (
    <figure className="card chart">
      <figcaption>
        <h3>{title}</h3>
      </figcaption>
      {hasData ? (
        <>
          <div className="chart-box">
            <canvas ref={canvas} role="img" aria-label={`${title}: chart, numbers in the table below`} />
          </div>
          <details>
            <summary>Show the numbers</summary>
            <table>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  {series.map((entry) => (
                    <th scope="col" key={entry.label}>
                      {entry.label} ({unit})
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {labels.map((label, index) => (
                  <tr key={label}>
                    <th scope="row">{label}</th>
                    {series.map((entry) => (
                      <td key={entry.label}>{entry.values[index] ?? '–'}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      ) : (
        <p className="muted">{empty}</p>
      )}
    </figure>
  );
}
