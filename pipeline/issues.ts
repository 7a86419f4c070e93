/**
 * A problem found in the pipeline's input. Printed as `file:line field: message`, so the
 * analyst can jump to it; `severity: 'error'` fails the build before anything is written.
 */
export type PipelineIssue = {
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
};

/** Result of one pure pipeline step. */
export type StepResult<T> = { value: T; issues: PipelineIssue[] };

export function issue(
  file: string,
  message: string,
  where: { line?: number | undefined; field?: string | undefined } = {},
  severity: PipelineIssue['severity'] = 'error',
): PipelineIssue {
  const out: PipelineIssue = { file, message, severity };
  if (where.line !== undefined) out.line = where.line;
  if (where.field !== undefined) out.field = where.field;
  return out;
}

export function formatIssue(i: PipelineIssue): string {
  const place = i.line !== undefined ? `${i.file}:${i.line}` : i.file;
  const field = i.field ? ` ${i.field}` : '';
  const tag = i.severity === 'warning' ? 'warning: ' : '';
  return `${place}${field}: ${tag}${i.message}`;
}

/** Stable order: by file, then line, then message — so output does not depend on step order. */
export function formatIssues(issues: readonly PipelineIssue[]): string {
  return [...issues]
    .sort((a, b) => cmp(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || cmp(a.message, b.message))
    .map(formatIssue)
    .join('\n');
}

export const hasErrors = (issues: readonly PipelineIssue[]) => issues.some((i) => i.severity === 'error');

/** Code-unit comparison: locale-independent, so output bytes never depend on the machine. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
