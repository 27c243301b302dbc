/**
 * The `attributes` option of the ELBv2 `modify-attributes` actions (load balancers and target
 * groups): each key is an attribute AWS names, its value sent as a string.
 */

/** A boolean attribute: Cloud Custodian accepts a YAML boolean or its string. */
export const flag = (description: string) => ({ enum: ['true', 'false', true, false], description }) as const;

/** c7n's serialize_attribute_value: booleans and numbers as the strings AWS expects. */
export function attributeList(attributes: Record<string, unknown>): { Key: string; Value: string }[] {
  return Object.entries(attributes).map(([Key, v]) => ({
    Key,
    Value: String(v),
  }));
}
