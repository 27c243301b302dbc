/**
 * Cloud Custodian's rest-stage client-certificate: the stage's client certificate
 * (`clientCertificateId`) from the account's certificates (GetClientCertificates, every page,
 * as c7n's rest-client-certificate type gets them by id) tested by the value options. A matched
 * stage keeps `{key: value}` of its certificate in `c7n:matched-client-certificate`.
 */
import { compileJmespath, type EvalContext, type Resource } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { relatedFilter } from '../../../common/filters/related.js';

const ANNOTATION = 'c7n:matched-client-certificate';
const fetched = new WeakMap<EvalContext, Map<string, Resource>>();

async function certificates(ids: readonly string[], ctx: EvalContext): Promise<Map<string, Resource>> {
  const p = providerOf(ctx);
  const region = regionOf(ctx, p);
  const wanted = new Set(ids);
  const out = new Map<string, Resource>();
  let position: string | undefined;
  do {
    const page = await p.send('apigateway', 'GetClientCertificates', position ? { position } : {}, region);
    for (const c of (page.items ?? []) as Resource[])
      if (wanted.has(String(c.clientCertificateId))) out.set(String(c.clientCertificateId), c);
    position = typeof page.position === 'string' && page.position ? page.position : undefined;
  } while (position);
  fetched.set(ctx, out);
  return out;
}

const base = relatedFilter({
  type: 'client-certificate',
  resources: ['aws.rest-stage'],
  relatedType: 'aws.rest-client-certificate',
  idsExpression: 'clientCertificateId',
  reads: ['clientCertificateId'],
  permissions: ['apigateway:GET'],
  doc: {
    summary:
      'Stages by their client certificate (GetClientCertificates): the value options apply to the certificate, e.g. its `createdDate` or `expirationDate`. A matched stage keeps the compared value in `c7n:matched-client-certificate`; stages without a certificate never match.',
    example:
      '- type: client-certificate\n  key: createdDate\n  value_type: age\n  value: 90\n  op: greater-than',
  },
  resolve: {
    async ids(rs) {
      return [
        ...new Set(
          rs.flatMap((r) => (typeof r.clientCertificateId === 'string' ? [r.clientCertificateId] : [])),
        ),
      ];
    },
    fetch: certificates,
  },
});

export default {
  ...base,
  compile(opts: Record<string, unknown>, cctx: Parameters<typeof base.compile>[1]) {
    const inner = base.compile(opts, cctx);
    const key = typeof opts.key === 'string' ? opts.key : undefined;
    if (inner.kind !== 'process' || !key) return inner;
    const read = compileJmespath(key);
    return {
      kind: 'process' as const,
      async process(rs: Resource[], ctx: EvalContext) {
        const out = await inner.process(rs, ctx);
        const related = fetched.get(ctx);
        for (const r of out) {
          const cert = related?.get(String(r.clientCertificateId));
          if (cert) r[ANNOTATION] = { [key]: read(cert) ?? null };
        }
        return out;
      },
    };
  },
} as typeof base;
