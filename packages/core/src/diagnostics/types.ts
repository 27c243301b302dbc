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
  // Tabs stay tabs under the caret, so it lines up in a terminal whatever the tab width.
  const pad = d.excerpt.slice(0, Math.max(0, d.col - 1)).replace(/[^\t]/g, ' ');
  return `${head}\n    ${d.excerpt}\n    ${pad}^`;
}
