import { expect } from 'chai';
import fc from 'fast-check';
import { CASE_ACTIONS, type CaseActorRole, decide, reachableStatuses, TERMINAL_STATUSES, TRANSITIONS } from '../../server/cases/case.lifecycle';
import { CASE_STATUSES, type CaseStatus } from '../../server/cases/case.table';

const ROLES: CaseActorRole[] = ['caseworker', 'approver', 'referrer', 'system'];

/** The legal edges of the lifecycle (DESIGN.md), written out independently of the table. */
const LEGAL_EDGES = new Set([
  'reported>intake', 'intake>verifying', 'fast_tracked>verifying', 'verifying>verified',
  'reported>rejected', 'intake>rejected', 'verifying>rejected',
  'reported>duplicate', 'intake>duplicate', 'verifying>duplicate',
  'reported>withdrawn', 'intake>withdrawn', 'verifying>withdrawn',
  'intake>fast_tracked', 'verifying>fast_tracked',
  'verified>in_progress', 'verified>funded', 'in_progress>funded', 'funded>disbursing', 'disbursing>closed', 'funded>closed',
  'verified>escalated', 'in_progress>escalated', 'escalated>verified',
]);

describe('case lifecycle (transition table)', () => {
  it('has only legal edges', () => {
    for (const rule of Object.values(TRANSITIONS)) for (const from of rule.from) expect(LEGAL_EDGES.has(`${from}>${rule.to}`), `${from}>${rule.to}`).to.equal(true);
  });

  it('reaches every status from the entry states', () => {
    expect([...reachableStatuses()].sort()).to.deep.equal([...CASE_STATUSES].sort());
  });

  it('property: no sequence of calls by any roles leaves the legal graph or leaves a terminal state', () => {
    const step = fc.record({ action: fc.constantFrom(...CASE_ACTIONS), roles: fc.subarray(ROLES) });
    fc.assert(
      fc.property(fc.constantFrom<CaseStatus>('reported', 'intake'), fc.array(step, { maxLength: 40 }), (entry, steps) => {
        let status: CaseStatus = entry;
        for (const { action, roles } of steps) {
          const d = decide(status, action, roles);
          if (!d.ok) continue; // refused: nothing changes
          expect(LEGAL_EDGES.has(`${status}>${d.to}`)).to.equal(true);
          expect(TERMINAL_STATUSES.includes(status)).to.equal(false);
          // Only people of an allowed role move a case.
          expect(roles.some((r) => TRANSITIONS[action].roles.includes(r))).to.equal(true);
          status = d.to;
        }
        expect(CASE_STATUSES).to.include(status);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: a refused call names why: the state (ILLEGAL_TRANSITION) before the role', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CASE_STATUSES), fc.constantFrom(...CASE_ACTIONS), fc.subarray(ROLES), (status, action, roles) => {
        const d = decide(status, action, roles);
        const legal = TRANSITIONS[action].from.includes(status);
        if (!legal) expect(d).to.include({ ok: false, code: 'ILLEGAL_TRANSITION' });
        else if (!roles.some((r) => TRANSITIONS[action].roles.includes(r))) expect(d).to.include({ ok: false, code: 'ROLE_NOT_ALLOWED' });
        else expect(d).to.deep.equal({ ok: true, to: TRANSITIONS[action].to });
      }),
    );
  });

  it('never lets a referrer or the public verify, fast-track or reject', () => {
    for (const status of CASE_STATUSES) for (const action of ['verify', 'fast_track', 'reject', 'mark_duplicate', 'triage'] as const) {
      expect(decide(status, action, ['referrer']).ok).to.equal(false);
      expect(decide(status, action, []).ok).to.equal(false);
    }
  });
});
