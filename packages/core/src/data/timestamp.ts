/**
 * A timestamp from a provider's answer (replayed or live). Filters see a Date; written as JSON
 * (resources.json, notify messages, webhooks) it reads as Cloud Custodian writes one, Python's
 * `datetime.isoformat()` of a UTC time: `2026-11-01T09:00:00+00:00`, with six digits of
 * fraction only when there is one, where JavaScript would write `2026-11-01T09:00:00.000Z`.
 */
export class DataTimestamp extends Date {
  /** Microseconds below the millisecond, which a Date cannot hold (placebo's datetimes have them). */
  readonly micros: number;

  constructor(ms: number, micros = 0) {
    super(ms);
    this.micros = micros;
  }

  override toJSON(): string {
    const ms = this.getTime();
    // An invalid date: null, as Date's own toJSON gives.
    if (Number.isNaN(ms)) return super.toJSON();
    // Not kept on each timestamp: a run holds the timestamps of every resource its actions
    // need (issue 17). The last text is: a resource's times are often one instant (an EC2
    // instance's launch and its volume's and network interface's attachment).
    if (ms !== last.ms || this.micros !== last.micros) {
      last.text = pyIsoformat(this);
      last.ms = ms;
      last.micros = this.micros;
    }
    return last.text;
  }
}

const last = { ms: Number.NaN, micros: 0, text: '' };

/**
 * A UTC time as Python's `datetime.isoformat()` writes it, as Cloud Custodian's JSON encoder
 * does: `2026-11-01T09:00:00+00:00`, `2026-11-01T09:00:00.123000+00:00`.
 */
export function pyIsoformat(d: Date): string {
  const ms = d.getTime();
  const iso = d.toISOString();
  const seconds = iso.slice(0, iso.lastIndexOf('.'));
  const fraction = (((ms % 1000) + 1000) % 1000) * 1000 + (d instanceof DataTimestamp ? d.micros : 0);
  return fraction ? `${seconds}.${String(fraction).padStart(6, '0')}+00:00` : `${seconds}+00:00`;
}

/** `value` as a DataTimestamp: other Dates are replaced, anything else is returned as it is. */
export function asDataTimestamp<T>(value: T): T | DataTimestamp {
  return value instanceof Date && !(value instanceof DataTimestamp)
    ? new DataTimestamp(value.getTime())
    : value;
}
