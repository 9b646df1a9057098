import { expect } from 'chai';
import type { Authenticated } from '../../server/accounts/account.service';
import { SessionCache } from '../../server/accounts/session-cache';

const auth = (userId: string, expiresInMs = 3_600_000, from = Date.now()): Authenticated =>
  ({ actor: { userId, sessionId: `s-${userId}`, memberships: [] }, viewer: { user: { id: userId }, memberships: [], sessionExpiresAt: new Date(from + expiresInMs) } }) as unknown as Authenticated;

describe('session cache', () => {
  it('keeps a session for its time limit, never past the session\'s own expiry', () => {
    const cache = new SessionCache(1_000);
    const now = Date.now();
    cache.set('a', auth('u1'), cache.epoch, now);
    cache.set('b', auth('u2', 200, now), cache.epoch, now);
    expect(cache.get('a', now + 999)?.actor.userId).to.equal('u1');
    expect(cache.get('a', now + 1_000)).to.equal(undefined);
    expect(cache.get('b', now + 199)?.actor.userId).to.equal('u2');
    expect(cache.get('b', now + 200)).to.equal(undefined);
  });

  it('forgets every session of a user, here and through its peers', () => {
    const cache = new SessionCache(60_000);
    const told: string[] = [];
    cache.peers = (userId) => told.push(userId);
    cache.set('a1', auth('u1'), cache.epoch);
    cache.set('a2', auth('u1'), cache.epoch);
    cache.set('b', auth('u2'), cache.epoch);
    cache.forgetUser('u1');
    expect(cache.get('a1')).to.equal(undefined);
    expect(cache.get('a2')).to.equal(undefined);
    expect(cache.get('b')?.actor.userId).to.equal('u2');
    expect(told).to.deep.equal(['u1']);
    // A peer's message only forgets locally (it is not sent back out).
    cache.forgetLocally('u2');
    expect(cache.get('b')).to.equal(undefined);
    expect(told).to.deep.equal(['u1']);
  });

  it('does not keep a session read before a forget happened (it may already be stale)', () => {
    const cache = new SessionCache(60_000);
    const before = cache.epoch;
    cache.forgetUser('u1');
    cache.set('a', auth('u1'), before);
    expect(cache.get('a')).to.equal(undefined);
    cache.set('a', auth('u1'), cache.epoch);
    expect(cache.get('a')?.actor.userId).to.equal('u1');
  });

  it('keeps nothing when turned off, and stays within its size by dropping the oldest', () => {
    const off = new SessionCache(0);
    off.set('a', auth('u1'), off.epoch);
    expect(off.get('a')).to.equal(undefined);
    const small = new SessionCache(60_000, 10);
    for (let i = 0; i < 11; i++) small.set(`k${i}`, auth(`u${i}`), small.epoch);
    expect(small.get('k0')).to.equal(undefined);
    expect(small.get('k10')?.actor.userId).to.equal('u10');
  });
});
