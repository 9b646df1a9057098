/** Shared pieces of the benchmarks: child servers, databases, percentiles, load loops. */
import { type ChildProcess, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] as number;
}

/** Starts a TypeScript entry point in its own process group and waits for `readyPath` to answer. */
export async function startChild(entry: string, env: Record<string, string>, port: number, readyPath = '/healthz'): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  // Profiling runs node itself with tsx as a loader: a profile is written by the process that ran the code.
  const profile = process.env.BENCH_PROFILE_DIR && entry.startsWith('server');
  const [command, args] = profile
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`, '--import', 'tsx', entry]]
    : [path.resolve('node_modules/.bin/tsx'), [entry]];
  const child = spawn(command, args, { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'], detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}${readyPath}`)).ok) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    stop: async () => {
      if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
    },
  };
}

/** A fresh database on the PostgreSQL server of DATABASE_URL, dropped by `drop`. */
export async function freshDatabase(base: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `jjn_bench_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new URL(base);
  const c = new pg.Client({ connectionString: admin.toString() });
  await c.connect();
  await c.query(`CREATE DATABASE ${name}`);
  await c.end();
  const u = new URL(admin.toString());
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const d = new pg.Client({ connectionString: admin.toString() });
      await d.connect();
      await d.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await d.end();
    },
  };
}

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/**
 * Latencies, errors, seconds and server CPU gathered over one or more measured windows, so that
 * two loads can be measured in turns (drift in the machine's speed then falls on both alike).
 */
export class LoadTally {
  private readonly latencies: number[] = [];
  private errors = 0;
  private seconds = 0;
  private readonly cpuMs: number[];
  private readonly windows: { requests: number; seconds: number }[] = [];

  /** `meters`: CPU clocks (ms) of the processes whose CPU per request is reported, e.g. `() => groupCpuMs(pid)`. */
  constructor(private readonly meters: readonly (() => number)[] = []) {
    this.cpuMs = meters.map(() => 0);
  }

  /** Runs `concurrency` loops of `send` for `seconds`, measuring each call. */
  async run(concurrency: number, seconds: number, send: (worker: number, i: number) => Promise<boolean>): Promise<void> {
    const cpuBefore = this.meters.map((m) => m());
    const start = performance.now();
    const end = start + seconds * 1000;
    let requests = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async (_, w) => {
        for (let i = 0; performance.now() < end; i++) {
          const t0 = performance.now();
          let ok = false;
          try {
            ok = await send(w, i);
          } catch {
            ok = false;
          }
          this.latencies.push(performance.now() - t0);
          requests++;
          if (!ok) this.errors++;
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    this.seconds += elapsed;
    this.meters.forEach((m, i) => (this.cpuMs[i] = (this.cpuMs[i] ?? 0) + m() - (cpuBefore[i] ?? 0)));
    this.windows.push({ requests, seconds: elapsed });
  }

  /** Requests per second of each window run, in order. */
  rates(): number[] {
    return this.windows.map((w) => w.requests / w.seconds);
  }

  /** With the CPU per request (ms) of each meter, in the order given. */
  result(): LoadResult & { cpuMsPerRequest: number[] } {
    const sorted = [...this.latencies].sort((a, b) => a - b);
    const requests = sorted.length;
    return { requests, seconds: this.seconds, perSecond: requests / this.seconds, p50: percentile(sorted, 50), p99: percentile(sorted, 99), errors: this.errors, cpuMsPerRequest: this.cpuMs.map((ms) => ms / requests) };
  }
}

/** Runs `concurrency` loops of `send` for `seconds`, measuring each call. */
export async function runLoad(concurrency: number, seconds: number, send: (worker: number, i: number) => Promise<boolean>): Promise<LoadResult> {
  const tally = new LoadTally();
  await tally.run(concurrency, seconds, send);
  return tally.result();
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/** CPU time (user + system, ms) used so far by the processes `which` picks, read from /proc; NaN where there is no /proc. */
function procCpuMs(which: (pgrp: number, command: string) => boolean, withReapedChildren = false): number {
  if (!fs.existsSync('/proc/self/stat')) return NaN;
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // the process ended meanwhile
    }
    // pid (command) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (which(Number(f[2]), command)) ticks += Number(f[11]) + Number(f[12]) + (withReapedChildren ? Number(f[13]) + Number(f[14]) : 0);
  }
  return ticks / ticksPerMs;
}

/** CPU (ms) used so far by every process of a process group (a child started by `startChild` and what it started). */
export const groupCpuMs = (pgid: number | undefined): number => (pgid === undefined ? NaN : procCpuMs((pgrp) => pgrp === pgid));

/**
 * CPU (ms) used so far by a PostgreSQL server on this machine: every `postgres` process, and the
 * connections that have ended (counted to the server process that reaped them); NaN when none runs here.
 */
export const postgresCpuMs = (): number => {
  const ms = procCpuMs((_, command) => command === 'postgres', true);
  return ms > 0 ? ms : NaN;
};

const agent = new http.Agent({ keepAlive: true, maxSockets: 1024 });

/** POSTs JSON over a keep-alive connection (lighter on the client than fetch, so the servers get the CPU). */
export function postJson(url: string, body: string, token?: string): Promise<unknown> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: u.hostname, port: u.port, path: u.pathname, method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (err) {
            reject(err as Error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
