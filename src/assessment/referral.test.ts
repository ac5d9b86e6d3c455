import { describe, expect, it } from 'vitest';
import { findDrivers } from './find-drivers.js';
import { referralFor } from './referral.js';
import { sampleInput } from './sample-input.js';

describe('triageReferral', () => {
  it.each([
    ['acutePain', 'orthopedic-specialist'],
    ['givingWay', 'orthopedic-specialist'],
    ['fixedDeformity', 'orthopedic-specialist'],
    ['severePersistentPain', 'physical-therapist'],
  ] as const)('stops the program and refers on when %s is answered yes', (flag, professional) => {
    const findings = findDrivers(sampleInput({ [flag]: true }));
    expect(findings.programAllowed).toBe(false);
    expect(findings.referral).toMatchObject({ urgency: 'stop', to: [professional] });
    expect(findings.referral?.nextSteps.length).toBeGreaterThan(0);
  });

  it('gives no referral to an adult with no red flags', () => {
    const findings = findDrivers(sampleInput());
    expect(findings.referral).toBeNull();
    expect(findings.programAllowed).toBe(true);
  });

  it('sends a young child to a paediatric physiotherapist and says it is often normal growth', () => {
    const findings = findDrivers(sampleInput({ ageGroup: 'child' }));
    expect(findings.programAllowed).toBe(false);
    expect(findings.referral?.to).toEqual(['paediatric-physiotherapist']);
    expect(findings.referral?.reasons.join(' ')).toMatch(/normal growth/);
    expect(findings.notes.join(' ')).toMatch(/normal development at this age/);
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

  it('after 6 weeks without change, suggests a physio check and asking a doctor about an X-ray', () => {
    const findings = findDrivers(sampleInput({ weeksOfExerciseSoFar: 12, improvedSoFar: false }));
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['physical-therapist', 'doctor'] });
    expect(findings.referral?.nextSteps.join(' ')).toMatch(/X-ray/);
    expect(findDrivers(sampleInput({ weeksOfExerciseSoFar: 12, improvedSoFar: true })).referral).toBeNull();
  });

  it('merges several red flags into one referral that says stop', () => {
    const findings = findDrivers(
      sampleInput({ ageGroup: 'older-adult', givingWay: true, severePersistentPain: true }),
    );
    expect(findings.referral?.urgency).toBe('stop');
    expect(findings.referral?.to).toEqual(['orthopedic-specialist', 'physical-therapist', 'doctor']);
    expect(findings.referral?.reasons).toHaveLength(3);
  });

  it('reminds a person in pain to treat the pain first and load only as symptoms allow', () => {
    const inPain = findDrivers(sampleInput({ painAreas: ['hip'], painLevel: 2 }));
    expect(inPain.notes[0]).toMatch(/Treat the pain first/);
    expect(inPain.notes[0]).toMatch(/symptoms allow/);
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
