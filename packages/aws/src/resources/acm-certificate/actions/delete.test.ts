import { testAction } from '@c7n-ts/core/testing';
import resource from '../resource.js';
import del from './delete.js';

const ARN = 'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';

testAction(del, {
  resourceType: resource,
  valid: [{}],
  invalid: [{ options: { force: true }, messageId: 'schema' }],
  cases: [
    {
      name: 'deletes each certificate by ARN, already gone counting as deleted, one in use passed over',
      options: {},
      resources: [{ CertificateArn: ARN, DomainName: 'example.com' }],
      calls: [
        {
          service: 'acm',
          operation: 'DeleteCertificate',
          input: { CertificateArn: ARN },
          resourceIds: [ARN],
          okErrors: ['ResourceNotFoundException', 'ResourceInUseException'],
        },
      ],
    },
  ],
});
