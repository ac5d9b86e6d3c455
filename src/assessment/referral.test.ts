import { describe, expect, it } from 'vitest';
import { findDrivers } from './find-drivers.js';
import { referralFor } from './referral.js';
import { sampleInput } from './sample-input.js';

describe('triageReferral', () => {
  // Issue 9: a recent injury goes to physiotherapy with a 2-week review (NORMS.md) as well as seed 002's specialist.
  it.each([
    ['acutePain', ['physical-therapist', 'orthopedic-specialist']],
    ['givingWay', ['orthopedic-specialist']],
    ['fixedDeformity', ['orthopedic-specialist']],
    ['severePersistentPain', ['physical-therapist']],
  ] as const)('stops the program and refers on when %s is answered yes', (flag, professionals) => {
    const findings = findDrivers(sampleInput({ [flag]: true }));
    expect(findings.programAllowed).toBe(false);
    expect(findings.referral).toMatchObject({ urgency: 'stop', to: professionals });
    expect(findings.referral?.nextSteps.length).toBeGreaterThan(0);
  });

  it('gives no referral to an adult with no red flags', () => {
    const findings = findDrivers(sampleInput());
    expect(findings.referral).toBeNull();
    expect(findings.programAllowed).toBe(true);
  });

  // Issue 9: symmetric knock knees in a young child are normal growth: no program and no referral
  // (NORMS.md: none needed under 6 without pain), with the signs that would need a doctor.
  it('tells the parent of a young child it is normal growth, with no program and no referral', () => {
    const findings = findDrivers(sampleInput({ ageGroup: 'child' }));
    expect(findings.programAllowed).toBe(false);
    expect(findings.referral).toBeNull();
    expect(findings.triage?.outcome).toBe('normal-for-age');
    expect(findings.triage?.reasons.map((r) => r.text).join(' ')).toMatch(/normal growth/);
    expect(findings.triage?.nextSteps.join(' ')).toMatch(/only one leg/);
  });

  it('treats a child of unknown age as young, and lets a child of 8 or more train alongside a paediatric physio', () => {
    expect(findDrivers(sampleInput({ ageGroup: 'child', childAgeYears: 7 })).programAllowed).toBe(false);
    const older = findDrivers(sampleInput({ ageGroup: 'child', childAgeYears: 8 }));
    expect(older.programAllowed).toBe(true);
    expect(older.referral).toMatchObject({ urgency: 'alongside', to: ['paediatric-physiotherapist'] });
    expect(older.notes.join(' ')).not.toMatch(/normal development/);
  });

  it('lets a teenager train, alongside a physiotherapist', () => {
    const findings = findDrivers(sampleInput({ ageGroup: 'teen' }));
    expect(findings.programAllowed).toBe(true);
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['physical-therapist'] });
  });

  it('asks an older adult to get a doctor’s go-ahead, program allowed', () => {
    const findings = findDrivers(sampleInput({ ageGroup: 'older-adult' }));
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['doctor'] });
    expect(findings.programAllowed).toBe(true);
  });

  it('waits for clearance after surgery, and trains alongside the physio once cleared', () => {
    const notCleared = findDrivers(sampleInput({ onset: 'after-surgery', surgeryWeeksAgo: 8 }));
    const saidNo = findDrivers(
      sampleInput({ onset: 'after-surgery', surgeryWeeksAgo: 8, surgeryCleared: false }),
    );
    const cleared = findDrivers(
      sampleInput({ onset: 'after-surgery', surgeryWeeksAgo: 30, surgeryCleared: true }),
    );
    expect(notCleared.programAllowed).toBe(false);
    expect(saidNo.programAllowed).toBe(false);
    expect(cleared.programAllowed).toBe(true);
    expect(cleared.referral?.urgency).toBe('alongside');
  });

  // Issue 9: seed 002 sends a stalled person to a physical therapist first, then an orthopaedic specialist.
  it('after 6 weeks without change, sends to a physical therapist first, then an orthopaedic specialist once seen', () => {
    const findings = findDrivers(sampleInput({ weeksOfExerciseSoFar: 12, improvedSoFar: false }));
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['physical-therapist'] });
    const seen = findDrivers(
      sampleInput({ weeksOfExerciseSoFar: 12, improvedSoFar: false, clearedForExercise: true }),
    );
    expect(seen.referral?.to).toEqual(['orthopedic-specialist']);
    expect(seen.referral?.nextSteps.join(' ')).toMatch(/X-ray/);
    expect(findDrivers(sampleInput({ weeksOfExerciseSoFar: 12, improvedSoFar: true })).referral).toBeNull();
  });

  it('merges several red flags into one referral that says stop', () => {
    const findings = findDrivers(
      sampleInput({ ageGroup: 'older-adult', givingWay: true, severePersistentPain: true }),
    );
    expect(findings.referral?.urgency).toBe('stop');
    // Issue 9: a stop names who to see now; the older adult's doctor check comes with the program.
    expect(findings.referral?.to).toEqual(['orthopedic-specialist', 'physical-therapist']);
    expect(findings.referral?.reasons).toHaveLength(2);
  });

  it('reminds a person in pain to treat the pain first and load only as symptoms allow', () => {
    const inPain = findDrivers(sampleInput({ painAreas: ['hip'], painLevel: 2 }));
    expect(inPain.notes[0]).toMatch(/Treat the pain first/);
    expect(inPain.notes[0]).toMatch(/up to 5\/10/);
    expect(inPain.referral).toBeNull();
    expect(findDrivers(sampleInput()).notes.join(' ')).not.toMatch(/Treat the pain first/);
  });
});

describe('referralFor', () => {
  it('gives the same referral as the full findings, straight from the answers', () => {
    const input = sampleInput({ fixedDeformity: true });
    expect(referralFor(input)).toEqual(findDrivers(input).referral);
    expect(referralFor(sampleInput())).toBeNull();
  });
});
