/**
 * The built-in HTML email. A string in a module (not a file) so it ships in dist and inside
 * Lambda bundles. Inline styles only: mail clients drop <style> blocks and external CSS.
 */
export default `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{policy.name}}</title>
</head>
<body style="margin:0; padding:0; background:#f4f5f7; font-family:-apple-system, 'Segoe UI', Helvetica, Arial, sans-serif; color:#1f2328;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:900px; background:#ffffff; border:1px solid #d0d7de; border-radius:6px;">
<tr><td style="padding:20px 24px; border-bottom:1px solid #d0d7de;">
<div style="font-size:12px; color:#57606a; text-transform:uppercase; letter-spacing:0.05em;">Cloud policy notification</div>
<h1 style="margin:6px 0 0; font-size:20px; font-weight:600;">{{policy.name}}</h1>
{{#if policy.description}}<p style="margin:8px 0 0; font-size:14px; color:#57606a; white-space:pre-line;">{{policy.description}}</p>{{/if}}
<p style="margin:12px 0 0; font-size:13px; color:#57606a;">Account <strong>{{account_id}}</strong> &middot; region <strong>{{region}}</strong> &middot; {{count}} {{resource_type}} resource(s) &middot; {{date execution_start}}</p>
</td></tr>
{{#if action.violation_desc}}
<tr><td style="padding:16px 24px 0;">
<div style="padding:12px 14px; background:#fff8c5; border:1px solid #d4a72c; border-radius:6px; font-size:14px;"><strong>Violation:</strong> <span style="white-space:pre-line;">{{action.violation_desc}}</span></div>
</td></tr>
{{/if}}
{{#if action.action_desc}}
<tr><td style="padding:12px 24px 0;">
<div style="padding:12px 14px; background:#ddf4ff; border:1px solid #54aeff; border-radius:6px; font-size:14px;"><strong>Action taken:</strong> <span style="white-space:pre-line;">{{action.action_desc}}</span></div>
</td></tr>
{{/if}}
<tr><td style="padding:16px 24px 20px;">
<table cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse; font-size:13px;">
<thead>
<tr>
<th align="left" style="padding:8px; background:#f6f8fa; border:1px solid #d0d7de;">Id</th>
<th align="left" style="padding:8px; background:#f6f8fa; border:1px solid #d0d7de;">Name</th>
{{#each columns}}<th align="left" style="padding:8px; background:#f6f8fa; border:1px solid #d0d7de;">{{this}}</th>
{{/each}}
<th align="left" style="padding:8px; background:#f6f8fa; border:1px solid #d0d7de;">Console</th>
</tr>
</thead>
<tbody>
{{#each rows}}
<tr>
<td style="padding:8px; border:1px solid #d0d7de; font-family:SFMono-Regular, Consolas, monospace;">{{id}}</td>
<td style="padding:8px; border:1px solid #d0d7de; word-break:break-word;">{{name}}</td>
{{#each cells}}<td style="padding:8px; border:1px solid #d0d7de;">{{this}}</td>
{{/each}}
<td style="padding:8px; border:1px solid #d0d7de;">{{#if link}}<a href="{{link}}" style="color:#0969da;">open</a>{{/if}}</td>
</tr>
{{/each}}
</tbody>
</table>
</td></tr>
<tr><td style="padding:14px 24px; border-top:1px solid #d0d7de; font-size:12px; color:#57606a;">
Sent by c7n-ts for policy {{policy.name}} to {{#each recipients}}{{#unless @first}}, {{/unless}}{{this}}{{/each}}.
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
