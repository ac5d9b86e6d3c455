import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/assessment/question-types.js';
import { QuestionField, readLength } from './question-field.js';

const noop = (): void => undefined;

describe('QuestionField', () => {
  it('labels a number box with the question so a screen reader reads it', () => {
    const question: Question = {
      id: 'minutesPerSession',
      prompt: 'How many minutes can you spend per session?',
      help: 'Be honest.',
      input: { kind: 'number', unit: 'minutes', min: 5, max: 120, integer: true },
    };
    const html = renderToStaticMarkup(
      <QuestionField question={question} value={20} units="cm" onChange={noop} />,
    );
    const forId = /<label for="([^"]+)"/.exec(html)?.[1];
    expect(forId).toBeDefined();
    expect(html).toContain(`id="${forId ?? ''}"`);
    expect(html).toContain('5 to 120 minutes');
    expect(html).toContain('value="20"');
  });

  it('shows the choices of a yes/no question as a group with the prompt as its name', () => {
    const question: Question = {
      id: 'givingWay',
      prompt: 'Does your knee give way?',
      help: '',
      input: { kind: 'yes-no' },
    };
    const html = renderToStaticMarkup(
      <QuestionField question={question} value={false} units="cm" onChange={noop} />,
    );
    expect(html).toContain('<legend>Does your knee give way?</legend>');
    expect(html.match(/type="radio"/g)).toHaveLength(2);
  });

  it('shows a saved distance in the unit the person chose', () => {
    const question: Question = {
      id: 'wall',
      prompt: 'Distance?',
      help: '',
      input: { kind: 'length', maxCm: 40 },
    };
    const html = renderToStaticMarkup(
      <QuestionField question={question} value={{ value: 10.16, unit: 'cm' }} units="in" onChange={noop} />,
    );
    expect(html).toContain('value="4"');
    expect(html).toContain('>in<');
  });
});

describe('readLength', () => {
  it('reads a distance typed in inches as centimetres', () => {
    expect(readLength({ value: 4, unit: 'in' })).toBeCloseTo(10.16, 5);
    expect(readLength('4')).toBeNull();
  });
});
