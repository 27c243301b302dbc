import { defineAction, type Resource } from '@c7n-ts/core';

export default defineAction({
  type: 'delete',
  resources: ['aws.acm-certificate'],
  options: { type: 'object', additionalProperties: false, properties: {} } as const,
  permissions: ['acm:DeleteCertificate'],
  doc: {
    summary:
      'Delete certificates (DeleteCertificate by ARN). A certificate already gone counts as deleted; one still in use (by a load balancer, a distribution...) is refused by ACM and passed over, as Cloud Custodian does (the run does not fail for it).',
    example: '- delete',
  },
  reads: () => ['CertificateArn'],
  plan(resources: Resource[]) {
    return resources.flatMap((r) => {
      const arn = r.CertificateArn;
      if (typeof arn !== 'string') return [];
      return [
        {
          service: 'acm',
          operation: 'DeleteCertificate',
          input: { CertificateArn: arn },
          resourceIds: [arn],
          describe: `delete certificate ${arn}`,
          // c7n logs an in-use certificate and goes on.
          okErrors: ['ResourceNotFoundException', 'ResourceInUseException'],
        },
      ];
    });
  },
});
