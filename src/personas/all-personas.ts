/** Every intake persona, in one list (the suite asserts there are at least 40 with the session ones). */
import { CHILD_PERSONAS, FINDINGS_PERSONAS, NATURE_PERSONAS } from './child-personas.js';
import { DIAGNOSIS_PERSONAS, RED_FLAG_PERSONAS } from './intake-personas.js';
import type { Persona } from './persona-types.js';

export const INTAKE_PERSONAS: readonly Persona[] = [
  ...RED_FLAG_PERSONAS,
  ...DIAGNOSIS_PERSONAS,
  ...CHILD_PERSONAS,
  ...FINDINGS_PERSONAS,
  ...NATURE_PERSONAS,
];
