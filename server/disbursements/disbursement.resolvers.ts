import { toGlobalId } from '../common/ids';
import type { Resolvers } from '../graphql/generated/types';
import { mutationPayload } from '../graphql/payload';
import { readCaseLedger } from './case-ledger';

export const disbursementResolvers: Resolvers = {
  Query: {
    caseLedger: (_p, { caseId }, ctx) => readCaseLedger(ctx.services.db, ctx.actor, caseId),
    caseDisbursements: (_p, { caseId, includeCancelled }, ctx) => ctx.services.disbursements.forCase(ctx.actor, caseId, includeCancelled ?? false),
    disbursementRights: (_p, { caseId }, ctx) => ctx.services.disbursements.rights(ctx.actor, caseId),
  },
  Mutation: {
    requestDisbursement: (_p, { input }, ctx) => mutationPayload(async () => ({ disbursement: await ctx.services.disbursements.request(ctx.actor, input, ctx.request) })),
    approveDisbursement: (_p, { input }, ctx) => mutationPayload(async () => ({ disbursement: await ctx.services.disbursements.approve(ctx.actor, input.disbursementId, ctx.request) })),
    cancelDisbursement: (_p, { input }, ctx) => mutationPayload(async () => ({ disbursement: await ctx.services.disbursements.cancel(ctx.actor, input.disbursementId, input.reason, ctx.request) })),
    markDisbursed: (_p, { input }, ctx) =>
      mutationPayload(async () => {
        const disbursement = await ctx.services.disbursements.markDisbursed(ctx.actor, input, ctx.request);
        return { disbursement, caseLedger: await readCaseLedger(ctx.services.db, ctx.actor, toGlobalId('Case', disbursement.caseId)) };
      }),
  },
  Disbursement: {
    id: (d) => toGlobalId('Disbursement', d.id),
    caseId: (d) => toGlobalId('Case', d.caseId),
    needId: (d) => toGlobalId('CaseNeed', d.needId),
    amount: (d) => d.amountMinor,
    needsSecondApproval: (d, _a, ctx) => ctx.services.disbursements.needsSecondApproval(d),
    approvals: (d) => (d.firstApprovedBy ? 1 : 0) + (d.secondApprovedBy ? 1 : 0),
  },
  PayableNeed: {
    needId: (n) => toGlobalId('CaseNeed', n.needId),
  },
  CaseLedger: {
    caseId: (l) => toGlobalId('Case', l.caseId),
  },
};
