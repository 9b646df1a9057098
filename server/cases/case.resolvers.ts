import { can } from '../access/access';
import { toGlobalId } from '../common/ids';
import type { Context } from '../graphql/context';
import type { Resolvers } from '../graphql/generated/types';
import { registerNodeFetcher } from '../graphql/node';
import { mutationPayload } from '../graphql/payload';
import type { CaseNeedRecord, CaseRecord } from './case.model';

/** The enum resolver map `{ UPPER: 'lower' }` of database values. */

const remaining = (n: CaseNeedRecord) => n.amountMinor - n.reservedMinor - n.confirmedMinor - n.claimedMinor;

async function region(code: string, ctx: Context) {
  const r = await ctx.loaders.region.load(code);
  if (!r) throw new Error(`region ${code} missing`);
  return r;
}

/** Whether the caller works the case (desk staff or its referrer): they see phone, notes and verification notes. */
async function worksOn(c: CaseRecord, ctx: Context): Promise<boolean> {
  return can(ctx.actor, 'case.manageConsent', await ctx.services.cases.accessOf(ctx.services.db, c));
}

async function caseById(id: string | null, ctx: Context): Promise<CaseRecord | null> {
  if (!id) return null;
  return ctx.services.cases.load(ctx.services.db, id).catch(() => null);
}

// `node(id)` finds cases and alarms through the same checks as their own queries.
registerNodeFetcher('Case', async (id, ctx) => {
  const c = await caseById(id, ctx);
  return c && (await ctx.services.cases.canView(ctx.actor, c)) ? c : null;
});
registerNodeFetcher('Alarm', async (id, ctx) => {
  if (!ctx.actor.userId) return null;
  const page = await ctx.services.alarms.list(ctx.actor, { first: 100 });
  return page.nodes.find((a) => a.id === id) ?? null;
});

