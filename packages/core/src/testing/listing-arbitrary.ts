/**
 * fast-check arbitraries for JSON shaped like a listing page: member names and string values
 * drawn from small pools, so that values repeat under a member as they do across resources,
 * some of them longer than the 10 characters `JSON.parse` shares itself, with `__proto__` and
 * `toString` among the names. For the tests of the decoding that shares repeated values.
 */
import fc from 'fast-check';

const member = fc.constantFrom('OwnerId', 'Key', 'Value', '__proto__', 'toString', 'ImageId', 'State');
const value = fc.oneof(
  fc.constantFrom('123456789012', 'uefi-preferred', 'Environment', '__proto__', 'running', ''),
  fc.string({ maxLength: 14 }),
);
const node = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    value,
    fc.integer(),
    fc.constant(null),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(member, tie('node'), { maxKeys: 5 }),
  ),
})).node;

/** A page's resources: up to 60 objects of such members. */
export const listingPage = fc.array(fc.dictionary(member, node, { maxKeys: 6 }), { maxLength: 60 });
