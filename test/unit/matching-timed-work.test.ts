import { expect } from 'chai';
import { pino } from 'pino';
import { startTimedWork, type TimedJob } from '../../server/matching/timed-work';

describe('timed work runner', () => {
  it('runs each job repeatedly with the current time, never overlapping, and stops cleanly', async () => {
    let runs = 0;
    let active = 0;
    let overlapped = false;
    const seen: Date[] = [];
    const job: TimedJob = {
      name: 'test',
      everyMs: 1,
      run: async (now) => {
        if (active > 0) overlapped = true;
        active++;
        seen.push(now);
        await new Promise((r) => setTimeout(r, 5));
        active--;
        runs++;
        return 0;
      },
    };
    const runner = startTimedWork([job], pino({ level: 'silent' }));
    while (runs < 3) await new Promise((r) => setTimeout(r, 5));
    await runner.stop();
    const after = runs;
    await new Promise((r) => setTimeout(r, 30));
    expect(runs).to.equal(after);
    expect(overlapped).to.equal(false);
    expect(seen.every((d) => d instanceof Date)).to.equal(true);
  });

  it('keeps running after a job fails', async () => {
    let calls = 0;
    const runner = startTimedWork(
      [{ name: 'failing', everyMs: 1, run: async () => { calls++; throw new Error('boom'); } }],
      pino({ level: 'silent' }),
    );
    while (calls < 2) await new Promise((r) => setTimeout(r, 5));
    await runner.stop();
    expect(calls).to.be.greaterThanOrEqual(2);
  });
});
