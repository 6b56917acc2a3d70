// Plays the timeline: one day per tick until the end, then stops. Off under reduced motion.
import { useEffect, useRef, useState } from 'react';

const TICK_MS = 1000;

export function usePlayback(
  step: () => boolean,
  enabled: boolean,
): { playing: boolean; setPlaying: (on: boolean) => void } {
  const [playing, setPlaying] = useState(false);
  const stepRef = useRef(step);
  useEffect(() => {
    stepRef.current = step;
  }, [step]);
  useEffect(() => {
    if (!playing || !enabled) return;
    const timer = window.setInterval(() => {
      // step() returns false once the last day is reached.
      if (!stepRef.current()) setPlaying(false);
    }, TICK_MS);
    return () => window.clearInterval(timer);
  }, [playing, enabled]);
  return { playing: playing && enabled, setPlaying };
}
