import { expect } from 'chai';
import { account, LedgerError, validateTransfer } from '../../server/ledger/ledger';
import { fundingStatusAfter } from '../../server/funding/case-status';

const CASE = '8d3c1f1e-2f0a-4a53-9a55-0c7a3f2b9e11';
const DONOR = '1b2c3d4e-2f0a-4a53-9a55-0c7a3f2b9e11';

describe('ledger transfer rules', () => {
  it('accepts a pledge confirmation from a donor or pool into a case holding', () => {
    expect(() => validateTransfer({ kind: 'pledge_confirmed', debit: account.caseHolding(CASE), credit: account.donor(DONOR), amount: 100n })).to.not.throw();
    expect(() => validateTransfer({ kind: 'pledge_confirmed', debit: account.caseHolding(CASE), credit: account.pool(DONOR), amount: 1n })).to.not.throw();
    expect(() => validateTransfer({ kind: 'relief_payment', debit: account.payee('hospital', CASE), credit: account.reliefFund('632623'), amount: 1n })).to.not.throw();
  });
  it('refuses zero, negative, illegal pairs, same account and malformed names', () => {
    const bad = [
      { kind: 'pledge_confirmed' as const, debit: account.caseHolding(CASE), credit: account.donor(DONOR), amount: 0n },
      { kind: 'pledge_confirmed' as const, debit: account.caseHolding(CASE), credit: account.donor(DONOR), amount: -5n },
      { kind: 'pledge_confirmed' as const, debit: account.donor(DONOR), credit: account.caseHolding(CASE), amount: 5n },
      { kind: 'refund' as const, debit: account.caseHolding(CASE), credit: account.caseHolding(CASE), amount: 5n },
      { kind: 'fee' as const, debit: 'fees; DROP TABLE', credit: account.caseHolding(CASE), amount: 5n },
    ];
    for (const t of bad) expect(() => validateTransfer(t), JSON.stringify(t, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).to.throw(LedgerError);
  });
});

describe('funding status moves', () => {
  const totals = (reserved: bigint, confirmed: bigint, fullyCovered: boolean) => ({ amount: 100n, reserved, confirmed, claimed: 0n, fullyCovered });
  it('moves verified → in_progress on the first pledge, → funded when covered, back when a refund reopens it', () => {
    expect(fundingStatusAfter('verified', totals(0n, 0n, false))).to.equal('verified');
    expect(fundingStatusAfter('verified', totals(10n, 0n, false))).to.equal('in_progress');
    expect(fundingStatusAfter('in_progress', totals(0n, 100n, true))).to.equal('funded');
    expect(fundingStatusAfter('funded', totals(0n, 50n, false))).to.equal('in_progress');
    expect(fundingStatusAfter('closed', totals(0n, 100n, true))).to.equal('closed');
  });
});
