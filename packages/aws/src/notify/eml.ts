/**
 * A rendered notification as an RFC 5322 message (`.eml`): multipart/alternative with a text
 * and an HTML part, quoted-printable so the file stays readable, CRLF line ends, non-ASCII
 * subjects as RFC 2047 encoded words. Any mail client opens it; `sendmail -t` sends it.
 */
import { createHash } from 'node:crypto';
import { priorityHeaders } from './transports/ses.js';
import type { NotifyMessage } from './types.js';

const CRLF = '\r\n';
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** RFC 5322 date-time in UTC: `Mon, 01 Jan 2024 23:30:00 +0000`. */
export function rfc5322Date(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** A header value: as is when printable ASCII, else UTF-8 base64 encoded words, folded. */
export function encodeHeader(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  if (/^[\x20-\x7e]*$/.test(flat)) return flat;
  // 45 bytes of UTF-8 become 60 base64 characters: each word stays within 75 (RFC 2047).
  const words: string[] = [];
  let chunk = '';
  for (const ch of flat) {
    if (Buffer.byteLength(chunk + ch) > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w).toString('base64')}?=`).join(`${CRLF} `);
}

/** Quoted-printable (RFC 2045): lines of at most 76 characters, CRLF line ends. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    const bytes = Buffer.from(line, 'utf8');
    let current = '';
    for (const [i, b] of bytes.entries()) {
      const last = i === bytes.length - 1;
      const literal = (b >= 33 && b <= 126 && b !== 61) || ((b === 32 || b === 9) && !last);
      const token = literal ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
      if (current.length + token.length > 75) {
        out.push(`${current}=`);
        current = '';
      }
      current += token;
    }
    out.push(current);
  }
  return out.join(CRLF);
}

/** Addresses on one line when they fit in 78 characters, else one per folded line. */
function addressList(name: string, addresses: readonly string[]): string {
  const line = addresses.join(', ');
  return name.length + 2 + line.length <= 78 ? line : addresses.join(`,${CRLF} `);
}

export interface EmlInput {
  message: NotifyMessage;
  from: string;
  /** Milliseconds since the epoch, for `Date`. */
  date: number;
}

export function toEml({ message, from, date }: EmlInput): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([message.to, message.cc, message.subject, message.html, message.text, date]))
    .digest('hex');
  const boundary = `=_c7n-ts_${hash.slice(0, 24)}`;
  const headers: [string, string][] = [
    ['From', from],
    ['To', addressList('To', message.to)],
    ...(message.cc.length ? [['Cc', addressList('Cc', message.cc)] as [string, string]] : []),
    ['Subject', encodeHeader(message.subject)],
    ['Date', rfc5322Date(date)],
    ['Message-ID', `<${hash.slice(0, 32)}@c7n-ts.invalid>`],
    ['MIME-Version', '1.0'],
    ...priorityHeaders(message.priority).map((h): [string, string] => [h.Name, h.Value]),
    ['Content-Type', `multipart/alternative;${CRLF} boundary="${boundary}"`],
  ];
  const part = (type: string, body: string) =>
    [
      `--${boundary}`,
      `Content-Type: ${type}; charset=utf-8`,
      'Content-Transfer-Encoding: quoted-printable',
      '',
      quotedPrintable(body),
    ].join(CRLF);
  return [
    ...headers.map(([k, v]) => `${k}: ${v}`),
    '',
    'This is a multipart message in MIME format.',
    // The last part is the preferred one (RFC 2046): HTML.
    part('text/plain', message.text),
    part('text/html', message.html),
    `--${boundary}--`,
    '',
  ].join(CRLF);
}
