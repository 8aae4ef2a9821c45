// What the bench scripts (bench.mjs, memory.mjs, compare-builds.mjs) share about the service they start and the
// processes they measure: production's JVM memory settings, and the CPU a process has used.
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const helper = path.join(root, 'bin', 'jvm-memory-options');

/**
 * The JVM memory options of production (bin/jvm-memory-options reads them from src/main/docker/Dockerfile.jvm) and the
 * environment the image gives the JVM (MALLOC_ARENA_MAX); {@code given} replaces the options, keeping the environment.
 */
export function productionMemory(given) {
  const options = (given || execFileSync(helper, { encoding: 'utf8' })).split(/\s+/).filter(Boolean);
  return { options, env: { MALLOC_ARENA_MAX: execFileSync(helper, ['--malloc-arena-max'], { encoding: 'utf8' }).trim() } };
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK']).toString().trim() || 100);

/** CPU time (user + system, ms) a process has used so far: /proc/<pid>/stat fields 14 and 15; null once it is gone. */
export function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch { return null; }
}
