import { describe, expect, it } from 'vitest';
import { lowestY, solvePose } from './forward-kinematics.js';
import { figure, pelvisAt } from './poses/builders.js';
import { GROUND_Y } from './skeleton.js';

describe('solvePose', () => {
  it('stands a figure on the floor with the head above the pelvis', () => {
    const points = solvePose(figure('side', { anchor: pelvisAt(100) }), 'side');
    expect(lowestY(points)).toBeCloseTo(GROUND_Y);
    expect(points.head.y).toBeLessThan(points.neck.y);
    expect(points.neck.y).toBeLessThan(points.pelvis.y);
    expect(points.pelvis.x).toBeCloseTo(100);
  });

  it('folds the shin backwards when the knee bends in the side view', () => {
    const bent = solvePose(
      figure('side', { anchor: pelvisAt(100, 90), right: { thigh: 60, shin: -30 } }),
      'side',
    );
    expect(bent.rightKnee.x).toBeGreaterThan(bent.rightHip.x);
    expect(bent.rightAnkle.x).toBeLessThan(bent.rightKnee.x);
  });

  it("draws the person's left limbs on the viewer's right in the front view", () => {
    const points = solvePose(figure('front', { anchor: pelvisAt(100) }), 'front');
    expect(points.leftHip.x).toBeGreaterThan(points.rightHip.x);
    expect(points.leftShoulder.x).toBeGreaterThan(points.rightShoulder.x);
  });

  it('lays the figure down with the head on the left when the trunk tilts -90 degrees', () => {
    const points = solvePose(
      figure('side', { anchor: pelvisAt(100, 140), trunk: -90, right: { thigh: 90, shin: 90 } }),
      'side',
    );
    expect(points.head.x).toBeLessThan(points.pelvis.x);
    expect(points.head.y).toBeCloseTo(points.pelvis.y);
    expect(points.rightAnkle.x).toBeGreaterThan(points.pelvis.x);
  });

  it('drops the left hip when the pelvis tilts', () => {
    const points = solvePose(figure('front', { anchor: pelvisAt(100, 90), pelvisTilt: 10 }), 'front');
    expect(points.leftHip.y).toBeGreaterThan(points.rightHip.y);
  });
});
