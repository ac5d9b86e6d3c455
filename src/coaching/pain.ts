/**
 * When pain ends an exercise. Seed 000's author, across the reader threads (USER-NEEDS.md,
 * "pain from the exercises"): pain is a stop sign, so stop or make the exercise easier; a stretch
 * sensation is fine and never a reason to stop.
 *
 * The threshold is the program's (src/program/progression-rules.ts), so the player stops an
 * exercise at exactly the pain that makes progression regress it next time. 2/10 is also the top
 * of the "safe" zone of the pain-monitoring model used in knee rehabilitation (Thomeé 1997:
 * 0-2 safe, 2-5 acceptable, above 5 high risk).
 */
export { PAIN_STOP_ABOVE, isStopPain } from '../program/progression-rules.js';
