/**
 * GetDefaultKeyReplicationRegions of Payment Cryptography's control plane, which Cloud Custodian
 * calls (botocore has it) but no published `@aws-sdk/client-payment-cryptography` does yet. The
 * Command is built the way the SDK builds its own (classBuilder, the serde and endpoint plugins,
 * JSON 1.0 with `X-Amz-Target: PaymentCryptographyControlPlane.<Operation>`), so it goes through
 * the real PaymentCryptographyClient: its endpoint rules, signing, retries and our flight
 * record/replay middleware. Loaded only with the client (see `services.ts`).
 */
import { Command, decorateServiceException } from '@smithy/core/client';
import { getEndpointPlugin } from '@smithy/core/endpoints';
import { HttpRequest, loadJsonRpcErrorCode, parseJsonBody, parseJsonErrorBody } from '@smithy/core/protocols';
import { getSerdePlugin } from '@smithy/core/serde';
import type { SdkModule } from './services.js';

const SERVICE = 'PaymentCryptographyControlPlane';

/** The endpoint parameters every command of the client passes (the SDK's `commonParams`). */
const endpointParams = {
  UseFIPS: { type: 'builtInParams', name: 'useFipsEndpoint' },
  Endpoint: { type: 'builtInParams', name: 'endpoint' },
  Region: { type: 'builtInParams', name: 'region' },
  UseDualStack: { type: 'builtInParams', name: 'useDualstackEndpoint' },
} as const;

interface SerdeContext {
  endpoint(): Promise<{ hostname: string; protocol?: string; port?: number; path: string }>;
}

interface Response {
  statusCode: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The JSON 1.0 POST the service expects: the operation in `X-Amz-Target`, the input as the body. */
export async function serializeJson10(operation: string, input: object, context: SerdeContext) {
  const { hostname, protocol = 'https', port, path } = await context.endpoint();
  return new HttpRequest({
    protocol,
    hostname,
    port,
    method: 'POST',
    path: path.endsWith('/') ? path : `${path}/`,
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': `${SERVICE}.${operation}`,
    },
    body: JSON.stringify(input),
  });
}

const metadataOf = (output: Response) => ({
  httpStatusCode: output.statusCode,
  requestId: output.headers['x-amzn-requestid'] ?? output.headers['x-amz-request-id'],
  extendedRequestId: output.headers['x-amz-id-2'],
  cfId: output.headers['x-amz-cf-id'],
});

/** The answer's members, or the SDK's error class for its code (the service's base class otherwise). */
export function deserializeJson10(mod: SdkModule) {
  return async (output: Response, context: unknown): Promise<Record<string, unknown>> => {
    if (output.statusCode >= 300) {
      const body = (await parseJsonErrorBody(output.body as never, context as never)) as Record<
        string,
        unknown
      >;
      const code = loadJsonRpcErrorCode(output as never, body) ?? 'UnknownError';
      const Ctor = (
        typeof mod[code] === 'function' ? mod[code] : mod.PaymentCryptographyServiceException
      ) as new (
        o: Record<string, unknown>,
      ) => Error;
      const error = new Ctor({
        name: code,
        $fault: output.statusCode >= 500 ? 'server' : 'client',
        $metadata: metadataOf(output),
        message: body.message ?? body.Message ?? code,
      });
      throw decorateServiceException(error as never, body);
    }
    const data = (await parseJsonBody(output.body as never, context as never)) as Record<string, unknown>;
    return { $metadata: metadataOf(output), ...data };
  };
}

/** Command classes for `operations`, named `<Operation>Command` as the SDK names its own. */
function jsonCommands(mod: SdkModule, operations: readonly string[]): SdkModule {
  const out: SdkModule = {};
  const de = deserializeJson10(mod);
  for (const op of operations) {
    out[`${op}Command`] = Command.classBuilder<any, any, any, any, any>()
      .ep(endpointParams)
      .m(function (this: any, C: any, _cs: unknown, config: any) {
        return [
          getSerdePlugin(config, this.serialize, this.deserialize),
          getEndpointPlugin(config, C.getEndpointParameterInstructions()),
        ];
      })
      .s(SERVICE, op, {})
      .n('PaymentCryptographyClient', `${op}Command`)
      .f(undefined, undefined)
      .ser((input: object, context: any) => serializeJson10(op, input, context))
      .de(de as any)
      .build();
  }
  return out;
}

/** The control-plane operations Cloud Custodian calls that the SDK module lacks. */
export function commands(mod: SdkModule): SdkModule {
  const missing = ['GetDefaultKeyReplicationRegions'].filter((op) => !(`${op}Command` in mod));
  return jsonCommands(mod, missing);
}
