/**
 * One question rendered from the assessment's data: yes/no, one choice, several choices,
 * a number, or a length in the user's unit. The label/legend is the question's prompt.
 */
import { useId, useState } from 'react';
import type { Question } from '../../src/assessment/question-types.js';
import { lengthInputValue, parseLength } from '../lib/length.js';
import type { LengthUnit } from '../lib/length.js';
import { centimetres, CM_PER_INCH } from '../../src/units.js';

/** A stored length: the number as typed and its unit (the assessment converts to cm). */
export interface LengthAnswer {
  readonly value: number;
  readonly unit: LengthUnit;
}

interface Props {
  readonly question: Question;
  readonly value: unknown;
  readonly onChange: (value: unknown) => void;
  readonly units: LengthUnit;
  /** Renders the prompt as the page's heading (the questionnaire has one question per step). */
  readonly asHeading?: boolean;
}

export function QuestionField({ question, value, onChange, units, asHeading = false }: Props) {
  const id = useId();
  const helpId = `${id}-help`;
  const prompt = asHeading ? <h1 className="question-prompt">{question.prompt}</h1> : question.prompt;
  const input = question.input;
  const label = asHeading ? (
    <h1 className="question-prompt">
      <label htmlFor={id}>{question.prompt}</label>
    </h1>
  ) : (
    <label htmlFor={id}>{question.prompt}</label>
  );
  switch (input.kind) {
    case 'yes-no':
      return (
        <fieldset aria-describedby={helpId}>
          <legend>{prompt}</legend>
          <p className="hint" id={helpId}>
            {question.help}
          </p>
          <div className="choices">
            {[
              { label: 'Yes', answer: true },
              { label: 'No', answer: false },
            ].map((option) => (
              <label key={option.label} className="choice">
                <input
                  type="radio"
                  name={id}
                  checked={value === option.answer}
                  onChange={() => onChange(option.answer)}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      );
    case 'single':
    case 'multi': {
      const multi = input.kind === 'multi';
      const chosen = Array.isArray(value) ? (value as readonly string[]) : [];
      const toggle = (option: string): void => {
        if (!multi) {
          onChange(option);
          return;
        }
        if (chosen.includes(option)) {
          onChange(chosen.filter((item) => item !== option));
        } else if (option === 'none') {
          onChange(['none']);
        } else {
          onChange([...chosen.filter((item) => item !== 'none'), option]);
        }
      };
      return (
        <fieldset aria-describedby={helpId}>
          <legend>{prompt}</legend>
          <p className="hint" id={helpId}>
            {question.help}
          </p>
          <div className="choices">
            {input.options.map((option) => (
              <label key={option.value} className="choice">
                <input
                  type={multi ? 'checkbox' : 'radio'}
                  name={id}
                  value={option.value}
                  checked={multi ? chosen.includes(option.value) : value === option.value}
                  onChange={() => toggle(option.value)}
                />
                {option.label}
              </label>
            ))}
          </div>
        </fieldset>
      );
    }
    case 'number':
      return (
        <div className="field">
          {label}
          <p className="hint" id={helpId}>
            {question.help} ({input.min} to {input.max} {input.unit})
          </p>
          <NumberBox
            id={id}
            describedBy={helpId}
            value={typeof value === 'number' ? value : null}
            min={input.min}
            max={input.max}
            integer={input.integer}
            suffix={input.unit}
            onChange={onChange}
          />
        </div>
      );
    case 'length':
      return (
        <div className="field">
          {label}
          <p className="hint" id={helpId}>
            {question.help}
          </p>
          <LengthBox
            id={id}
            describedBy={helpId}
            value={readLength(value)}
            units={units}
            onChange={onChange}
          />
        </div>
      );
  }
}

/** A stored length answer in centimetres, or null when there is none. */
export function readLength(value: unknown): number | null {
  if (typeof value !== 'object' || value === null || !('value' in value) || typeof value.value !== 'number') {
    return null;
  }
  const unit = 'unit' in value ? value.unit : 'cm';
  return unit === 'in' ? value.value * CM_PER_INCH : value.value;
}

interface NumberBoxProps {
  readonly id: string;
  readonly describedBy: string;
  readonly value: number | null;
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  readonly suffix: string;
  readonly onChange: (value: number | undefined) => void;
}

/** A number box that keeps what the user types and reports only valid numbers. */
export function NumberBox({ id, describedBy, value, min, max, integer, suffix, onChange }: NumberBoxProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  const parsed = text.trim() === '' ? null : Number(text.replace(',', '.'));
  const invalid =
    parsed !== null &&
    (!Number.isFinite(parsed) || parsed < min || parsed > max || (integer && !Number.isInteger(parsed)));
  return (
    <span className="number-box">
      <input
        id={id}
        type="text"
        inputMode={integer ? 'numeric' : 'decimal'}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={text}
        size={6}
        onChange={(event) => {
          const next = event.target.value;
          setText(next);
          const number = next.trim() === '' ? Number.NaN : Number(next.replace(',', '.'));
          const ok =
            Number.isFinite(number) &&
            number >= min &&
            number <= max &&
            (!integer || Number.isInteger(number));
          onChange(ok ? number : undefined);
        }}
      />{' '}
      <span aria-hidden="true">{suffix}</span>
      {invalid ? (
        <span className="error-text" role="alert">
          {' '}
          Enter {integer ? 'a whole number' : 'a number'} from {min} to {max}.
        </span>
      ) : null}
    </span>
  );
}

interface LengthBoxProps {
  readonly id: string;
  readonly describedBy?: string;
  /** Centimetres, or null when empty. */
  readonly value: number | null;
  readonly units: LengthUnit;
  readonly onChange: (value: LengthAnswer | undefined) => void;
}

/** A length typed in cm or inches (per the settings), reported as typed with its unit. */
export function LengthBox({ id, describedBy, value, units, onChange }: LengthBoxProps) {
  const [text, setText] = useState(value === null ? '' : lengthInputValue(centimetres(value), units));
  const invalid = text.trim() !== '' && parseLength(text, units) === null;
  return (
    <span className="number-box">
      <input
        id={id}
        type="text"
        inputMode="decimal"
        aria-describedby={describedBy}
        aria-invalid={invalid}
        value={text}
        size={6}
        onChange={(event) => {
          setText(event.target.value);
          const cm = parseLength(event.target.value, units);
          onChange(cm === null ? undefined : { value: Number(lengthInputValue(cm, units)), unit: units });
        }}
      />{' '}
      <span>{units}</span>
      {invalid ? (
        <span className="error-text" role="alert">
          {' '}
          Enter a distance in {units === 'cm' ? 'centimetres' : 'inches'}, like{' '}
          {units === 'cm' ? '8.5' : '3.5'}.
        </span>
      ) : null}
    </span>
  );
}
