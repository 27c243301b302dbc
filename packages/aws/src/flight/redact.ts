/**
 * Members a recording must not keep: a flight directory is checked in, shared and attached to
 * bug reports, and a secret's value is no business of any of them. Record writes a placeholder
 * in their place (the caller still gets the real answer); a test that needs a value writes a
 * stand-in by hand.
 */

export const REDACTED = '<redacted by c7n-ts record: write a stand-in value by hand>';

export interface Redaction {
  service: string;
  operations: readonly string[];
  /** Top-level members of the output (or of each element of `list`), and how each is stored. */
  members: Readonly<Record<string, 'text' | 'bytes'>>;
  list?: string;
}

export const redactions: readonly Redaction[] = [
  {
    service: 'secretsmanager',
    operations: ['GetSecretValue'],
    members: { SecretString: 'text', SecretBinary: 'bytes' },
  },
  {
    service: 'secretsmanager',
    operations: ['BatchGetSecretValue'],
    members: { SecretString: 'text', SecretBinary: 'bytes' },
    list: 'SecretValues',
  },
];

/** Replaces the secret members of one encoded answer (placebo JSON), in place. */
export function redactRecorded(service: string, operation: string, data: Record<string, unknown>): void {
  for (const r of redactions) {
    if (r.service !== service || !r.operations.includes(operation)) continue;
    const holders =
      r.list === undefined ? [data] : Array.isArray(data[r.list]) ? (data[r.list] as unknown[]) : [];
    for (const h of holders) {
      if (typeof h !== 'object' || h === null) continue;
      const o = h as Record<string, unknown>;
      // Blobs are stored as base64 (codec.ts): keep that shape.
      for (const [m, kind] of Object.entries(r.members))
        if (m in o) o[m] = kind === 'bytes' ? Buffer.from(REDACTED).toString('base64') : REDACTED;
    }
  }
}
