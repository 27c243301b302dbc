import { defineFilter, type Problem, parseJsonData, pyRegex } from '@c7n-ts/core';
import { providerOf, regionOf } from '../../../common/filters/fetch-related.js';

/**
 * The template text the pattern is searched in. boto3 hands Cloud Custodian a JSON template
 * already parsed, which c7n serializes again with `json.dumps(indent=2)`; a YAML template stays
 * as written. The same here: a JSON body is re-serialized with a 2-space indent.
 */
function templateText(body: unknown): string {
  if (body !== null && typeof body === 'object') return JSON.stringify(body, null, 2);
  const text = typeof body === 'string' ? body : '';
  try {
    const parsed: unknown = parseJsonData(text);
    if (parsed !== null && typeof parsed === 'object') return JSON.stringify(parsed, null, 2);
  } catch {
    // YAML, or not JSON: searched as written.
  }
  return text;
}

export default defineFilter({
  type: 'template',
  resources: ['aws.cfn'],
  options: {
    type: 'object',
    additionalProperties: false,
    required: ['pattern'],
    properties: {
      pattern: {
        type: 'string',
        description: 'Regular expression (Python syntax) searched for in the template.',
      },
      change_set_name: {
        type: 'string',
        description: "Read the template of this change set instead of the stack's current one.",
      },
      template_stage: {
        enum: ['Original', 'Processed'],
        description:
          'The template as submitted (`Original`) or with transforms applied (`Processed`, the default).',
      },
    },
  } as const,
  permissions: ['cloudformation:GetTemplate'],
  doc: {
    summary:
      "Stacks whose template contains a match of `pattern`: GetTemplate per stack (by stack id), searched anywhere in the template's text.",
    example: "- type: template\n  pattern: 'API_KEY[0-9A-Z]'",
  },
  messages: { 'bad-pattern': '`pattern` is not a valid regular expression.' },
  check(opts) {
    const problems: Problem[] = [];
    try {
      pyRegex(opts.pattern);
    } catch (e) {
      problems.push({
        messageId: 'bad-pattern',
        message: `\`pattern\` is not a valid regular expression: ${e instanceof Error ? e.message : String(e)}`,
        path: ['pattern'],
      });
    }
    return problems;
  },
  reads: () => ['StackId'],
  compile(opts) {
    const re = pyRegex(opts.pattern);
    return {
      kind: 'process',
      async process(stacks, ectx) {
        const p = providerOf(ectx);
        const region = regionOf(ectx, p);
        const matched = [];
        for (const s of stacks) {
          const input: Record<string, unknown> = {
            StackName: s.StackId,
            TemplateStage: opts.template_stage ?? 'Processed',
          };
          if (opts.change_set_name) input.ChangeSetName = opts.change_set_name;
          const out = await p.send('cloudformation', 'GetTemplate', input, region);
          if (re.test(templateText(out.TemplateBody))) matched.push(s);
        }
        return matched;
      },
    };
  },
});
