/** Everything declared for this resource type: the type itself, then its own elements sorted by name. */
import type { ElementDecl } from '@c7n-ts/core';
import enableCloudtrailAction from './actions/enable-cloudtrail.js';
import enableDataEventsAction from './actions/enable-data-events.js';
import requestLimitIncreaseAction from './actions/request-limit-increase.js';
import setBedrockModelInvocationLoggingAction from './actions/set-bedrock-model-invocation-logging.js';
import setEbsEncryptionAction from './actions/set-ebs-encryption.js';
import setEc2MetadataDefaultsAction from './actions/set-ec2-metadata-defaults.js';
import setEmrBlockPublicAccessAction from './actions/set-emr-block-public-access.js';
import setPasswordPolicyAction from './actions/set-password-policy.js';
import setS3PublicBlockAction from './actions/set-s3-public-block.js';
import setSecurityTokenServicePreferencesAction from './actions/set-security-token-service-preferences.js';
import setShieldAdvancedAction from './actions/set-shield-advanced.js';
import setXrayEncryptAction from './actions/set-xray-encrypt.js';
import toggleConfigManagedRuleAction from './actions/toggle-config-managed-rule.js';
import accessAnalyzerFilter from './filters/access-analyzer.js';
import amiBlockPublicAccessFilter from './filters/ami-block-public-access.js';
import bedrockModelInvocationLoggingFilter from './filters/bedrock-model-invocation-logging.js';
import checkCloudtrailFilter from './filters/check-cloudtrail.js';
import checkConfigFilter from './filters/check-config.js';
import checkMacieFilter from './filters/check-macie.js';
import credentialFilter from './filters/credential.js';
import defaultEbsEncryptionFilter from './filters/default-ebs-encryption.js';
import ec2MetadataDefaultsFilter from './filters/ec2-metadata-defaults.js';
import emrBlockPublicAccessFilter from './filters/emr-block-public-access.js';
import glueSecurityConfigFilter from './filters/glue-security-config.js';
import guardDutyFilter from './filters/guard-duty.js';
import hasVirtualMfaFilter from './filters/has-virtual-mfa.js';
import iamSummaryFilter from './filters/iam-summary.js';
import lakeformationS3CrossAccountFilter from './filters/lakeformation-s3-cross-account.js';
import missingFilter from './filters/missing.js';
import organizationFilter from './filters/organization.js';
import passwordPolicyFilter from './filters/password-policy.js';
import paymentCryptographyReplicationRegionsFilter from './filters/payment-cryptography-replication-regions.js';
import s3PublicBlockFilter from './filters/s3-public-block.js';
import securityhubFilter from './filters/securityhub.js';
import serviceLimitFilter from './filters/service-limit.js';
import sesAggSendStatsFilter from './filters/ses-agg-send-stats.js';
import sesSendStatsFilter from './filters/ses-send-stats.js';
import shieldEnabledFilter from './filters/shield-enabled.js';
import xrayEncryptKeyFilter from './filters/xray-encrypt-key.js';
import resource from './resource.js';

export { resource };

export const elements: readonly ElementDecl[] = [
  enableCloudtrailAction,
  enableDataEventsAction,
  requestLimitIncreaseAction,
  setBedrockModelInvocationLoggingAction,
  setEbsEncryptionAction,
  setEc2MetadataDefaultsAction,
  setEmrBlockPublicAccessAction,
  setPasswordPolicyAction,
  setS3PublicBlockAction,
  setSecurityTokenServicePreferencesAction,
  setShieldAdvancedAction,
  setXrayEncryptAction,
  toggleConfigManagedRuleAction,
  accessAnalyzerFilter,
  amiBlockPublicAccessFilter,
  bedrockModelInvocationLoggingFilter,
  checkCloudtrailFilter,
  checkConfigFilter,
  checkMacieFilter,
  credentialFilter,
  defaultEbsEncryptionFilter,
  ec2MetadataDefaultsFilter,
  emrBlockPublicAccessFilter,
  glueSecurityConfigFilter,
  guardDutyFilter,
  hasVirtualMfaFilter,
  iamSummaryFilter,
  lakeformationS3CrossAccountFilter,
  missingFilter,
  organizationFilter,
  passwordPolicyFilter,
  paymentCryptographyReplicationRegionsFilter,
  s3PublicBlockFilter,
  securityhubFilter,
  serviceLimitFilter,
  sesAggSendStatsFilter,
  sesSendStatsFilter,
  shieldEnabledFilter,
  xrayEncryptKeyFilter,
];
