import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { describeTriage } from '../../src/assessment/describe-triage.js';
import { parseAssessmentInput } from '../../src/assessment/input.js';
import { triageOf } from '../../src/assessment/triage.js';
import { INTAKE_PERSONAS } from '../../src/personas/all-personas.js';
import { TriageView } from './referral.js';

const triageFor = (id: string) => {
  const persona = INTAKE_PERSONAS.find((p) => p.id === id);
  if (persona === undefined) {
    throw new Error(`no persona ${id}`);
  }
  return triageOf(parseAssessmentInput(persona.input));
};
const text = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/\s+/g, ' ');

describe('TriageView', () => {
  it.each(['meniscus-cleared', 'hot-swollen-knee-fever', 'child-4-symmetric', 'child-5-one-leg'])(
    'shows %s with the same outcome, reasons, sources and changes the CLI prints',
    (id) => {
      const triage = triageFor(id);
      const shown = text(renderToStaticMarkup(<TriageView triage={triage} />));
      const printed = describeTriage(triage, { sources: true });
      expect(shown).toContain(printed[0]?.replace('Safety check: ', '') ?? '');
      for (const reason of triage.reasons) {
        expect(shown).toContain(reason.text.replace(/\s+/g, ' '));
        expect(shown).toContain(reason.source.replace(/\s+/g, ' '));
      }
    },
  );

  it('says what changes in the program for a meniscal tear: no kneeling, no deep bends', () => {
    const shown = text(renderToStaticMarkup(<TriageView triage={triageFor('meniscus-cleared')} />));
    expect(shown).toContain('No exercise kneels on the knee.');
    expect(shown).toContain('No deep knee bends');
  });

  it('marks a same-day problem as an alert', () => {
    expect(renderToStaticMarkup(<TriageView triage={triageFor('hot-swollen-knee-fever')} />)).toContain(
      'role="alert"',
    );
  });
});
