/**
 * Completing the assessment: the draft is validated as an AssessmentInput, the findings are
 * worked out and, when they allow a program, the program is built and scheduled. The completed
 * assessment, the program and its schedule are written in one transaction.
 */
import { CATALOG } from '../catalog/catalog.js';
import { findDrivers, preferencesFrom } from '../assessment/find-drivers.js';
import { assessmentInputSchema } from '../assessment/input.js';
import { buildProgram } from '../program/build-program.js';
import { scheduleSessions } from '../program/schedule.js';
import type { IsoDate } from '../program/types.js';
import type { Store } from '../store/store.js';
import { RequestError, zodDetails } from './errors.js';
import type { CompleteResponse } from '../contract/schemas.js';
import { SCHEDULE_WEEKS, scheduleStart } from './settings.js';

export async function completeAssessment(
  store: Store,
  userId: string,
  today: IsoDate,
  now: string,
): Promise<CompleteResponse> {
  return store.transaction(async (repos) => {
    await repos.users.lockForWrite(userId);
    const draft = await repos.assessments.draft(userId);
    const parsed = assessmentInputSchema.safeParse({
      answers: draft?.answers ?? {},
      tests: draft?.tests ?? {},
    });
    if (draft === null || !parsed.success) {
      const details = parsed.success ? [] : zodDetails(parsed.error);
      throw new RequestError(
        422,
        'assessment-incomplete',
        draft === null
          ? 'There is no assessment in progress: save answers with PUT /api/assessment/draft first.'
          : `The assessment is not complete yet: ${details.length} answer(s) are missing or not valid.`,
        details,
      );
    }
    const findings = findDrivers(parsed.data);
    await repos.assessments.complete(userId, draft.id, findings, now);
    if (!findings.programAllowed) {
      await repos.sessions.clearUpcoming(userId, today);
      return { findings, program: null };
    }
    const preferences = preferencesFrom(parsed.data);
    const program = buildProgram(findings, preferences, CATALOG);
    const settings = await repos.settings.get(userId);
    const startDate = scheduleStart(settings, today);
    const sessions = scheduleSessions(program, {
      startDate,
      weekdays: settings.weekdays,
      weeks: SCHEDULE_WEEKS,
    });
    const saved = await repos.programs.create(
      userId,
      { assessmentId: draft.id, program, findings, preferences },
      now,
    );
    await repos.sessions.replaceUpcoming(userId, saved.id, sessions, today);
    // The schedule now starts on a fixed day: progress counts weeks from it.
    await repos.settings.save(userId, { ...settings, startDate }, now);
    return { findings, program };
  });
}
