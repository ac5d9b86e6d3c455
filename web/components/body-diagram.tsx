/**
 * A front view of the legs and pelvis with a numbered mark where each finding sits. The person
 * faces us, so their right leg is on the picture's left; the labels say so.
 */
import { DRIVER_LABELS } from '../../src/program/labels.js';
import { driverWords } from '../lib/plain-words.js';
import type { Finding } from '../../src/assessment/types.js';
import { bodyMarks } from '../lib/body-marks.js';
import type { MarkArea, MarkSide } from '../lib/body-marks.js';

type Point = readonly [number, number];

const SPOTS: Readonly<Record<MarkArea, Readonly<Record<MarkSide, Point>>>> = {
  pelvis: { middle: [100, 112], left: [118, 112], right: [82, 112] },
  hip: { right: [70, 128], left: [130, 128], middle: [100, 128] },
  knee: { right: [80, 202], left: [120, 202], middle: [100, 202] },
  ankle: { right: [84, 276], left: [116, 276], middle: [100, 276] },
  foot: { right: [72, 300], left: [128, 300], middle: [100, 300] },
};

const SIDE_WORDS: Readonly<Record<MarkSide, string>> = { left: 'left', right: 'right', middle: 'middle' };

export function BodyDiagram({ findings }: { readonly findings: readonly Finding[] }) {
  const marks = bodyMarks(findings);
  return (
    <div className="body-diagram">
      <svg viewBox="0 0 200 320" role="img" aria-labelledby="body-diagram-title" className="body-svg">
        {/* One string child: React renders a <title> with several children empty. */}
        <title id="body-diagram-title">{`Front view of the legs, with ${marks.length} marked ${marks.length === 1 ? 'spot' : 'spots'}`}</title>
        <text x="8" y="18" className="diagram-label">
          Your right
        </text>
        <text x="192" y="18" textAnchor="end" className="diagram-label">
          Your left
        </text>
        <g fill="#eef2f1" stroke="#5d6d72" strokeWidth="2" strokeLinejoin="round">
          <path d="M62 40 Q100 30 138 40 L142 100 Q146 120 138 132 L62 132 Q54 120 58 100 Z" />
          <path d="M62 130 L98 130 L94 200 L92 276 L96 296 L64 304 L60 296 L74 276 L68 200 Z" />
          <path d="M102 130 L138 130 L132 200 L126 276 L140 296 L136 304 L104 296 L108 276 L106 200 Z" />
        </g>
        {marks.map((mark, index) => {
          const [x, y] = SPOTS[mark.area][mark.side];
          return (
            <g key={`${mark.area}-${mark.side}`} className={`mark ${mark.side}`}>
              <circle cx={x} cy={y} r="11" />
              <text x={x} y={y + 4.5} textAnchor="middle">
                {index + 1}
              </text>
            </g>
          );
        })}
      </svg>
      {marks.length > 0 ? (
        <ol className="diagram-legend">
          {marks.map((mark) => (
            <li key={`${mark.area}-${mark.side}`}>
              <strong>
                {mark.area === 'pelvis' ? 'Pelvis' : `${capitalise(SIDE_WORDS[mark.side])} ${mark.area}`}:
              </strong>{' '}
              {mark.drivers.map((driver) => driverWords(driver, DRIVER_LABELS[driver])).join('; ')}
            </li>
          ))}
        </ol>
      ) : (
        <p>Nothing to mark: we found no clear driver in the feet, ankles, knees, hips or pelvis.</p>
      )}
    </div>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
