/**
 * The device side of the player's cues: speech (Web Speech API), a short beep (Web Audio) and a
 * vibration where the phone has one. Every part is optional; a missing API is silently skipped.
 */
import type { Side } from '../../src/assessment/types.js';
import type { Cue } from '../../src/coaching/types.js';

export interface CuePlayer {
  readonly play: (cue: Cue) => void;
  readonly stop: () => void;
}

/** Words for the knee-out cue, short enough to hear mid-rep. */
export function kneeOutWords(side: Side): string {
  return `${side === 'left' ? 'Left' : 'Right'} knee out.`;
}

function speak(text: string): void {
  if (!('speechSynthesis' in window)) {
    return;
  }
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.rate = 1;
  window.speechSynthesis.speak(utterance);
}

let audio: AudioContext | null = null;
function beep(): void {
  if (typeof AudioContext === 'undefined') {
    return;
  }
  audio ??= new AudioContext();
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = 880;
  gain.gain.value = 0.15;
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start();
  oscillator.stop(audio.currentTime + 0.15);
}

/** Plays cues aloud when `voiceOn()` says so; beeps and vibration follow the same switch. */
export function createCuePlayer(voiceOn: () => boolean): CuePlayer {
  return {
    play(cue) {
      if (!voiceOn()) {
        return;
      }
      switch (cue.kind) {
        case 'speak':
          speak(cue.text);
          return;
        case 'beep':
          beep();
          return;
        case 'knee-out':
          navigator.vibrate?.(200);
          speak(kneeOutWords(cue.side));
          return;
      }
    },
    stop() {
      if ('speechSynthesis' in window) {
        window.speechSynthesis.cancel();
      }
    },
  };
}
