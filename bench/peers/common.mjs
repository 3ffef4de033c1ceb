// common.mjs — what both peer benchmarks share: arguments, loading the rules and the
// profiles written by bench_gen, timing, and the one-line JSON result.
// Usage: node PEER.mjs NODE_MODULES RULES.json PROFILES.jsonl N
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {pathToFileURL} from 'node:url';
import os from 'node:os';

export function args() {
  const [modules, rulesPath, profilesPath, n] = process.argv.slice(2);
  if (!modules || !rulesPath || !profilesPath) {
    console.error('usage: node PEER.mjs NODE_MODULES RULES.json PROFILES.jsonl [N]');
    process.exit(2);
  }
  const rules = JSON.parse(readFileSync(rulesPath, 'utf8'));
  const lines = readFileSync(profilesPath, 'utf8').split('\n').filter((l) => l.trim());
  const profiles = lines.slice(0, n ? Number(n) : lines.length).map((l) => JSON.parse(l));
  return {modules, rules, profiles};
}

export function load(modules, name, sub = '') {
  const require = createRequire(pathToFileURL(modules + '/').href);
  return {require, dir: modules + '/node_modules/' + name + sub};
}

export function version(modules, name) {
  return JSON.parse(readFileSync(modules + '/node_modules/' + name + '/package.json', 'utf8')).version;
}

// Runs decide(profile) -> number of rules matched over every profile (after a warm-up of
// a tenth of them), at least once and for at least 1 s, and prints the result with the
// matches over all profiles and over the first 1000 (to check engines agree).
export function measure(engine, profiles, decide) {
  const warm = Math.max(1, Math.floor(profiles.length / 10));
  for (let i = 0; i < warm; i++) decide(profiles[i]);
  let matches = 0, done = 0, rounds = 0, first1000 = 0;
  for (let i = 0; i < Math.min(1000, profiles.length); i++) first1000 += decide(profiles[i]);
  const t0 = process.hrtime.bigint();
  let dt = 0;
  do {
    let m = 0;
    for (const p of profiles) m += decide(p);
    if (rounds === 0) matches = m;
    done += profiles.length;
    rounds++;
    dt = Number(process.hrtime.bigint() - t0) / 1e9;
  } while (dt < 1);
  console.log(JSON.stringify({engine, profiles: done, seconds: dt, per_s: done / dt, matches, first1000,
                              node: process.version, cpu: os.cpus()[0]?.model ?? 'unknown'}));
}
