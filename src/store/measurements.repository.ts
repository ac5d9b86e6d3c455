/** Measurements: trial reports from the camera, per repetition and per side. Never video. */
import { randomUUID } from 'node:crypto';
import type { TrialReport } from '../vision/trial/types.js';
import type { SavedMeasurement } from '../contract/api.js';
import type { KneelineDb } from './database.js';
import { keypointFramesSchema, trialReportSchema } from '../contract/stored-shapes.js';
import { parseJsonColumn, readableRows } from './json-column-reader.js';

export interface NewMeasurement {
  readonly test: string;
  readonly side: string;
  readonly report: TrialReport;
  readonly keypoints?: readonly unknown[];
}

/** A stored measurement is what the API returns: one shape, owned by the contract. */
export type MeasurementRecord = SavedMeasurement;

export interface MeasurementsRepository {
  add(userId: string, input: NewMeasurement, now: string): Promise<MeasurementRecord>;
  /** Every measurement, oldest first. */
  list(userId: string): Promise<readonly MeasurementRecord[]>;
}

export function createMeasurementsRepository(db: KneelineDb): MeasurementsRepository {
  return {
    async add(userId, input, now) {
      const id = randomUUID();
      const keypoints = input.keypoints ?? null;
      await db
        .insertInto('measurements')
        .values({
          id,
          user_id: userId,
          test: input.test,
          side: input.side,
          report: JSON.stringify(input.report),
          keypoints: keypoints === null ? null : JSON.stringify(keypoints),
          created_at: now,
        })
        .execute();
      return { id, test: input.test, side: input.side, report: input.report, keypoints, createdAt: now };
    },
    async list(userId) {
      const rows = await db
        .selectFrom('measurements')
        .selectAll()
        .where('user_id', '=', userId)
        .orderBy('created_at', 'asc')
        .execute();
      return readableRows(
        rows,
        (row) => ({
          id: row.id,
          test: row.test,
          side: row.side,
          // The schema checks the fields the app reads; the rest of TrialReport passes through as stored.
          report: parseJsonColumn(
            trialReportSchema,
            row.report,
            'measurements.report',
          ) as unknown as TrialReport,
          keypoints:
            row.keypoints === null
              ? null
              : parseJsonColumn(keypointFramesSchema, row.keypoints, 'measurements.keypoints'),
          createdAt: row.created_at,
        }),
        'measurements',
      );
    },
  };
}
