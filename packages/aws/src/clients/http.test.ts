import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FlightSession } from '../flight/index.js';
import { HTTP_SEALED, type ShownRequest, sendHttp } from './http.js';

const seen: { method: string; url: string; headers: IncomingHttpHeaders; body: string }[] = [];
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d) => {
    body += d;
  });
  req.on('end', () => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
    res.writeHead(req.url?.startsWith('/broken') ? 503 : 200);
    res.end('thanks');
  });
});
let base = '';
const dir = mkdtempSync(join(tmpdir(), 'c7n-http-'));
beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

/** A request as the webhook plans it with a secret: shown with placeholders, sealed with values. */
const sealed = (path: string): ShownRequest => ({
  url: '<secret:hook#url>/in',
  method: 'POST',
  headers: { Authorization: '<secret:hook#token>' },
  body: '[1]',
  [HTTP_SEALED]: { url: `${base}${path}`, method: 'POST', headers: { Authorization: 'tok-1' }, body: '[1]' },
});

describe('sendHttp', () => {
  it('sends the sealed request, and names only the shown one when it fails', async () => {
    seen.length = 0;
    expect(await sendHttp(sealed('/in'))).toEqual({ ok: true, output: { status: 200, body: 'thanks' } });
    expect(seen).toMatchObject([
      { method: 'POST', url: '/in', headers: { authorization: 'tok-1' }, body: '[1]' },
    ]);
    const failed = await sendHttp(sealed('/broken'));
    expect(failed).toMatchObject({
      ok: false,
      errorCode: 'HTTP503',
      message: 'POST <secret:hook#url>/in: 503',
    });
    const refused = await sendHttp({
      ...sealed('/'),
      [HTTP_SEALED]: { url: 'http://127.0.0.1:1/', method: 'POST' },
    });
    expect(refused.ok).toBe(false);
    expect(refused.ok === false && refused.message).toMatch(/^POST <secret:hook#url>\/in: /);
    expect(JSON.stringify(refused)).not.toContain('127.0.0.1');
  });

  it('fails a sealed failure unsent', async () => {
    seen.length = 0;
    const out = await sendHttp({
      url: '<secret:hook#url>',
      method: 'POST',
      [HTTP_SEALED]: { failure: { errorCode: 'SecretKeyMissing', message: 'secret hook has no key "url"' } },
    });
    expect(out).toEqual({
      ok: false,
      errorCode: 'SecretKeyMissing',
      message: 'secret hook has no key "url"',
    });
    expect(seen).toEqual([]);
  });

  it('records the answer as http.<METHOD>_<n>.json, and replays it without the network', async () => {
    const session = new FlightSession();
    await sendHttp(sealed('/in'), { mode: 'record', dir, session });
    const file = join(dir, 'http.POST_1.json');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ status_code: 200, data: { body: 'thanks' } });
    writeFileSync(join(dir, 'http.POST_2.json'), JSON.stringify({ status_code: 500, data: { body: 'no' } }));

    seen.length = 0;
    const replay = new FlightSession();
    const flight = { mode: 'replay', dir, session: replay } as const;
    expect(await sendHttp(sealed('/in'), flight)).toMatchObject({ ok: true, output: { status: 200 } });
    expect(await sendHttp(sealed('/in'), flight)).toMatchObject({ ok: false, errorCode: 'HTTP500' });
    expect(await sendHttp({ url: 'https://x.test', method: 'PUT' }, flight)).toMatchObject({
      ok: false,
      errorCode: 'MissingFlightFile',
    });
    expect(seen).toEqual([]);
    // The flight log holds the request as shown, never the secret's values.
    expect(replay.calls.map((c) => [c.service, c.operation, c.ok, c.errorCode])).toEqual([
      ['http', 'POST', true, undefined],
      ['http', 'POST', false, 'HTTP500'],
      ['http', 'PUT', false, 'MissingFlightFile'],
    ]);
    expect(JSON.stringify([...session.calls, ...replay.calls])).not.toContain('tok-1');
  });
});
