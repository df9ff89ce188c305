import { zJobPortrait, type JobPortrait } from '@zhibu/shared';
import { sql } from 'drizzle-orm';
import { requireOrgsInScope } from '../../platform/access';
import { recordAudit } from '../../platform/audit';
import { auditActor, type RequestContext } from '../../platform/context';
import { rows, type Executor } from '../../platform/db';
import { AppError } from '../../platform/errors';
import { newId } from '../../platform/ids';
import { builtinPortrait, BUILTIN_PORTRAITS } from './templates/index';

/** zod issues as the API reports them: the field's path under `prefix`, and the rule's message. */
export function validationFailed(issues: readonly { path: PropertyKey[]; message: string }[], prefix: string): AppError {
  return new AppError('VALIDATION_FAILED', {}, {
    issues: issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message })),
  });
}

export function parsePortrait(input: unknown): JobPortrait {
  const parsed = zJobPortrait.safeParse(input);
  if (!parsed.success) throw validationFailed(parsed.error.issues, 'definition');
  return parsed.data;
}

async function insertPortrait(ex: Executor, ctx: RequestContext, scopeOrgId: string, p: JobPortrait, builtinCode: string | null): Promise<string> {
  const id = newId();
  const inserted = await rows<{ id: string }>(
    ex,
    sql`INSERT INTO talent_portrait (id, scope_org_id, code, title, family, builtin_code, definition, created_by, updated_by)
        VALUES (${id}, ${scopeOrgId}, ${p.code}, ${p.title}, ${p.family}, ${builtinCode}, ${JSON.stringify(p)}::jsonb, ${ctx.actor.accountId}, ${ctx.actor.accountId})
        ON CONFLICT (scope_org_id, code) DO NOTHING RETURNING id`,
  );
  if (inserted.length === 0) throw new AppError('TALENT_PORTRAIT_CODE_TAKEN', { code: p.code });
  await recordAudit(ex, auditActor(ctx), {
    action: 'talent_portrait.create',
    entityType: 'talent_portrait',
    entityId: id,
    after: { scopeOrgId, builtinCode, ...p },
  });
  return id;
}

/** A new portrait kept by an org: a copy of a built-in (`builtinCode`) or a whole definition. */
export async function createPortrait(
  ex: Executor,
  ctx: RequestContext,
  input: { scopeOrgId: string; builtinCode?: string; definition?: unknown },
): Promise<{ id: string }> {
  await requireOrgsInScope(ex, ctx.actor, 'talent:manage', [input.scopeOrgId]);
  const builtin = input.builtinCode ? builtinPortrait(input.builtinCode) : undefined;
  if (input.builtinCode && !builtin) throw new AppError('TALENT_PORTRAIT_TEMPLATE_UNKNOWN', { code: input.builtinCode });
  const source = input.definition ?? builtin;
  if (!source) throw new AppError('VALIDATION_FAILED', {}, { issues: [{ path: 'definition', message: '请选择内置画像或填写岗位画像' }] });
  const portrait = parsePortrait(source);
  return { id: await insertPortrait(ex, ctx, input.scopeOrgId, portrait, builtin?.code ?? null) };
}

/**
 * Copies built-in portraits into an org's own set (all 16 unless `codes` names some). Codes the org
 * already keeps are skipped and listed, so copying again adds only what is missing.
 */
export async function copyBuiltinPortraits(
  ex: Executor,
  ctx: RequestContext,
  input: { scopeOrgId: string; codes?: string[] },
): Promise<{ created: { id: string; code: string }[]; skipped: string[] }> {
  await requireOrgsInScope(ex, ctx.actor, 'talent:manage', [input.scopeOrgId]);
  const wanted = input.codes ?? BUILTIN_PORTRAITS.map((p) => p.code);
  const unknown = wanted.find((c) => !builtinPortrait(c));
  if (unknown) throw new AppError('TALENT_PORTRAIT_TEMPLATE_UNKNOWN', { code: unknown });
  const kept = new Set(
    (await rows<{ code: string }>(ex, sql`SELECT code FROM talent_portrait WHERE scope_org_id = ${input.scopeOrgId}`)).map((r) => r.code),
  );
  const created: { id: string; code: string }[] = [];
  const skipped: string[] = [];
  for (const code of [...new Set(wanted)]) {
    if (kept.has(code)) {
      skipped.push(code);
      continue;
    }
    created.push({ id: await insertPortrait(ex, ctx, input.scopeOrgId, builtinPortrait(code)!, code), code });
  }
  return { created, skipped };
}
