/** Health, the exercise catalog and the assessment's questions and self-tests. */
import type { FastifyInstance } from 'fastify';
import { ADVICE, EXERCISES } from '../../catalog/catalog.js';
import { QUESTIONS, SAFETY_QUESTIONS } from '../../assessment/questions.js';
import { SELF_TESTS } from '../../assessment/self-tests.js';
import { API_ROUTES } from '../../contract/api.js';
import type { AssessmentDefinition, Catalog } from '../../contract/api.js';

/** Self-tests without their zod result schema, which is code, not JSON. */
const selfTests = SELF_TESTS.map(({ resultSchema: _schema, ...test }) => test);
const definition: AssessmentDefinition = {
  /** Safety (red flag) questions first, then the rest, in the order they are asked. */
  questions: [...SAFETY_QUESTIONS, ...QUESTIONS],
  safetyQuestionIds: SAFETY_QUESTIONS.map((question) => question.id),
  selfTests,
};

export function metaRoutes(app: FastifyInstance): void {
  app.get(API_ROUTES.health.path, () => ({ ok: true }));
  app.get(API_ROUTES.catalog.path, (): Catalog => ({ exercises: EXERCISES, advice: ADVICE }));
  app.get(API_ROUTES.definition.path, () => definition);
}
