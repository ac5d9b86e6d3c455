/**
 * Browser harness for the live-feedback e2e test: the session player's LiveFeedback component,
 * switched on, with the real camera hook and pose loop (web/camera) reading Chromium's fake
 * camera. The player's events it sends are kept in `window.__kneelineLiveEvents`. Not the app.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CameraCheck } from '../../src/catalog/types.js';
import type { PlayerEvent } from '../../src/coaching/types.js';
import { LiveFeedback } from '../../web/components/live-feedback.js';

const events: PlayerEvent[] = [];
(window as unknown as { __kneelineLiveEvents: PlayerEvent[] }).__kneelineLiveEvents = events;

const check = (new URLSearchParams(window.location.search).get('check') ?? 'squat') as CameraCheck;

function Harness() {
  const [on, setOn] = useState(true);
  return (
    <LiveFeedback check={check} side="both" send={(event) => events.push(event)} on={on} onToggle={setOn} />
  );
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(<Harness />);
}