export const caseResolvers: Resolvers = {
  Query: {
    cases: (_p, args, ctx) => ctx.services.cases.list(ctx.actor, args.filter, args),
    case: (_p, { id }, ctx) => ctx.services.cases.get(ctx.actor, id),
    myReports: (_p, args, ctx) => ctx.services.cases.myReports(ctx.actor, args),
    duplicateCheck: (_p, { caseId }, ctx) => ctx.services.cases.duplicateCheck(ctx.actor, caseId),
    publicCases: (_p, args, ctx) => ctx.services.cases.publicList(args.filter, args),
    publicCase: (_p, { id }, ctx) => ctx.services.cases.publicGet(id),
    myAlarms: (_p, args, ctx) => ctx.services.alarms.list(ctx.actor, args),
  },
  Mutation: {
    reportDiscovery: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.cases.reportDiscovery(ctx.actor, input, ctx.request);
        return { report: r.case, notice: r.notice };
      }),
    referCase: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.cases.referCase(ctx.actor, input, ctx.request);
        return { case: r.case, report: r.case, notice: r.notice, possibleDuplicateOf: r.possibleDuplicateOf };
      }),
    registerApplication: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.cases.registerApplication(ctx.actor, input, ctx.request);
        return { case: r.case, report: r.case, notice: r.notice, possibleDuplicateOf: r.possibleDuplicateOf };
      }),
    triageCase: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const r = await ctx.services.cases.triage(ctx.actor, input, ctx.request);
        return { case: r.case, report: r.case, notice: r.notice, possibleDuplicateOf: null };
      }),
    startVerification: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.startVerification(ctx.actor, input, ctx.request) })),
    recordVerification: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.recordVerification(ctx.actor, input, ctx.request) })),
    verifyCase: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.verify(ctx.actor, input, ctx.request) })),
    rejectCase: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.reject(ctx.actor, input, ctx.request) })),
    markDuplicate: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.markDuplicate(ctx.actor, input, ctx.request) })),
    withdrawCase: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.withdraw(ctx.actor, input, ctx.request) })),
    fastTrackCase: (_p, { input }, ctx) => mutationPayload(() => ctx.services.cases.fastTrack(ctx.actor, input, ctx.request)),
    clearPaperwork: (_p, { input }, ctx) => mutationPayload(() => ctx.services.cases.clearPaperwork(ctx.actor, input, ctx.request)),
    recordAssistance: (_p, { input }, ctx) => mutationPayload(async () => ({ assistanceRecord: await ctx.services.cases.recordAssistance(ctx.actor, input, ctx.request) })),
    setConsent: (_p, { input }, ctx) => mutationPayload(async () => ({ case: await ctx.services.cases.setConsent(ctx.actor, input, ctx.request) })),
    identifyBeneficiary: (_p, { input }, ctx) => mutationPayload(async () => ({ case: (await ctx.services.cases.identify(ctx.actor, input, ctx.request)).case })),
    markAlarmRead: (_p, { input }, ctx) => mutationPayload(async () => ({ alarm: await ctx.services.alarms.markRead(ctx.actor, input.id) })),
  },
  Case: {
    id: (c) => toGlobalId('Case', c.id),
    viewerActions: (c, _a, ctx) => ctx.services.cases.allowedActions(ctx.actor, c),
    region: (c, _a, ctx) => region(c.regionCode, ctx),
    situation: (c, _a, ctx) => ctx.services.cases.decryptCaseText(c.situationEnc),
    beneficiary: async (c, _a, ctx) => {
      if (!c.beneficiaryId) return null;
      const [b] = await ctx.services.beneficiaries.find(ctx.services.db, [c.beneficiaryId]);
      return b ? ctx.services.beneficiaries.decrypt(b, await worksOn(c, ctx)) : null;
    },
    handler: async (c, _a, ctx) => (c.handlerUserId ? ((await ctx.loaders.user.load(c.handlerUserId)) ?? null) : null),
    backupHandler: async (c, _a, ctx) => (c.backupHandlerUserId ? ((await ctx.loaders.user.load(c.backupHandlerUserId)) ?? null) : null),
    referrer: async (c, _a, ctx) => (c.referrerUserId ? ((await ctx.loaders.user.load(c.referrerUserId)) ?? null) : null),
    verificationNotes: async (c, _a, ctx) => ((await worksOn(c, ctx)) ? ctx.services.cases.decryptCaseText(c.verificationNotesEnc) : null),
    publicSummary: (c) => c.publicSummary,
    duplicateOf: (c, _a, ctx) => caseById(c.duplicateOfCaseId, ctx),
    possibleDuplicateOf: (c, _a, ctx) => caseById(c.possibleDuplicateOfCaseId, ctx),
    needs: (c, _a, ctx) => ctx.services.cases.needsOf(ctx.services.db, [c.id]),
    notice: (c, _a, ctx) => ctx.services.cases.notice(ctx.services.db, c),
    evidence: (c, _a, ctx) => ctx.services.cases.evidenceOf(ctx.services.db, c.id),
    fastTrack: (c, _a, ctx) => ctx.services.cases.fastTrackOf(ctx.services.db, c.id),
    referrals: (c, _a, ctx) => ctx.services.referrals.ofCase(ctx.services.db, c.id),
    overdue: async (c, _a, ctx) => {
      const now = new Date();
      if (c.dueAt && c.dueAt < now) return true;
      const ft = await ctx.services.cases.fastTrackOf(ctx.services.db, c.id);
      return !!ft && !ft.clearedAt && ft.paperworkDueAt < now;
    },
  },
  Beneficiary: {
    identified: (b) => b.record.identified,
    consents: (b, _a, ctx) => ctx.services.beneficiaries.consentHistory(ctx.services.db, b.record.id),
  },
  Consent: {
    takenBy: async (k, _a, ctx) => (await ctx.loaders.user.load(k.takenBy)) ?? null,
    active: (k) => k.revokedAt === null,
  },
  CaseNeed: {
    id: (n) => toGlobalId('CaseNeed', n.id),
    amount: (n) => n.amountMinor,
    remaining,
  },
  PublicNeed: {
    id: (n) => toGlobalId('CaseNeed', n.id),
    amount: (n) => n.amountMinor,
    remaining,
  },
  EvidenceFile: {
    id: (e) => toGlobalId('EvidenceFile', e.id),
    downloadPath: (e) => `/cases/${e.caseId}/evidence/${e.id}`,
    uploadedAt: (e) => e.createdAt,
  },
  FastTrack: {
    amount: (f) => f.amountMinor,
    fund: async (f, _a, ctx) => {
      const org = await ctx.loaders.organization.load(f.fundOrganizationId);
      if (!org) throw new Error('fund missing');
      return org;
    },
    decidedBy: async (f, _a, ctx) => (await ctx.loaders.user.load(f.decidedBy)) ?? null,
    overdue: (f) => !f.clearedAt && f.paperworkDueAt < new Date(),
  },
  AssistanceRecord: {
    id: (a) => toGlobalId('AssistanceRecord', a.id),
    amount: (a) => a.amountMinor,
    organization: async (a, _x, ctx) => (a.organizationId ? ((await ctx.loaders.organization.load(a.organizationId)) ?? null) : null),
  },
  CaseRef: {
    id: (c) => toGlobalId('Case', c.id),
  },
  ReportStatus: {},
  PublicCase: {
    id: (c) => toGlobalId('Case', c.id),
    county: (c, _a, ctx) => region(c.regionCode.slice(0, 6), ctx),
    summary: (c) => c.publicSummary ?? '',
    needs: (c, _a, ctx) => ctx.services.cases.needsOf(ctx.services.db, [c.id]),
    totalAmount: async (c, _a, ctx) => (await ctx.services.cases.needsOf(ctx.services.db, [c.id])).reduce((s, n) => s + n.amountMinor, 0n),
    remainingAmount: async (c, _a, ctx) => (await ctx.services.cases.needsOf(ctx.services.db, [c.id])).reduce((s, n) => s + remaining(n), 0n),
    publishedAt: (c) => c.publishedAt ?? c.updatedAt,
  },
  Alarm: {
    id: (a) => toGlobalId('Alarm', a.id),
    details: (a) => Object.entries(a.details).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([name, value]) => ({ name, value })),
    caseRef: async (a, _x, ctx) => caseById(a.caseId, ctx),
  },
};
