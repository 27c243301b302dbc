import { describe, expect, it } from 'vitest';
import { encodeHeader, quotedPrintable, rfc5322Date, toEml } from './eml.js';
import type { NotifyMessage } from './types.js';

const message: NotifyMessage = {
  to: ['alice@example.com', 'bob@example.com'],
  cc: ['audit@example.com'],
  subject: 'Résumé of 2 instances',
  html: '<p>Hello ✓</p>',
  text: `Hello ✓\nline with = sign and trailing space \n${'x'.repeat(100)}`,
  resources: [],
  resourceIds: ['i-1', 'i-2'],
  priority: '1',
};

/** Undoes quoted-printable (soft breaks, =XX) to check the encoding round-trips. */
function decodeQp(s: string): string {
  const bytes = s
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(Number.parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('toEml', () => {
  const eml = toEml({ message, from: 'Custodian <c7n@example.com>', date: Date.UTC(2024, 0, 1, 23, 30) });
  const [head = '', body = ''] =
    eml.split('\r\n\r\n', 2).length === 2
      ? [eml.slice(0, eml.indexOf('\r\n\r\n')), eml.slice(eml.indexOf('\r\n\r\n') + 4)]
      : [];

  it('has the RFC 5322 headers', () => {
    const headers = head.split('\r\n');
    expect(headers).toContain('From: Custodian <c7n@example.com>');
    expect(headers).toContain('To: alice@example.com, bob@example.com');
    expect(headers).toContain('Cc: audit@example.com');
    expect(headers).toContain('Date: Mon, 01 Jan 2024 23:30:00 +0000');
    expect(headers).toContain('MIME-Version: 1.0');
    expect(headers).toContain('X-Priority: 1 (Highest)');
    expect(headers.find((h) => h.startsWith('Subject: '))).toBe(`Subject: ${encodeHeader(message.subject)}`);
    expect(headers.find((h) => h.startsWith('Message-ID: '))).toMatch(
      /^Message-ID: <[0-9a-f]{32}@c7n-ts\.invalid>$/,
    );
  });

  it('is multipart/alternative with a text then an HTML part, quoted-printable', () => {
    const boundary = /boundary="([^"]+)"/.exec(head)?.[1];
    expect(boundary).toBeDefined();
    const parts = body.split(`--${boundary}`);
    expect(parts.at(-1)).toBe('--\r\n');
    const [text, html] = parts.slice(1, 3).map((p) => {
      const [h, ...b] = p.split('\r\n\r\n');
      return { headers: h!, body: b.join('\r\n\r\n').replace(/\r\n$/, '') };
    });
    expect(text?.headers).toContain('Content-Type: text/plain; charset=utf-8');
    expect(text?.headers).toContain('Content-Transfer-Encoding: quoted-printable');
    expect(html?.headers).toContain('Content-Type: text/html; charset=utf-8');
    expect(decodeQp(text!.body)).toBe(message.text.replace(/\n/g, '\r\n'));
    expect(decodeQp(html!.body)).toBe(message.html);
  });

  it('uses CRLF only and keeps every line within 78 characters', () => {
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length, line).toBeLessThanOrEqual(78);
  });

  it('is the same for the same message (stable boundary and id)', () => {
    expect(toEml({ message, from: 'x@example.com', date: 0 })).toBe(
      toEml({ message, from: 'x@example.com', date: 0 }),
    );
  });
});

describe('encoding helpers', () => {
  it('leaves ASCII headers alone and encodes others as RFC 2047 words', () => {
    expect(encodeHeader('Plain subject')).toBe('Plain subject');
    expect(encodeHeader('Ünïcode')).toBe(`=?UTF-8?B?${Buffer.from('Ünïcode').toString('base64')}?=`);
    const long = encodeHeader('é'.repeat(60));
    expect(long.split('\r\n ').every((w) => w.length <= 75)).toBe(true);
  });

  it('quoted-printable escapes =, 8-bit bytes and trailing white space', () => {
    expect(quotedPrintable('a=b é \nnext\t')).toBe('a=3Db =C3=A9=20\r\nnext=09');
  });

  it('formats dates as RFC 5322', () => {
    expect(rfc5322Date(Date.UTC(2023, 6, 4, 5, 6, 7))).toBe('Tue, 04 Jul 2023 05:06:07 +0000');
  });
});
