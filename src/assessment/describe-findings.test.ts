import { describe, expect, it } from 'vitest';
import { describeFindings } from './describe-findings.js';
import { findDrivers } from './find-drivers.js';
import { sampleInput } from './sample-input.js';

describe('describeFindings', () => {
  it('puts a stop referral first, naming who to see and what to do next', () => {
    const lines = describeFindings(findDrivers(sampleInput({ givingWay: true })));
    expect(lines[0]).toBe('Please see an orthopedic specialist before starting exercises.');
    expect(lines).toContain('Next steps:');
    expect(lines.at(-1)).toBe('No program for now.');
  });

  it('explains each driver in plain words with the evidence behind it', () => {
    const findings = findDrivers(
      sampleInput({ sidesAffected: 'left' }, { kneeToWall: { left: { value: 7, unit: 'cm' } } }),
    );
    const text = describeFindings(findings).join('\n');
    expect(text).toMatch(/Knees that cave in: the left knee\./);
    expect(text).toMatch(
      /- the ankle does not bend forwards enough \(left leg, mild\)\n {4}because: Left knee-to-wall 7 cm/,
    );
    expect(text).toMatch(/A program can be built/);
  });

  it('says so when no driver stood out and the type is not yet clear', () => {
    const text = describeFindings(findDrivers(sampleInput())).join('\n');
    expect(text).toMatch(/No driver stood out/);
    expect(text).toMatch(/Type: not clear yet/);
  });
});
