/**
 * "Share with my physio": the report on one or two A4 pages, to print or to save as a PDF. It
 * shows what was measured and answered, never a diagnosis; the clinician decides.
 */
import { useEffect, useState } from 'react';
import { RED_FLAG_KEYS } from '../../src/assessment/answers.js';
import type { SessionLog } from '../../src/coaching/types.js';
import { addDays } from '../../src/program/iso-date.js';
import { buildPhysioReport } from '../../src/report/physio-report.js';
import type { PhysioReport } from '../../src/report/physio-report.js';
import type { TrialReport } from '../../src/vision/trial/types.js';
import { errorMessage, get } from '../api/client.js';
import type { SessionSummary } from '../api/types.js';
import { useApp } from '../app-context.js';
import { exerciseName } from '../lib/catalog-lookup.js';
import { reportPdf } from '../lib/report-pdf.js';
import { reportSections } from '../lib/report-sections.js';
import type { ReportSection } from '../lib/report-sections.js';
import { localToday } from '../lib/use-fetch.js';

const TITLE = 'Knee valgus self-assessment: report for a physiotherapist';

function useReport(): { report: PhysioReport | null; problem: string | null } {
  const { state, definition, catalog } = useApp();
  const [result, setResult] = useState<{ report: PhysioReport | null; problem: string | null }>({
    report: null,
    problem: null,
  });
  useEffect(() => {
    const today = localToday();
    const from = state.settings.startDate < today ? state.settings.startDate : today;
    Promise.all([
      get<readonly SessionLog[]>('/api/logs'),
      get<readonly { report: TrialReport; createdAt: string }[]>('/api/measurements'),
      get<readonly SessionSummary[]>(
        `/api/sessions?from=${addDays(today, -364) > from ? addDays(today, -364) : from}&to=${today}`,
      ),
    ]).then(
      ([logs, measurements, sessions]) =>
        setResult({
          problem: null,
          report: buildPhysioReport({
            today,
            safetyQuestions: definition.questions.filter((question) =>
              (RED_FLAG_KEYS as readonly string[]).includes(question.id),
            ),
            answers: state.assessment?.answers ?? {},
            selfTests: definition.selfTests,
            testResults: state.assessment?.tests ?? {},
            findings: state.findings,
            program: state.program,
            exerciseName: (id) => exerciseName(catalog, id),
            sessionsDue: sessions.filter((session) => session.kind === 'session'),
            logs,
            measurements,
          }),
        }),
      (error: unknown) => setResult({ report: null, problem: errorMessage(error) }),
    );
  }, [state, definition, catalog]);
  return result;
}

function Section({ section }: { readonly section: ReportSection }) {
  return (
    <section className="report-section">
      <h2>{section.title}</h2>
      {section.lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      {section.table !== undefined && section.table.rows.length > 0 ? (
        <table>
          <colgroup>
            {section.table.widths.map((width, index) => (
              <col key={index} style={{ width: `${Math.round(width * 100)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {section.table.head.map((cell) => (
                <th scope="col" key={cell}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.table.rows.map((cells, index) => (
              <tr key={`${cells[0] ?? ''}-${index}`}>
                {cells.map((cell, cellIndex) => (
                  <td key={cellIndex}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes.slice().buffer], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function ReportPage() {
  const { report, problem } = useReport();
  const [pdfProblem, setPdfProblem] = useState<string | null>(null);
  if (problem !== null) {
    return (
      <p className="error-text" role="alert">
        The report could not be put together: {problem}
      </p>
    );
  }
  if (report === null) {
    return <p role="status">Putting your report together…</p>;
  }
  const sections = reportSections(report);
  const subtitle = `Made with Kneeline on ${report.date}. Self-reported answers and home measurements, not a diagnosis.`;
  const savePdf = async (): Promise<void> => {
    try {
      download(await reportPdf(TITLE, subtitle, sections), `kneeline-report-${report.date}.pdf`);
      setPdfProblem(null);
    } catch (error) {
      setPdfProblem(
        `The PDF could not be made (${error instanceof Error ? error.message : 'unknown error'}). Printing still works.`,
      );
    }
  };
  return (
    <section className="page report">
      <div className="actions no-print">
        <button type="button" className="button primary" onClick={() => window.print()}>
          Print
        </button>
        <button type="button" className="button" onClick={() => void savePdf()}>
          Save as PDF
        </button>
      </div>
      {pdfProblem !== null ? (
        <p className="error-text no-print" role="alert">
          {pdfProblem}
        </p>
      ) : null}
      <h1>{TITLE}</h1>
      <p className="small">{subtitle}</p>
      {sections.map((section) => (
        <Section key={section.title} section={section} />
      ))}
    </section>
  );
}
