import { checkValueOptions, defineFilter, type Resource, type ValueOptions } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';
import { compileItemMatcher, valueMessages, valueProperties } from '../../../common/filters/value-over.js';
import { answer } from './_setting.js';

const ANNOTATION = 'c7n:guard-duty';
const ATTR = /^(Detector|Administrator)/;
const attrForm = {
  oneOf: [{ type: 'object', additionalProperties: false, properties: valueProperties }, { type: 'string' }],
  description:
    'A value filter on the detector document (`Detector.Status`...) or its administrator (`Administrator.AccountId`...): a string is the value to equal (or `absent`, `present`...), an object the value filter options without `key`.',
} as const;

/** Each `Detector...`/`Administrator...` option as value filter options keyed by its name, as c7n's MultiAttrFilter. */
function attrFilters(opts: Record<string, unknown>): ValueOptions[] {
  return Object.entries(opts)
    .filter(([k]) => ATTR.test(k))
    .map(
      ([k, v]) =>
        (v !== null && typeof v === 'object' ? { ...v, key: k } : { key: k, value: v }) as ValueOptions,
    );
}

export default defineFilter({
  type: 'guard-duty',
  resources: ['aws.account'],
  options: {
    type: 'object',
    additionalProperties: false,
    properties: {
      'match-operator': {
        enum: ['and', 'or'],
        description: '`and` (the default): every attribute filter must match; `or`: any one.',
      },
    },
    patternProperties: { '^Detector': attrForm, '^Administrator': attrForm },
  } as const,
  permissions: ['guardduty:GetAdministratorAccount', 'guardduty:ListDetectors', 'guardduty:GetDetector'],
  doc: {
    summary:
      'Accounts by their GuardDuty detector (ListDetectors, GetDetector of the last one listed) and its administrator account (GetAdministratorAccount), kept in `c7n:guard-duty` as `{Detector, Administrator}`. Options named `Detector...` or `Administrator...` are value filters on that document; without a detector, they see nothing (so `absent` matches).',
    example: [
      '- type: guard-duty',
      '  Detector.Status: ENABLED',
      '  Administrator.RelationshipStatus: Enabled',
    ].join('\n'),
  },
  messages: valueMessages,
  check: (opts) =>
    attrFilters(opts as Record<string, unknown>).flatMap((vo) =>
      checkValueOptions(vo).map((pr) => ({ ...pr, path: [String(vo.key), ...(pr.path ?? [])] })),
    ),
  reads: () => [ANNOTATION],
  compile(opts, ctx) {
    const matchers = attrFilters(opts as Record<string, unknown>).map((vo) =>
      compileItemMatcher(vo, ctx.baseDir),
    );
    const any = opts['match-operator'] === 'or';
    return {
      kind: 'process',
      async process(accounts, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const out: Resource[] = [];
        for (const a of accounts) {
          if (!(ANNOTATION in a)) {
            const ids =
              ((await p.send('guardduty', 'ListDetectors', {}, region)).DetectorIds as string[]) ?? [];
            // c7n takes the last detector id listed (a region has one).
            const id = ids.at(-1);
            if (id === undefined) {
              out.push(...(await matchAll({}, a)));
              continue;
            }
            const detector = answer(await p.send('guardduty', 'GetDetector', { DetectorId: id }, region));
            const admin = await p.send('guardduty', 'GetAdministratorAccount', { DetectorId: id }, region);
            a[ANNOTATION] = { Detector: detector, Administrator: admin.Administrator ?? null };
          }
          out.push(...(await matchAll(a[ANNOTATION] as Resource, a)));
        }
        return out;

        async function matchAll(target: Resource, a: Resource): Promise<Resource[]> {
          const hits = await Promise.all(matchers.map(async (m) => (await m([target], ectx)).size > 0));
          return (any ? hits.some(Boolean) : hits.every(Boolean)) ? [a] : [];
        }
      },
    };
  },
});
