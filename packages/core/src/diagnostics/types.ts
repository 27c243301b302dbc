/** Every user-facing error or warning is a Diagnostic: located, with a message id. */
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  severity: Severity;
  /** Stable id, e.g. `unknown-filter`, `yaml-syntax`, `invalid-regex`. */
  messageId: string;
  file: string;
  /** 1-based; 0 when the problem has no place in a file (e.g. a missing file). */
  line: number;
  col: number;
  policy?: string;
  message: string;
  hint?: string;
  /** Path inside the document, e.g. ['policies', 0, 'filters', 2, 'key']. */
  path?: readonly (string | number)[];
  /** The offending source line, shown under the message with a caret at `col` (YAML syntax errors). */
  excerpt?: string;
}

/** A thrown Diagnostic set: the loader's way to stop with "invalid input" (exit 2). */
export class InvalidInput extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(diagnostics.map(formatDiagnostic).join('\n'));
    this.name = 'InvalidInput';
  }
}

/**
 * `policies/ec2.yml:12:7  policy old-instances: unknown filter "x"; did you mean "y"?`, then
 * the source line and a caret under the column when the diagnostic carries an excerpt.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line > 0 ? `${d.file}:${d.line}:${d.col}` : d.file;
  const who = d.policy ? `policy ${d.policy}: ` : '';
  const sev = d.severity === 'warning' ? 'warning: ' : '';
  const head = `${where}  ${sev}${who}${d.message}${d.hint ? ` (${d.hint})` : ''}`;
  if (d.excerpt === undefined || d.line <= 0) return head;
  // A long line is cut to a window around the column, marked with `...` where it was cut.
  let line = d.excerpt;
  let col = Math.max(0, d.col - 1);
  if (line.length > EXCERPT_WIDTH) {
    const start = Math.max(0, Math.min(col - EXCERPT_WIDTH / 2, line.length - EXCERPT_WIDTH));
    const end = start + EXCERPT_WIDTH;
    line = `${start > 0 ? '...' : ''}${line.slice(start, end)}${end < d.excerpt.length ? '...' : ''}`;
    col = col - start + (start > 0 ? 3 : 0);
  }
  // Tabs stay tabs under the caret, so it lines up in a terminal whatever the tab width.
  const pad = line.slice(0, col).replace(/[^\t]/g, ' ');
  return `${head}\n    ${line}\n    ${pad}^`;
}

/** Characters of a source line shown under a diagnostic. */
const EXCERPT_WIDTH = 100;
