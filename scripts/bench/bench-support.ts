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

/** Runs `concurrency` loops of `send` for `seconds`, measuring each call. */
export async function runLoad(concurrency: number, seconds: number, send: (worker: number, i: number) => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
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
        latencies.push(performance.now() - t0);
        if (!ok) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return { requests: latencies.length, seconds: elapsed, perSecond: latencies.length / elapsed, p50: percentile(latencies, 50), p99: percentile(latencies, 99), errors };
}

export const fmt = (n: number, digits = 1) => n.toFixed(digits);

/**
 * CPU time (user + system, ms) used so far by every process of a process group (a child started
 * by `startChild` and what it started), read from /proc; NaN where there is no /proc.
 */
export function groupCpuMs(pgid: number | undefined): number {
  if (pgid === undefined || !fs.existsSync('/proc/self/stat')) return NaN;
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
    // Fields after the command name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime …
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(f[2]) === pgid) ticks += Number(f[11]) + Number(f[12]);
  }
  return ticks / ticksPerMs;
}

/** Runs a load like `runLoad` and also measures the CPU a server's process group used per request. */
export async function runLoadWithCpu(pgid: number | undefined, concurrency: number, seconds: number, send: (worker: number, i: number) => Promise<boolean>): Promise<LoadResult & { cpuMsPerRequest: number }> {
  const before = groupCpuMs(pgid);
  const r = await runLoad(concurrency, seconds, send);
  return { ...r, cpuMsPerRequest: (groupCpuMs(pgid) - before) / r.requests };
}

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
