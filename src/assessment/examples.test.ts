import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { findDrivers, preferencesFrom } from './find-drivers.js';
import type { AssessmentInput } from './input.js';
import { parseAssessmentInput } from './input.js';
import type { Findings } from './types.js';

const folder = new URL('../../examples/', import.meta.url);
const load = async (name: string): Promise<AssessmentInput> =>
  parseAssessmentInput(JSON.parse(await readFile(new URL(name, folder), 'utf8')));
const findingsOf = async (name: string): Promise<Findings> => findDrivers(await load(name));
const drivers = (findings: Findings) =>
  Object.fromEntries(findings.drivers.map((found) => [found.driver, `${found.side} ${found.severity}`]));

describe('findDrivers on the example answer files', () => {
  it('reads every example file without a complaint', async () => {
    const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    expect(names.length).toBeGreaterThanOrEqual(5);
    for (const name of names) {
      await expect(load(name), name).resolves.toBeDefined();
    }
  });

  it('right knee, flat right foot, 15 minutes with a band and a wall: start at the right foot', async () => {
    const input = await load('right-knee-flat-foot.json');
    const findings = findDrivers(input);
    expect(findings.valgusSide).toBe('right');
    expect(findings.nature).toBe('dynamic');
    expect(drivers(findings)).toEqual({ 'foot-pronation': 'right moderate' });
    expect(findings.notes.join(' ')).toMatch(/start at the foot/);
    expect(findings.notes.join(' ')).toMatch(/Treat the pain first/);
    expect(findings.referral).toBeNull();
    expect(preferencesFrom(input)).toMatchObject({
      minutesPerSession: 15,
      daysPerWeek: 7,
      equipment: ['band', 'wall'],
      painNow: 3,
    });
  });

  it('gym-goer whose knees both cave: stiff ankles and weak hips on both sides', async () => {
    const findings = await findingsOf('gym-both-knees-tight-ankles.json');
    expect(findings.valgusSide).toBe('both');
    expect(findings.nature).toBe('dynamic');
    expect(drivers(findings)).toEqual({
      'ankle-dorsiflexion': 'both mild',
      'hip-abductor-weakness': 'both moderate',
      'hip-external-rotator-weakness': 'both moderate',
      'knee-position-sense': 'both mild',
    });
    expect(findings.programAllowed).toBe(true);
  });

  // Issue 9: 4 cm or more in a teenager is beyond the norm (NORMS.md): paediatric orthopaedics while growing.
  it('teenager with a 5 cm ankle gap since childhood: a paediatric orthopaedic check first', async () => {
    const findings = await findingsOf('teen-since-childhood.json');
    expect(findings.valgusSide).toBe('both');
    expect(findings.nature).toBe('unclear');
    expect(drivers(findings)).toEqual({ 'foot-pronation': 'both mild' });
    expect(findings.triage?.outcome).toBe('see-professional-first');
    expect(findings.referral?.to).toContain('paediatric-orthopaedic-specialist');
    expect(findings.programAllowed).toBe(false);
  });

  it('knee that gives way after an old ligament tear: see a specialist, no program', async () => {
    const findings = await findingsOf('giving-way-old-acl-tear.json');
    expect(findings.referral).toMatchObject({ urgency: 'stop', to: ['orthopedic-specialist'] });
    expect(findings.programAllowed).toBe(false);
  });

  it('adult whose knees cannot be brought into line after 12 weeks of work: likely structural', async () => {
    const findings = await findingsOf('adult-likely-structural.json');
    expect(findings.nature).toBe('likely-structural');
    expect(findings.valgusSide).toBe('both');
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['physical-therapist'] });
    expect(findings.programAllowed).toBe(true);
    expect(findings.notes.join(' ')).toMatch(/will not change the shape/);
  });

  it('71-year-old tennis player with a right knee that caves: doctor’s go-ahead, right hip work', async () => {
    const findings = await findingsOf('older-adult-tennis-right-knee.json');
    expect(findings.valgusSide).toBe('right');
    expect(drivers(findings)).toEqual({
      'hip-abductor-weakness': 'right moderate',
      'hip-external-rotator-weakness': 'right moderate',
      'knee-position-sense': 'right mild',
    });
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['doctor'] });
  });

  it('pelvis shifted over the left foot with a right duck foot: named as mixed pictures', async () => {
    const findings = await findingsOf('pelvis-shifted-duck-foot.json');
    expect(findings.mixedPictures).toEqual(['duck-feet', 'pelvis-shift']);
    expect(drivers(findings)).toEqual({
      'foot-pronation': 'right mild',
      'tibial-external-rotation': 'right mild',
    });
  });

  it('a parent asking about a toddler: normal growth, no program', async () => {
    const findings = await findingsOf('toddler.json');
    expect(findings.triage?.outcome).toBe('normal-for-age');
    expect(findings.programAllowed).toBe(false);
  });

  it('six months after ACL surgery, cleared: right hip and thigh work alongside the physio', async () => {
    const findings = await findingsOf('after-acl-surgery-cleared.json');
    expect(findings.valgusSide).toBe('right');
    expect(drivers(findings)).toEqual({
      'ankle-dorsiflexion': 'right mild',
      'hip-abductor-weakness': 'right moderate',
      'hip-external-rotator-weakness': 'right moderate',
      'quadriceps-weakness': 'right mild',
    });
    expect(findings.referral).toMatchObject({ urgency: 'alongside', to: ['physical-therapist'] });
  });

  it('torn meniscus, cleared, kneeling hurts: program without kneeling or deep knee bends, physio alongside', async () => {
    const findings = await findingsOf('meniscus-tear-cleared.json');
    expect(findings.triage).toMatchObject({
      outcome: 'start-with-adaptations',
      professionals: ['physical-therapist'],
      exclusions: ['no-kneeling', 'no-deep-knee-bend'],
    });
  });

  it('10-year-old, left knee only: a paediatric orthopaedic check first, no program', async () => {
    const findings = await findingsOf('child-one-knee.json');
    expect(findings.triage).toMatchObject({
      outcome: 'see-professional-first',
      professionals: ['paediatric-orthopaedic-specialist'],
    });
    expect(findings.programAllowed).toBe(false);
  });

  it('hot, swollen knee with a fever: urgent care today', async () => {
    const findings = await findingsOf('hot-swollen-knee.json');
    expect(findings.triage?.outcome).toBe('urgent');
    expect(findings.triage?.professionals[0]).toBe('urgent-care');
  });
});
