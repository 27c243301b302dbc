/**
 * The file name the CLI bundle gives the validator of a schema's JSON text (see
 * precompiled-validators.ts): its 32-bit FNV-1a, in hex. Two schemas may share a name; the
 * file holds the JSON text it was compiled from, and a schema that is not it is compiled as
 * unbundled.
 */
export function validatorName(json: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < json.length; i++) {
    h ^= json.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
