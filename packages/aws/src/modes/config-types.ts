/**
 * The AWS Config facts of a resource type the config modes read (c7n's `config_type`,
 * `cfn_type`, `config_id`), from its declaration's `source`.
 */
import type { ResourceTypeDecl } from '@c7n-ts/core';
import type { AwsSource } from '../resources/types.js';

const sourceOf = (rt: ResourceTypeDecl) => (rt.source ?? {}) as Partial<AwsSource>;

/** The AWS Config type (`AWS::EC2::Instance`), undefined when Config does not record the type. */
export const configTypeOf = (rt: ResourceTypeDecl): string | undefined => sourceOf(rt).configType;

/** The CloudFormation type: `cfnType`, else the Config type; undefined when there is none. */
export function cfnTypeOf(rt: ResourceTypeDecl): string | undefined {
  const cfn = sourceOf(rt).cfnType;
  return cfn === false ? undefined : (cfn ?? configTypeOf(rt));
}

/** The resource field Config names the resource by (`config_id or id`). */
export const configIdOf = (rt: ResourceTypeDecl): string => sourceOf(rt).configId ?? rt.id;

/** What deploy needs to build a config mode's rule: `deploySpec`'s `resource`. */
export function configTypes(rt: ResourceTypeDecl | undefined): { configType?: string; cfnType?: string } {
  if (!rt) return {};
  const configType = configTypeOf(rt);
  const cfnType = cfnTypeOf(rt);
  return { ...(configType && { configType }), ...(cfnType && { cfnType }) };
}
