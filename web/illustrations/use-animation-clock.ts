/** Seconds since the animation started, advanced each frame while `running` (0 otherwise). */
import { useEffect, useState } from 'react';

export function useAnimationClock(running: boolean): number {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    if (!running) {
      return undefined;
    }
    let frame = 0;
    let start: number | null = null;
    const tick = (now: number): void => {
      start ??= now;
      setSeconds((now - start) / 1000);
      frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [running]);
  return seconds;
}
